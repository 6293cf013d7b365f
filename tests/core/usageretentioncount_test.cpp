// Before a shorter retention deletes anything, the log says how many pauses would go.
#include "usage/usagelog.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pk;

namespace {

constexpr qint64 Day = 86'400;
constexpr qint64 Now = 1'795'392'000;

// Pauses 200, 100, 50 and 0 days ago, each with a check-in that is not a pause.
void fill(UsageLog &log, qint64 &clock)
{
    for (const qint64 daysAgo : {200, 100, 50, 0}) {
        clock = Now - daysAgo * Day;
        log.record(UsageEvent::PauseStarted, QStringLiteral("home"));
        log.record(UsageEvent::CheckIn, QStringLiteral("calmer"));
    }
    clock = Now;
    // Waits for the writer; true only when every event is on disk (false for a log in memory).
    ASSERT_EQ(log.flush(), log.state() == UsageLog::State::OnDisk);
}

} // namespace

TEST(UsageRetentionCount, CountsThePausesAShorterRetentionWouldRemove)
{
    QTemporaryDir dir;
    UsageLog log;
    qint64 clock = Now;
    log.setClock([&clock] { return clock; });
    ASSERT_TRUE(log.open(dir.path()));
    fill(log, clock);
    EXPECT_EQ(log.pausesOlderThan(365), 0);
    EXPECT_EQ(log.pausesOlderThan(90), 2);
    EXPECT_EQ(log.pausesOlderThan(30), 3);
    EXPECT_EQ(log.pausesOlderThan(0), 0) << "0 days means forever: nothing goes";
    EXPECT_EQ(log.pausesOlderThan(-5), 0);
    // Asking changes nothing; the count matches what retention then removes (pauses only).
    EXPECT_EQ(log.count(UsageEvent::PauseStarted), 4);
    log.applyRetention(90);
    EXPECT_EQ(log.count(UsageEvent::PauseStarted), 2);
    EXPECT_EQ(log.pausesOlderThan(90), 0);
}

TEST(UsageRetentionCount, AnEmptyOrInMemoryLogHasNothingToLose)
{
    UsageLog log;
    log.openInMemory();
    EXPECT_EQ(log.pausesOlderThan(30), 0);
    qint64 clock = Now;
    log.setClock([&clock] { return clock; });
    fill(log, clock);
    EXPECT_EQ(log.pausesOlderThan(30), 3);
}
