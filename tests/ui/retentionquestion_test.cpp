// A shorter "Keep the record for" deletes stored pauses: Settings and My pauses ask first and
// say how many would go; keeping them changes nothing, nothing stored means no question.
#include "common/questiondialog.h"
#include "insights/privacycontrols.h"
#include "settings/settings.h"
#include "shell/appshell.h"
#include "shell/mainwindow.h"
#include "support/testsupport.h"
#include "ui/accesstour.h"
#include "usage/usagelog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace pk;
using pk::test::AccessTour;

namespace {

constexpr qint64 Day = 86'400;

// Three pauses 200 days ago and one today, written through the app's own log.
void storeOldPauses(UsageLog *log)
{
    const qint64 now = log->nowSeconds();
    qint64 clock = now - 200 * Day;
    log->setClock([&clock] { return clock; });
    for (int i = 0; i < 3; ++i)
        log->record(UsageEvent::PauseStarted, QStringLiteral("home"));
    clock = now;
    log->record(UsageEvent::PauseStarted, QStringLiteral("home"));
    log->setClock([now] { return now; });
    ASSERT_TRUE(log->flush());
}

// Answers the next question with one of its buttons; remembers what it said.
struct Answer
{
    QString text;
    bool asked = false;
};
void answerNextQuestion(const QString &button, Answer *answer)
{
    QTimer::singleShot(0, [button, answer] {
        auto *box = qobject_cast<QuestionDialog *>(QApplication::activeModalWidget());
        if (!box)
            return;
        answer->asked = true;
        answer->text = box->text();
        for (QAbstractButton *candidate : box->buttons()) {
            if (candidate->text() == button)
                candidate->click();
        }
    });
}

QComboBox *settingsRetention(AccessTour &tour)
{
    return tour.window()->findChild<QComboBox *>(Settings::keyName(Settings::Key::RetentionDays) +
                                                 QStringLiteral("/control"));
}

// Picks the list entry above the current one with the keyboard, as a person would.
void chooseShorter(QComboBox *list)
{
    list->setFocus(Qt::TabFocusReason);
    QTest::keyClick(list, Qt::Key_Up);
}

} // namespace

TEST(RetentionQuestion, MyPausesAsksWithTheNumberAndKeepsThemOnKeep)
{
    AccessTour tour;
    UsageLog *log = tour.shell()->usageLog();
    ASSERT_TRUE(log->flush());
    storeOldPauses(log);
    ASSERT_TRUE(tour.open(QStringLiteral("insights")));
    auto *list = tour.window()->findChild<QComboBox *>(QStringLiteral("retentionChoice"));
    ASSERT_TRUE(list);
    ASSERT_EQ(list->currentData().toInt(), 365);

    Answer answer;
    answerNextQuestion(QStringLiteral("Keep my pauses"), &answer);
    chooseShorter(list); // one year -> 90 days
    EXPECT_TRUE(answer.asked);
    EXPECT_TRUE(answer.text.contains(QStringLiteral("3 pauses would be deleted")))
        << answer.text.toStdString();
    EXPECT_TRUE(answer.text.contains(QStringLiteral("90 days"))) << answer.text.toStdString();
    EXPECT_EQ(tour.shell()->settings()->value(Settings::Key::RetentionDays).toInt(), 365);
    EXPECT_EQ(list->currentData().toInt(), 365) << "the list shows what is kept";
    EXPECT_EQ(log->count(UsageEvent::PauseStarted), 4);

    answerNextQuestion(QStringLiteral("Delete them"), &answer);
    chooseShorter(list);
    EXPECT_EQ(tour.shell()->settings()->value(Settings::Key::RetentionDays).toInt(), 90);
    EXPECT_EQ(log->count(UsageEvent::PauseStarted), 1);
}

TEST(RetentionQuestion, SettingsAsksTooAndALongerTimeNeedsNoQuestion)
{
    AccessTour tour;
    UsageLog *log = tour.shell()->usageLog();
    ASSERT_TRUE(log->flush());
    storeOldPauses(log);
    ASSERT_TRUE(tour.open(QStringLiteral("settings")));
    QComboBox *list = settingsRetention(tour);
    ASSERT_TRUE(list);

    Answer answer;
    answerNextQuestion(QStringLiteral("Keep my pauses"), &answer);
    chooseShorter(list);
    EXPECT_TRUE(answer.asked);
    EXPECT_TRUE(answer.text.contains(QStringLiteral("3 pauses would be deleted")))
        << answer.text.toStdString();
    EXPECT_EQ(tour.shell()->settings()->value(Settings::Key::RetentionDays).toInt(), 365);
    EXPECT_EQ(list->currentData().toInt(), 365);
    EXPECT_EQ(log->count(UsageEvent::PauseStarted), 4);

    // "Until I delete it" deletes nothing: no question.
    Answer none;
    answerNextQuestion(QStringLiteral("Keep my pauses"), &none);
    list->setFocus(Qt::TabFocusReason);
    QTest::keyClick(list, Qt::Key_Down);
    QCoreApplication::processEvents();
    EXPECT_FALSE(none.asked);
    EXPECT_EQ(tour.shell()->settings()->value(Settings::Key::RetentionDays).toInt(), 0);
    EXPECT_EQ(log->count(UsageEvent::PauseStarted), 4);
}

TEST(RetentionQuestion, NothingStoredMeansNothingToAsk)
{
    AccessTour tour;
    ASSERT_TRUE(tour.shell()->usageLog()->flush());
    ASSERT_TRUE(tour.open(QStringLiteral("insights")));
    auto *list = tour.window()->findChild<QComboBox *>(QStringLiteral("retentionChoice"));
    Answer answer;
    answerNextQuestion(QStringLiteral("Keep my pauses"), &answer);
    chooseShorter(list);
    QCoreApplication::processEvents();
    EXPECT_FALSE(answer.asked);
    EXPECT_EQ(tour.shell()->settings()->value(Settings::Key::RetentionDays).toInt(), 90);
}
