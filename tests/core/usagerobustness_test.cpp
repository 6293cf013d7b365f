#include "usage/usagelog.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>
#include <sys/mount.h>

using namespace pk;

TEST(UsageRobustness, EveryAcknowledgedEventSurvivesSigkill)
{
    QTemporaryDir dir;
    QProcess child;
    child.start(QStringLiteral(PAUZEKNOP_USAGE_WRITER), {dir.path()});
    ASSERT_TRUE(child.waitForStarted());
    qint64 acknowledged = 0;
    QByteArray buffer;
    while (acknowledged < 700 && child.waitForReadyRead(10'000)) {
        buffer += child.readAllStandardOutput();
        const qsizetype end = buffer.lastIndexOf('\n');
        if (end < 0)
            continue;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        buffer = buffer.mid(end + 1);
        acknowledged = lines.constLast().mid(4).toLongLong();
    }
    // Killed while it is still writing: no clean shutdown, no destructor, no checkpoint.
    child.kill(); // QProcess::kill sends SIGKILL on Unix
    ASSERT_TRUE(child.waitForFinished());
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);
    ASSERT_GE(acknowledged, 700);

    UsageLog log;
    ASSERT_TRUE(log.open(dir.path()));
    EXPECT_GE(log.count(UsageEvent::PauseEnded), acknowledged);
    const QList<UsageRecord> records = log.records();
    for (qint64 i = 0; i < acknowledged; ++i)
        ASSERT_EQ(records.at(i).value, i + 1);
}

TEST(UsageRobustness, RecordingNeverWaitsForABlockedDisk)
{
    QTemporaryDir dir;
    UsageLog log;
    ASSERT_TRUE(log.open(dir.path()));
    const QString name = QStringLiteral("blocker");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(log.filePath());
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        // The writer now waits for its busy timeout on every insert; the caller must not.
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 20; ++i)
            EXPECT_TRUE(log.record(UsageEvent::PauseStarted, QStringLiteral("home")));
        // 20 inserts that waited for the lock would take 20 x 250 ms (the busy timeout): 5 s.
        EXPECT_LT(clock.elapsed(), 2000);
        query.exec(QStringLiteral("ROLLBACK"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    log.flush();
    EXPECT_EQ(log.count(UsageEvent::PauseStarted), 20); // on disk or, after the lock, in memory
}

// Another program holds the file for a moment while Pauzeknop opens it (an export, a backup, a
// reader that made the file): the log waits on its own thread and still keeps its events on disk,
// instead of in memory for the whole session.
TEST(UsageRobustness, AFileBusyForAMomentAtStartStillEndsOnDisk)
{
    QTemporaryDir dir;
    QSemaphore locked;
    QThread *holder = QThread::create([&locked, &dir] {
        const QString name = QStringLiteral("holder");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QDir(dir.path()).filePath(UsageLog::fileName()));
            db.open();
            QSqlQuery query(db);
            query.exec(QStringLiteral("BEGIN EXCLUSIVE"));
            query.exec(QStringLiteral("CREATE TABLE other_program (x)"));
            locked.release();
            QThread::msleep(1000);
            query.exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    holder->start();
    locked.acquire();
    UsageLog log;
    EXPECT_TRUE(log.open(dir.path()));
    EXPECT_EQ(log.state(), UsageLog::State::OnDisk);
    holder->wait();
    delete holder;
    EXPECT_TRUE(log.record(UsageEvent::PauseStarted, QStringLiteral("home")));
    log.flush();
    EXPECT_EQ(log.count(UsageEvent::PauseStarted), 1);
}

TEST(UsageRobustness, AFullDiskFallsBackToMemoryForTheSession)
{
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("small"));
    ASSERT_TRUE(QDir().mkpath(mountPoint));
    if (::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=256k") != 0)
        GTEST_SKIP() << "needs permission to mount a small tmpfs";
    {
        UsageLog log;
        ASSERT_TRUE(log.open(mountPoint));
        log.record(UsageEvent::PauseStarted, QStringLiteral("home"));
        ASSERT_TRUE(log.flush());
        // Fill the disk to the last byte.
        QFile filler(mountPoint + QStringLiteral("/filler"));
        ASSERT_TRUE(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, '\0');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        filler.close();
        bool accepted = true;
        for (int i = 0; i < 3000 && log.state() == UsageLog::State::OnDisk; ++i) {
            accepted = accepted && log.record(UsageEvent::TipShown, QStringLiteral("t1"));
            log.flush();
            QCoreApplication::processEvents();
        }
        EXPECT_TRUE(accepted);
        EXPECT_FALSE(log.flush()) << "events that did not reach the full disk are not acknowledged";
        EXPECT_EQ(log.state(), UsageLog::State::InMemory);
        EXPECT_EQ(log.status(), UsageLog::Status::InMemory);
        EXPECT_TRUE(log.record(UsageEvent::PauseStarted, QStringLiteral("home")));
        EXPECT_EQ(log.count(UsageEvent::PauseStarted), 1);
    }
    ::umount(QFile::encodeName(mountPoint).constData());
}
