#include "pause/pausesession.h"
#include "support/testsupport.h"
#include "usage/usagelog.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace pk;

TEST(PauseSession, LogsStartBreathingAndEndWithIdsOnly)
{
    UsageLog log;
    log.openInMemory();
    PauseSession session(&log);
    QSignalSpy ended(&session, &PauseSession::ended);
    session.start(QStringLiteral("home"));
    session.start(QStringLiteral("home")); // a second tap while pausing is not a second pause
    session.breathingCompleted(QStringLiteral("calm"), 120'000, 120'400);
    session.end();
    session.end();

    const QList<UsageRecord> records = log.records();
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records.at(0).type, UsageEvent::PauseStarted);
    EXPECT_EQ(records.at(0).item, QStringLiteral("home"));
    EXPECT_EQ(records.at(1).type, UsageEvent::BreathingCompleted);
    EXPECT_EQ(records.at(1).item, QStringLiteral("calm"));
    EXPECT_EQ(records.at(1).value, 120);
    EXPECT_EQ(records.at(2).type, UsageEvent::PauseEnded);
    EXPECT_EQ(ended.count(), 1);
    EXPECT_FALSE(session.isActive());
}

TEST(PauseSession, WorksWithoutAnyLog)
{
    PauseSession session(nullptr);
    session.start(QStringLiteral("home"));
    EXPECT_TRUE(session.isActive());
    session.end();
    EXPECT_FALSE(session.isActive());
}
