#include "settings/settings.h"
#include "shortcut/keycombination.h"
#include "support/testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pk;

namespace {

struct Files
{
    QTemporaryDir dir;
    QString user() const { return dir.filePath(QStringLiteral("user.ini")); }
    QString managed() const { return dir.filePath(QStringLiteral("managed/pauzeknop.conf")); }
};

KeyCombination pauseKeyOf(const Settings &settings)
{
    return KeyCombination::parse(settings.value(Settings::Key::PauseShortcut).toString());
}

} // namespace

TEST(PauseShortcutSetting, IsCtrlAltPUntilThePersonChoosesAnother)
{
    Files f;
    Settings settings(f.user(), f.managed());
    EXPECT_EQ(Settings::keyName(Settings::Key::PauseShortcut), QStringLiteral("shortcut/pause"));
    EXPECT_EQ(pauseKeyOf(settings).toString(), QStringLiteral("Ctrl+Alt+P"));

    QSignalSpy changed(&settings, &Settings::changed);
    settings.setValue(Settings::Key::PauseShortcut, QStringLiteral("Ctrl+Shift+F9"));
    EXPECT_EQ(changed.count(), 1);
    Settings again(f.user(), f.managed());
    EXPECT_EQ(pauseKeyOf(again).toString(), QStringLiteral("Ctrl+Shift+F9"));

    again.setValue(Settings::Key::PauseShortcut, KeyCombination::offText());
    EXPECT_FALSE(pauseKeyOf(Settings(f.user(), f.managed())).isValid());
}

TEST(PauseShortcutSetting, AHandEditedKeyThatCannotBeUsedGivesTheDefault)
{
    Files f;
    ASSERT_TRUE(test::writeFile(f.user(), "[shortcut]\npause=Shift+P\n"));
    EXPECT_EQ(pauseKeyOf(Settings(f.user(), f.managed())).toString(), QStringLiteral("Ctrl+Alt+P"));
    ASSERT_TRUE(test::writeFile(f.user(), "[shortcut]\npause=off\n"));
    EXPECT_FALSE(pauseKeyOf(Settings(f.user(), f.managed())).isValid());
}

TEST(PauseShortcutSetting, AnOrganisationCanPresetLockOrSwitchItOff)
{
    Files f;
    ASSERT_TRUE(test::writeFile(f.managed(), "[preset]\nshortcut/pause=ctrl + alt + k\n"));
    {
        Settings settings(f.user(), f.managed());
        EXPECT_EQ(pauseKeyOf(settings).toString(), QStringLiteral("Ctrl+Alt+K"));
        EXPECT_FALSE(settings.isLocked(Settings::Key::PauseShortcut));
        settings.setValue(Settings::Key::PauseShortcut, QStringLiteral("Ctrl+Alt+J"));
        EXPECT_EQ(pauseKeyOf(settings).toString(), QStringLiteral("Ctrl+Alt+J"));
    }
    ASSERT_TRUE(test::writeFile(f.managed(), "[locked]\nshortcut/pause=off\n"));
    Settings locked(f.user(), f.managed());
    EXPECT_TRUE(locked.isLocked(Settings::Key::PauseShortcut));
    EXPECT_FALSE(pauseKeyOf(locked).isValid()); // the person's own Ctrl+Alt+J gives way
    locked.setValue(Settings::Key::PauseShortcut, QStringLiteral("Ctrl+Alt+P"));
    EXPECT_FALSE(pauseKeyOf(locked).isValid());
    EXPECT_TRUE(locked.managedProblems().isEmpty());

    ASSERT_TRUE(test::writeFile(f.managed(), "[locked]\nshortcut/pause=Ctrl+Shift+F8\n"));
    EXPECT_EQ(pauseKeyOf(Settings(f.user(), f.managed())).toString(),
              QStringLiteral("Ctrl+Shift+F8"));
}

TEST(PauseShortcutSetting, AKeyTheAppCannotUseIsListedAsAProblemAndIgnored)
{
    Files f;
    ASSERT_TRUE(test::writeFile(f.managed(), "[locked]\nshortcut/pause=P\n"));
    Settings settings(f.user(), f.managed());
    EXPECT_FALSE(settings.isLocked(Settings::Key::PauseShortcut));
    EXPECT_EQ(pauseKeyOf(settings).toString(), QStringLiteral("Ctrl+Alt+P"));
    ASSERT_EQ(settings.managedProblems().size(), 1);
    EXPECT_TRUE(settings.managedProblems().constFirst().contains(QStringLiteral("shortcut/pause")))
        << settings.managedProblems().constFirst().toStdString();
    EXPECT_TRUE(settings.managedProblems().constFirst().contains(QStringLiteral("Ctrl+Alt+P")));
}
