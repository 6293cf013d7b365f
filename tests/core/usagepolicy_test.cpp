#include "settings/settings.h"
#include "usage/usagelog.h"
#include "usage/usagepolicy.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pk;

TEST(UsagePolicy, LoggingSettingSwitchesRecordingOnAndOff)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(Settings::Key::Logging, false);
    UsageLog log;
    UsagePolicy policy(&settings, &log);
    policy.start(dir.path());
    EXPECT_FALSE(log.record(UsageEvent::PauseStarted, QStringLiteral("home")));
    settings.setValue(Settings::Key::Logging, true);
    EXPECT_TRUE(log.record(UsageEvent::PauseStarted, QStringLiteral("home")));
    EXPECT_EQ(log.count(), 1);
}

TEST(UsagePolicy, RetentionIsEnforcedAtStartAndWhenChanged)
{
    QTemporaryDir dir;
    const qint64 now = 1'795'392'000;
    {
        UsageLog old;
        qint64 clock = now - 200 * 86400;
        old.setClock([&clock] { return clock; });
        ASSERT_TRUE(old.open(dir.path()));
        old.record(UsageEvent::PauseStarted, QStringLiteral("home")); // 200 days ago
        clock = now - 50 * 86400;
        old.record(UsageEvent::PauseStarted, QStringLiteral("home")); // 50 days ago
        clock = now;
        old.record(UsageEvent::PauseStarted, QStringLiteral("home"));
    }
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(Settings::Key::RetentionDays, 90);
    UsageLog log;
    log.setClock([now] { return now; });
    UsagePolicy policy(&settings, &log);
    policy.start(dir.path());
    EXPECT_EQ(log.count(), 2);
    settings.setValue(Settings::Key::RetentionDays, 30);
    EXPECT_EQ(log.count(), 1);
}

TEST(UsagePolicy, UnknownRetentionFallsBackToOneYear)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    EXPECT_EQ(UsagePolicy::retentionDays(settings), 365);
    settings.setValue(Settings::Key::RetentionDays, 0);
    EXPECT_EQ(UsagePolicy::retentionDays(settings), 0);
    settings.setValue(Settings::Key::RetentionDays, 7);
    EXPECT_EQ(UsagePolicy::retentionDays(settings), 365);
}
