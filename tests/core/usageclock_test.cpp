#include "settings/settings.h"
#include "usage/usagelog.h"
#include "usage/usagepolicy.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pk;

namespace {

constexpr qint64 Day = 24 * 3600;
const qint64 Today = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();

// A history on disk: n pauses a day for the days given (days before Today).
void writeHistory(const QString &dir, const QList<int> &daysAgo, int perDay = 1)
{
    UsageLog log;
    qint64 now = Today;
    log.setClock([&now] { return now; });
    ASSERT_TRUE(log.open(dir));
    for (const int ago : daysAgo) {
        now = Today - ago * Day;
        for (int i = 0; i < perDay; ++i)
            log.record(UsageEvent::PauseStarted, QStringLiteral("home"));
    }
    ASSERT_TRUE(log.flush());
}

// A later start of Pauzeknop with the clock at now: opens the log and enforces retention.
struct Start
{
    Start(const QString &dir, qint64 now, int days)
    {
        log.setClock([now] { return now; });
        log.open(dir);
        removed = log.applyRetention(days);
        held = log.lastRetentionHeld();
    }
    UsageLog log;
    qint64 removed = 0;
    bool held = false;
};

QList<int> lastDays(int n)
{
    QList<int> days;
    for (int i = n - 1; i >= 0; --i)
        days.append(i);
    return days;
}

} // namespace

TEST(UsageClock, AClock400DaysAheadAtStartDeletesNothing)
{
    // The issue: 1000 events, the clock 400 days ahead at start, one year kept: 1000 -> 1.
    QTemporaryDir dir;
    writeHistory(dir.path(), lastDays(100), 10);
    Start ahead(dir.path(), Today + 400 * Day, 365);
    EXPECT_TRUE(ahead.held);
    EXPECT_EQ(ahead.removed, 0);
    EXPECT_EQ(ahead.log.count(), 1000);
    // A pause in this run (stored at the wrong hour), then retention chosen again in Settings:
    // the run's own events do not make the old ones look old. Still held.
    ahead.log.record(UsageEvent::PauseStarted, QStringLiteral("home"));
    EXPECT_EQ(ahead.log.applyRetention(30), 0);
    EXPECT_TRUE(ahead.log.lastRetentionHeld());
    EXPECT_EQ(ahead.log.count(), 1001);
}

TEST(UsageClock, AClockSetBackBeforeTheNewestEventDeletesNothing)
{
    QTemporaryDir dir;
    writeHistory(dir.path(), lastDays(400));
    // The clock a month behind: the newest events lie in the "future".
    Start behind(dir.path(), Today - 30 * Day, 90);
    EXPECT_TRUE(behind.held);
    EXPECT_EQ(behind.removed, 0);
    EXPECT_EQ(behind.log.count(), 400);
    // Two starts in a row with the clock still behind: still nothing.
    Start again(dir.path(), Today - 30 * Day, 90);
    EXPECT_TRUE(again.held);
    EXPECT_EQ(again.log.count(), 400);
}

TEST(UsageClock, ARightClockStillRemovesWhatIsOlderThanTheChoice)
{
    QTemporaryDir dir;
    writeHistory(dir.path(), lastDays(400));
    Start start(dir.path(), Today + 2 * 3600, 365);
    EXPECT_FALSE(start.held);
    EXPECT_EQ(start.removed, 35);
    EXPECT_EQ(start.log.count(), 365);
}

TEST(UsageClock, ALongGapIsConfirmedOnALaterStartThenRetentionRuns)
{
    QTemporaryDir dir;
    writeHistory(dir.path(), {500, 450, 400});
    // A year and more away: everything would go. The first start holds.
    {
        Start first(dir.path(), Today, 30);
        EXPECT_TRUE(first.held);
        EXPECT_EQ(first.log.count(), 3);
    }
    // A later start with the clock set back in between does not confirm it.
    {
        Start back(dir.path(), Today - 2 * Day, 30);
        EXPECT_TRUE(back.held);
        EXPECT_EQ(back.log.count(), 3);
    }
    // A later start whose clock agrees confirms: now the old events go.
    Start confirmed(dir.path(), Today + Day, 30);
    EXPECT_FALSE(confirmed.held);
    EXPECT_EQ(confirmed.removed, 3);
    EXPECT_EQ(confirmed.log.count(), 0);
}

TEST(UsageClock, TheStartOfTheAppHoldsToo)
{
    // Through the real start path: UsagePolicy opens the log in the background with retention.
    QTemporaryDir dir;
    writeHistory(dir.path(), lastDays(50), 20);
    Settings settings(dir.filePath(QStringLiteral("settings.ini")),
                      dir.filePath(QStringLiteral("none.conf")));
    settings.setValue(Settings::Key::RetentionDays, 30);
    UsageLog log;
    log.setClock([] { return Today + 400 * Day; });
    UsagePolicy policy(&settings, &log);
    QSignalSpy opened(&log, &UsageLog::statusChanged);
    policy.start(dir.path());
    ASSERT_TRUE(opened.wait(10000));
    EXPECT_EQ(log.count(), 1000);
    EXPECT_TRUE(log.lastRetentionHeld());
}

TEST(UsageClock, RetentionKeepsTheTotalsInStepWithTheEvents)
{
    QTemporaryDir dir;
    {
        UsageLog log;
        qint64 now = Today - 100 * Day;
        log.setClock([&now] { return now; });
        ASSERT_TRUE(log.open(dir.path()));
        for (int day = 0; day < 100; ++day, now += Day) {
            log.record(UsageEvent::PauseStarted, QStringLiteral("home"));
            log.record(UsageEvent::CheckIn,
                       day % 3 ? QStringLiteral("calmer") : QStringLiteral("tense"));
            log.record(UsageEvent::TipHelpful, QStringLiteral("t%1").arg(day % 4));
        }
        ASSERT_TRUE(log.flush());
    }
    Start start(dir.path(), Today, 30);
    EXPECT_FALSE(start.held);
    const UsageInsights insights = start.log.insights(QDateTime::fromSecsSinceEpoch(Today));
    EXPECT_EQ(insights.totalPauses, 30);
    EXPECT_EQ(insights.calmer + insights.tense, 30);
    qint64 tips = 0;
    for (const NamedCount &tip : insights.tips)
        tips += tip.count;
    EXPECT_EQ(tips, 30);
    qint64 weekly = 0;
    for (const WeeklyCount &row : start.log.weeklyCounts())
        weekly += row.count;
    EXPECT_EQ(weekly, start.log.count());
}
