// What start-up leaves until after the first paint (the usage log, the tips and helplines) is
// never lost for the person: it is there as soon as anything needs it.
#include "breathing/breathingview.h"
#include "pause/calmercard.h"
#include "pause/checkincard.h"
#include "pause/pausescreen.h"
#include "pause/safefirstcard.h"
#include "shell/appshell.h"
#include "shell/mainwindow.h"
#include "usage/usageevent.h"
#include "usage/usagelog.h"

#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace pk;

namespace {

StartOptions optionsIn(const QTemporaryDir &dir, bool pause)
{
    StartOptions options;
    options.dataDir = dir.path();
    options.language = QStringLiteral("en");
    options.pause = pause;
    return options;
}

qint64 pausesStoredIn(const QTemporaryDir &dir)
{
    UsageLog log;
    log.open(dir.path());
    return log.count(UsageEvent::PauseStarted);
}

} // namespace

TEST(StartupOrder, APauseEndedBeforeItsFirstPaintIsStillWritten)
{
    QTemporaryDir dir;
    {
        AppShell shell(optionsIn(dir, true));
        shell.start(); // no event is processed: nothing was painted, the log never opened
        EXPECT_TRUE(shell.window()->isPausing());
    }
    EXPECT_EQ(pausesStoredIn(dir), 1);
}

TEST(StartupOrder, EventsFromBeforeTheFirstPaintAreKeptInOrder)
{
    QTemporaryDir dir;
    {
        AppShell shell(optionsIn(dir, true));
        shell.start();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(shell.window()));
        QTRY_VERIFY_WITH_TIMEOUT(shell.usageLog()->state() == UsageLog::State::OnDisk, 10000);
        shell.window()->closePause();
        ASSERT_TRUE(shell.usageLog()->flush());
        const QList<UsageRecord> records = shell.usageLog()->records();
        ASSERT_EQ(records.size(), 2);
        EXPECT_EQ(records.at(0).type, UsageEvent::PauseStarted);
        EXPECT_EQ(records.at(1).type, UsageEvent::PauseEnded);
    }
    EXPECT_EQ(pausesStoredIn(dir), 1);
}

TEST(StartupOrder, APauseOpenedAtStartHasItsTipWhenItGetsThere)
{
    QTemporaryDir dir;
    AppShell shell(optionsIn(dir, true));
    shell.start();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(shell.window()));
    // The tips and helplines are read once the pause is on screen.
    PauseScreen *pause = shell.window()->pause();
    ASSERT_EQ(pause->step(), PauseScreen::Step::SafeFirst);
    QTest::mouseClick(pause->safeFirstCard()->continueButton(), Qt::LeftButton);
    ASSERT_EQ(pause->step(), PauseScreen::Step::Breathing);
    const qint64 planned = pause->breathingView()->plannedMs();
    pause->breathingView()->setElapsedSource([planned] { return planned; });
    QTRY_COMPARE_WITH_TIMEOUT(pause->step(), PauseScreen::Step::CheckIn, 2'000);
    QTest::mouseClick(pause->checkInCard()->button(PauseSession::CheckIn::Calmer), Qt::LeftButton);
    EXPECT_TRUE(pause->calmerCard()->tipText().startsWith(QLatin1String("A tip: ")));
}
