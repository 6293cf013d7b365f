#include "usage/usagelog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pk;

namespace {

bool closedToOthers(const QString &path)
{
    return (QFileInfo(path).permissions() &
            (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
             QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther)) ==
           QFileDevice::Permissions();
}

} // namespace

TEST(UsageDurability, FlushAcknowledgesOnlyWhatIsInTheFile)
{
    QTemporaryDir dir;
    UsageLog log;
    ASSERT_TRUE(log.open(dir.path()));
    log.record(UsageEvent::PauseStarted, QStringLiteral("home"));
    EXPECT_TRUE(log.flush());

    // The same log falls back to memory (a full disk, a file that became read-only).
    log.openInMemory(QStringLiteral("test: the disk is full"));
    EXPECT_TRUE(log.record(UsageEvent::PauseStarted, QStringLiteral("home")));
    EXPECT_FALSE(log.flush()) << "an event in memory is not on disk";
    EXPECT_EQ(log.count(UsageEvent::PauseStarted), 1); // remembered for the session
}

TEST(UsageDurability, ALogThatNeverReachedTheDiskAcknowledgesNothing)
{
    QTemporaryDir dir;
    // The data folder is a file: nothing can be created there, for root as well.
    QFile blocker(dir.filePath(QStringLiteral("data")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    UsageLog log;
    EXPECT_FALSE(log.open(dir.filePath(QStringLiteral("data"))));
    EXPECT_EQ(log.state(), UsageLog::State::InMemory);
    for (int i = 0; i < 100; ++i)
        log.record(UsageEvent::TipShown, QStringLiteral("t1"));
    EXPECT_FALSE(log.flush());
    EXPECT_EQ(log.count(), 100);
}

TEST(UsageDurability, TheLogAndItsCompanionsAreReadableByThePersonOnly)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("data"));
    const QString path = QDir(folder).filePath(UsageLog::fileName());
    {
        UsageLog log;
        ASSERT_TRUE(log.open(folder));
        log.record(UsageEvent::PauseStarted, QStringLiteral("home"));
        ASSERT_TRUE(log.flush());
        for (const QString &file :
             QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            EXPECT_TRUE(QFileInfo::exists(file)) << file.toStdString();
            EXPECT_TRUE(closedToOthers(file)) << file.toStdString();
        }
        EXPECT_TRUE(closedToOthers(folder));
    }
    // Files left 0644 by an older Pauzeknop are tightened at the next start.
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
    ASSERT_TRUE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                  QFileDevice::ExeOther));
    UsageLog again;
    ASSERT_TRUE(again.open(folder));
    EXPECT_TRUE(closedToOthers(path));
    EXPECT_TRUE(closedToOthers(folder));
    EXPECT_EQ(again.count(), 1);
}
