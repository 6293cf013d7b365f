#include "support/testsupport.h"
#include "usage/migrations.h"
#include "usage/usagelog.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pk;

namespace {

// A second connection to the same file, as another process would hold it.
class OtherConnection
{
public:
    explicit OtherConnection(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        db.setDatabaseName(path);
        db.open();
    }
    ~OtherConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name(), false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name());
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(name(), false));
        return query.exec(sql);
    }
    static QString name() { return QStringLiteral("other-connection"); }
};

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST(UsageLog, RecordsInMemory)
{
    UsageLog log;
    log.openInMemory();
    EXPECT_TRUE(log.record(UsageEvent::PauseStarted, QStringLiteral("home")));
    EXPECT_TRUE(log.record(UsageEvent::PauseEnded, {}, 95));
    EXPECT_EQ(log.state(), UsageLog::State::InMemory);
    EXPECT_EQ(log.status(), UsageLog::Status::Fine);
    EXPECT_EQ(log.count(), 2);
    const QList<UsageRecord> records = log.records();
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records.at(0).item, QStringLiteral("home"));
    EXPECT_EQ(records.at(1).value, 95);
}

TEST(UsageLog, KeepsOnlyCoarseHoursNeverSeconds)
{
    UsageLog log;
    log.setClock([] { return qint64(1'700'000'123); });
    log.openInMemory();
    log.record(UsageEvent::PauseStarted, QStringLiteral("home"));
    EXPECT_EQ(log.records().constFirst().hour, 1'700'000'123 / 3600);
}

TEST(UsageLog, RefusesFreeTextAndNames)
{
    UsageLog log;
    log.openInMemory();
    EXPECT_FALSE(log.record(UsageEvent::PauseStarted, QStringLiteral("Jan Peeters")));
    EXPECT_FALSE(log.record(QStringLiteral("pause started!"), {}));
    EXPECT_FALSE(log.record(UsageEvent::PauseStarted, QStringLiteral("/home/jan/secret")));
    EXPECT_EQ(log.count(), 0);
}

TEST(UsageLog, WritesToDiskAndReadsBackAfterReopening)
{
    QTemporaryDir dir;
    {
        UsageLog log;
        ASSERT_TRUE(log.open(dir.path()));
        EXPECT_EQ(log.state(), UsageLog::State::OnDisk);
        log.record(UsageEvent::PauseStarted, QStringLiteral("home"));
        log.record(UsageEvent::BreathingCompleted, QStringLiteral("calm"), 120);
    }
    UsageLog again;
    ASSERT_TRUE(again.open(dir.path()));
    EXPECT_EQ(again.count(), 2);
    EXPECT_EQ(again.count(UsageEvent::BreathingCompleted), 1);
    EXPECT_TRUE(again.problem().isEmpty());
}

TEST(UsageLog, EventsBeforeOpenAreKeptAndWrittenWhenItOpens)
{
    QTemporaryDir dir;
    UsageLog log;
    log.record(UsageEvent::PauseStarted, QStringLiteral("cli"));
    ASSERT_TRUE(log.open(dir.path()));
    EXPECT_EQ(log.count(UsageEvent::PauseStarted), 1);
}

TEST(UsageLog, MigratesAnEmptyFileToTheLatestSchemaInWalMode)
{
    QTemporaryDir dir;
    UsageLog log;
    ASSERT_TRUE(log.open(dir.path()));
    OtherConnection other(log.filePath());
    QSqlQuery query(QSqlDatabase::database(OtherConnection::name()));
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), Migrations::latestVersion());
    EXPECT_GE(Migrations::latestVersion(), 1);
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("wal"));
}

TEST(UsageLog, MigrationStatementsIgnoreComments)
{
    const QStringList parts = Migrations::statements(QStringLiteral(
        "-- a note; with a semicolon\nCREATE TABLE a (x);\n\nCREATE TABLE b (y);\n"));
    ASSERT_EQ(parts.size(), 2);
    EXPECT_EQ(parts.at(1), QStringLiteral("CREATE TABLE b (y)"));
}

TEST(UsageLog, CorruptFileIsMovedAsideNeverDeletedAndAFreshOneStarts)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(UsageLog::fileName());
    const QByteArray garbage(4096, 'x');
    ASSERT_TRUE(test::writeFile(path, garbage));

    UsageLog log;
    EXPECT_TRUE(log.open(dir.path()));
    EXPECT_EQ(log.state(), UsageLog::State::OnDisk);
    ASSERT_FALSE(log.movedAsidePath().isEmpty());
    QFile kept(log.movedAsidePath());
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), garbage);
    EXPECT_FALSE(log.problem().isEmpty());
    EXPECT_EQ(log.status(), UsageLog::Status::MovedAside);
    EXPECT_TRUE(log.statusText().contains(QFileInfo(log.movedAsidePath()).fileName()));
    EXPECT_TRUE(log.record(UsageEvent::PauseStarted, QStringLiteral("home")));
    EXPECT_EQ(log.count(), 1);
}

TEST(UsageLog, LockedByAnotherProcessFallsBackToMemoryAndLeavesTheFileAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(UsageLog::fileName());
    OtherConnection other(path);
    ASSERT_TRUE(other.exec(QStringLiteral("CREATE TABLE keep (x)")));
    ASSERT_TRUE(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));

    UsageLog log;
    EXPECT_FALSE(log.open(dir.path()));
    EXPECT_EQ(log.state(), UsageLog::State::InMemory);
    EXPECT_FALSE(log.problem().isEmpty());
    EXPECT_EQ(log.status(), UsageLog::Status::InMemory);
    EXPECT_FALSE(log.statusText().isEmpty());
    EXPECT_TRUE(log.record(UsageEvent::PauseStarted, QStringLiteral("home")));
    EXPECT_EQ(log.count(), 1);
    EXPECT_EQ(filesIn(dir.path()), QStringList{UsageLog::fileName()});
    other.exec(QStringLiteral("ROLLBACK"));
}

TEST(UsageLog, UnwritableLocationFallsBackToMemory)
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("a-file"));
    ASSERT_TRUE(test::writeFile(blocker, "not a folder"));

    UsageLog log;
    EXPECT_FALSE(log.open(blocker + QStringLiteral("/data")));
    EXPECT_EQ(log.state(), UsageLog::State::InMemory);
    EXPECT_TRUE(log.record(UsageEvent::PauseStarted, QStringLiteral("home")));
    EXPECT_EQ(log.count(), 1);
}

TEST(UsageLog, DatabasePathThatIsAFolderIsNotTouched)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkdir(UsageLog::fileName()));
    UsageLog log;
    EXPECT_FALSE(log.open(dir.path()));
    EXPECT_EQ(log.state(), UsageLog::State::InMemory);
    EXPECT_TRUE(QFileInfo(dir.filePath(UsageLog::fileName())).isDir());
}

TEST(UsageLog, RecordingReturnsAtOnceAndFlushCommitsInOrder)
{
    QTemporaryDir dir;
    UsageLog log;
    log.openInBackground(dir.path());
    for (int i = 0; i < 50; ++i)
        EXPECT_TRUE(log.record(UsageEvent::PauseEnded, {}, i));
    EXPECT_TRUE(log.flush());
    const QList<UsageRecord> records = log.records();
    ASSERT_EQ(records.size(), 50);
    for (int i = 0; i < 50; ++i)
        EXPECT_EQ(records.at(i).value, i);
}

TEST(UsageLog, LoggingOffRecordsNothingButKeepsWhatIsThere)
{
    UsageLog log;
    log.openInMemory();
    log.record(UsageEvent::PauseStarted, QStringLiteral("home"));
    log.setEnabled(false);
    EXPECT_FALSE(log.record(UsageEvent::PauseStarted, QStringLiteral("home")));
    EXPECT_EQ(log.count(), 1);
    EXPECT_EQ(log.status(), UsageLog::Status::Off);
    log.setEnabled(true);
    EXPECT_TRUE(log.record(UsageEvent::PauseStarted, QStringLiteral("home")));
    EXPECT_EQ(log.count(), 2);
}

TEST(UsageLog, StatusTextIsTranslatable)
{
    UsageLog log;
    log.setEnabled(false);
    EXPECT_EQ(log.statusText(),
              QStringLiteral("Keeping track of your pauses is off. Nothing new is written down."));
}
