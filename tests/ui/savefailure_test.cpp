#include "content/contentlibrary.h"
#include "helplines/cryingplanscreen.h"
#include "settings/settingrow.h"
#include "settings/settings.h"
#include "support/testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

using namespace pk;

namespace {

// Settings whose file cannot be written (its folder is a file), for root as well.
struct Unwritable
{
    QTemporaryDir dir;
    bool blocked = test::writeFile(dir.filePath(QStringLiteral("blocked")), "a file");
    Settings settings{dir.filePath(QStringLiteral("blocked/settings.ini")),
                      dir.filePath(QStringLiteral("none.conf"))};
};

bool showsText(const QWidget &widget, const QString &text)
{
    for (const QLabel *label : widget.findChildren<QLabel *>()) {
        if (label->isVisible() && label->text() == text)
            return true;
    }
    return false;
}

} // namespace

TEST(SaveFailure, ACryingPlanThatCannotBeSavedIsSaidOnTheScreenWhereItWasTyped)
{
    Unwritable f;
    ASSERT_TRUE(f.blocked);
    ContentLibrary content;
    CryingPlanScreen screen(&content, &f.settings);
    screen.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&screen));
    QTest::keyClicks(screen.nameField(0), QStringLiteral("Oma Rita"));
    QTest::keyClicks(screen.numberField(0), QStringLiteral("0470 12 34 56"));
    QTest::keyClick(screen.numberField(0), Qt::Key_Return);
    EXPECT_TRUE(showsText(screen, Settings::notSavedText()));
    // What was typed stays, for this session.
    EXPECT_EQ(screen.nameField(0)->text(), QStringLiteral("Oma Rita"));
}

TEST(SaveFailure, ASettingThatCannotBeSavedIsSaidUnderItsOwnRowOnly)
{
    Unwritable f;
    ASSERT_TRUE(f.blocked);
    QWidget page;
    SettingRow *region = SettingRow::list(&f.settings, Settings::Key::Region, "Where I live",
                                          "Which helplines are shown.",
                                          {{QStringLiteral("BE-VLG"),
                                            [] {
                                                return QStringLiteral("Flanders");
                                            }},
                                           {QStringLiteral("NL"),
                                            [] {
                                                return QStringLiteral("The Netherlands");
                                            }}},
                                          &page);
    SettingRow *sound = SettingRow::checkBox(&f.settings, Settings::Key::SoundCues, "Soft sounds",
                                             "Cues while breathing.", &page);
    auto *layout = new QVBoxLayout(&page);
    layout->addWidget(region);
    layout->addWidget(sound);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto *combo = qobject_cast<QComboBox *>(region->control());
    ASSERT_NE(combo, nullptr);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    Q_EMIT combo->activated(combo->currentIndex());
    EXPECT_TRUE(region->lockNote()->isVisible());
    EXPECT_EQ(region->lockNote()->text(), Settings::notSavedText());
    EXPECT_FALSE(sound->lockNote()->isVisible());
}
