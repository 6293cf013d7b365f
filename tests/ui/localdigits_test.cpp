// Numbers in every script: the own-pattern fields show the UI language's digits, and take those
// and Latin digits alike, so a pattern is saved unchanged in Arabic and Persian.
#include "breathing/breathingview.h"
#include "breathing/custompatternstore.h"
#include "breathing/ownpatterneditor.h"
#include "helplines/helplinecard.h"
#include "pause/pausescreen.h"
#include "shell/appshell.h"
#include "shell/mainwindow.h"
#include "support/testsupport.h"
#include "ui/accesstour.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace pk;
using pk::test::AccessTour;
using F = CustomPattern::Field;

namespace {

QList<CustomPattern> saved(AccessTour &tour)
{
    return CustomPatternStore(tour.shell()->settings()).patterns();
}

} // namespace

TEST(LocalDigits, AnOwnPatternIsSavedUnchangedInArabic)
{
    AccessTour tour;
    tour.setLanguage(QStringLiteral("ar"));
    ASSERT_TRUE(tour.open(QStringLiteral("pause.ownpattern"))) << tour.problem().toStdString();
    PauseScreen *pause = tour.window()->pause();
    OwnPatternEditor *editor = pause->ownPatternEditor();
    EXPECT_EQ(editor->field(F::In)->text(), QStringLiteral("٤"));
    EXPECT_EQ(editor->field(F::HoldIn)->text(), QStringLiteral("٠"));
    EXPECT_EQ(editor->field(F::Out)->text(), QStringLiteral("٦"));
    EXPECT_EQ(editor->field(F::HoldOut)->text(), QStringLiteral("٠"));

    editor->saveButton()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(editor->saveButton(), Qt::Key_Return);
    EXPECT_EQ(editor->message(), QString());
    ASSERT_EQ(pause->step(), PauseScreen::Step::Breathing);
    ASSERT_EQ(saved(tour).size(), 1);
    const CustomPattern pattern = saved(tour).constFirst();
    EXPECT_EQ(pattern.seconds(F::In), 4.0);
    EXPECT_EQ(pattern.seconds(F::HoldIn), 0.0);
    EXPECT_EQ(pattern.seconds(F::Out), 6.0);
    EXPECT_EQ(pattern.seconds(F::HoldOut), 0.0);
    EXPECT_TRUE(pause->breathingView()->exerciseId().startsWith(QLatin1String("custom-")));
    tour.setLanguage(QStringLiteral("en"));
}

TEST(LocalDigits, PersianAndLatinDigitsAreTakenAlike)
{
    AccessTour tour;
    tour.setLanguage(QStringLiteral("fa"));
    ASSERT_TRUE(tour.open(QStringLiteral("pause.ownpattern"))) << tour.problem().toStdString();
    OwnPatternEditor *editor = tour.window()->pause()->ownPatternEditor();
    EXPECT_EQ(editor->field(F::In)->text(), QStringLiteral("۴"));
    editor->field(F::In)->setText(QStringLiteral("۴٫۵")); // 4.5, as a Persian keyboard types it
    editor->field(F::Out)->setText(QStringLiteral("7"));  // Latin digits work in Persian too
    editor->field(F::HoldOut)->setText(QStringLiteral("1,5"));
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    EXPECT_EQ(editor->message(), QString());
    ASSERT_EQ(saved(tour).size(), 1);
    const CustomPattern pattern = saved(tour).constFirst();
    EXPECT_EQ(pattern.seconds(F::In), 4.5);
    EXPECT_EQ(pattern.seconds(F::Out), 7.0);
    EXPECT_EQ(pattern.seconds(F::HoldOut), 1.5);
    tour.setLanguage(QStringLiteral("en"));
}

TEST(LocalDigits, AWrongNumberInArabicIsStillExplainedNotClamped)
{
    AccessTour tour;
    tour.setLanguage(QStringLiteral("ar"));
    ASSERT_TRUE(tour.open(QStringLiteral("pause.ownpattern"))) << tour.problem().toStdString();
    OwnPatternEditor *editor = tour.window()->pause()->ownPatternEditor();
    editor->field(F::In)->setText(QStringLiteral("١٥")); // 15 seconds: more than 12
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    EXPECT_FALSE(editor->message().isEmpty());
    EXPECT_TRUE(saved(tour).isEmpty());
    EXPECT_EQ(editor->field(F::In)->text(), QStringLiteral("١٥"));
    EXPECT_EQ(tour.window()->pause()->step(), PauseScreen::Step::OwnPattern);
    tour.setLanguage(QStringLiteral("en"));
}

TEST(LocalDigits, APhoneNumberTypedInArabicOrPersianDigitsDialsAsLatinDigits)
{
    EXPECT_EQ(HelplineCard::telUri(QStringLiteral("٠٤٧٠ ١٢ ٣٤ ٥٦")),
              QStringLiteral("tel:0470123456"));
    EXPECT_EQ(HelplineCard::telUri(QStringLiteral("+۳۲ ۴۷۰")), QStringLiteral("tel:+32470"));
    EXPECT_EQ(HelplineCard::telUri(QStringLiteral("0470 12-34-56")),
              QStringLiteral("tel:0470123456"));
}
