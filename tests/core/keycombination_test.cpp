#include "shortcut/keycombination.h"

#include <gtest/gtest.h>

using namespace pk;

TEST(KeyCombination, ReadsWhatAPersonOrAnOrganisationWrites)
{
    const KeyCombination usual = KeyCombination::parse(QStringLiteral("Ctrl+Alt+P"));
    ASSERT_TRUE(usual.isValid());
    EXPECT_EQ(usual.modifiers(), Qt::ControlModifier | Qt::AltModifier);
    EXPECT_EQ(usual.key(), Qt::Key_P);
    EXPECT_EQ(KeyCombination::parse(QStringLiteral(" control + alt + p ")), usual);
    EXPECT_EQ(KeyCombination::parse(QStringLiteral("alt+ctrl+P")), usual);
    EXPECT_EQ(KeyCombination::parse(QStringLiteral("Super+Shift+F9")).toString(),
              QStringLiteral("Shift+Meta+F9"));
    EXPECT_EQ(KeyCombination::parse(QStringLiteral("Win+1")).toString(), QStringLiteral("Meta+1"));
    EXPECT_EQ(KeyCombination::parse(QStringLiteral("ctrl+alt+pgdown")).toString(),
              QStringLiteral("Ctrl+Alt+PgDown"));
    EXPECT_EQ(KeyCombination::parse(QStringLiteral("Ctrl+Shift+Insert")).toString(),
              QStringLiteral("Ctrl+Shift+Ins"));
}

TEST(KeyCombination, WritesTheSameTextItReads)
{
    for (const char *text : {"Ctrl+Alt+P", "Ctrl+Shift+F12", "Alt+Meta+0", "Ctrl+Alt+Space",
                             "Meta+Pause", "Ctrl+Alt+Shift+Meta+Z"}) {
        const QString written = QString::fromLatin1(text);
        EXPECT_EQ(KeyCombination::parse(written).toString(), written) << text;
    }
}

TEST(KeyCombination, RefusesKeysThatWouldGetInTheWayOfTyping)
{
    for (const char *text : {"P", "Shift+P", "Shift+F3", "F5", "", "off", "Ctrl+Alt", "Ctrl+",
                             "Ctrl++", "Ctrl+Alt+P+Q", "Hyper+P", "Ctrl+Ctrl+P", "Ctrl+Alt+Tab",
                             "Ctrl+Alt+Left", "Ctrl+Alt+é", "Ctrl+Alt+F25"}) {
        EXPECT_FALSE(KeyCombination::parse(QString::fromUtf8(text)).isValid()) << text;
    }
    EXPECT_EQ(KeyCombination().toString(), QStringLiteral("off"));
}

TEST(KeyCombination, LeavesTheSystemsOwnKeysAlone)
{
    EXPECT_FALSE(KeyCombination::parse(QStringLiteral("Ctrl+Alt+Del")).isValid());
    EXPECT_FALSE(KeyCombination::parse(QStringLiteral("Ctrl+Alt+F1")).isValid());
    EXPECT_FALSE(KeyCombination::parse(QStringLiteral("Ctrl+Alt+F12")).isValid());
    EXPECT_TRUE(KeyCombination::parse(QStringLiteral("Ctrl+Alt+F13")).isValid());
    EXPECT_TRUE(KeyCombination::parse(QStringLiteral("Ctrl+Shift+Del")).isValid());
}

TEST(KeyCombination, SpeaksThePortalsTriggerFormat)
{
    EXPECT_EQ(KeyCombination::parse(QStringLiteral("Ctrl+Alt+P")).toPortalTrigger(),
              QStringLiteral("CTRL+ALT+p"));
    EXPECT_EQ(KeyCombination::parse(QStringLiteral("Shift+Meta+F9")).toPortalTrigger(),
              QStringLiteral("SHIFT+LOGO+F9"));
    EXPECT_EQ(KeyCombination::parse(QStringLiteral("Ctrl+Alt+PgUp")).toPortalTrigger(),
              QStringLiteral("CTRL+ALT+Page_Up"));
    EXPECT_EQ(KeyCombination::parse(QStringLiteral("Alt+Space")).toPortalTrigger(),
              QStringLiteral("ALT+space"));
    EXPECT_EQ(KeyCombination().toPortalTrigger(), QString());
}
