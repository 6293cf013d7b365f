#include "usage/migrations.h"
#include "usage/usagelog.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pk;

namespace {

// A database file at an older schema version, written the way that version wrote it.
class OldDatabase
{
public:
    OldDatabase(const QString &path, int version)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        db.setDatabaseName(path);
        db.open();
        QString error;
        m_ok = Migrations::migrate(db, &error, version);
        EXPECT_TRUE(m_ok) << error.toStdString();
    }
    ~OldDatabase()
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
        const bool ok = query.exec(sql);
        EXPECT_TRUE(ok) << query.lastError().text().toStdString();
        return ok;
    }
    int intValue(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(name(), false));
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toInt();
    }
    static QString name() { return QStringLiteral("old-database"); }

private:
    bool m_ok = false;
};

} // namespace

TEST(UsageMigration, EveryScriptIsNumberedInOrder)
{
    const QStringList scripts = Migrations::scripts();
    ASSERT_GE(scripts.size(), 2);
    for (int i = 0; i < scripts.size(); ++i)
        EXPECT_TRUE(scripts.at(i).startsWith(
            QStringLiteral(":/sql/%1_").arg(i + 1, 4, 10, QLatin1Char('0'))))
            << scripts.at(i).toStdString();
}

TEST(UsageMigration, FromVersion0AnEmptyFile)
{
    QTemporaryDir dir;
    {
        OldDatabase old(dir.filePath(UsageLog::fileName()), 0);
    }
    UsageLog log;
    ASSERT_TRUE(log.open(dir.path()));
    log.record(UsageEvent::PauseStarted, QStringLiteral("home"));
    EXPECT_EQ(log.count(UsageEvent::PauseStarted), 1);
    OldDatabase check(dir.filePath(UsageLog::fileName()), 0);
    EXPECT_EQ(check.intValue(QStringLiteral("PRAGMA user_version")), Migrations::latestVersion());
}

TEST(UsageMigration, FromVersion1TheFoundationKeepsEveryEvent)
{
    QTemporaryDir dir;
    {
        OldDatabase old(dir.filePath(UsageLog::fileName()), 1);
        old.exec(QStringLiteral("INSERT INTO events (hour, type, item, value) VALUES "
                                "(480000, 'pause_started', 'home', NULL), "
                                "(480000, 'breathing_completed', 'calm', 120), "
                                "(480001, 'pause_ended', NULL, 95), "
                                "(480002, 'check_in', 'calmer', NULL)"));
        EXPECT_EQ(old.intValue(QStringLiteral("PRAGMA user_version")), 1);
    }
    UsageLog log;
    ASSERT_TRUE(log.open(dir.path()));
    const QList<UsageRecord> records = log.records();
    ASSERT_EQ(records.size(), 4);
    EXPECT_EQ(records.at(0).hour, 480000);
    EXPECT_EQ(records.at(0).type, UsageEvent::PauseStarted);
    EXPECT_EQ(records.at(0).item, QStringLiteral("home"));
    EXPECT_EQ(records.at(0).value, -1);
    EXPECT_EQ(records.at(1).item, QStringLiteral("calm"));
    EXPECT_EQ(records.at(1).value, 120);
    EXPECT_EQ(records.at(2).type, UsageEvent::PauseEnded);
    EXPECT_TRUE(records.at(2).item.isEmpty());
    EXPECT_EQ(records.at(2).value, 95);
    EXPECT_EQ(records.at(3).item, QStringLiteral("calmer"));
    // New events keep the same names: "home" is not stored twice.
    log.record(UsageEvent::PauseStarted, QStringLiteral("home"));
    EXPECT_EQ(log.count(UsageEvent::PauseStarted), 2);
    log.close();
    OldDatabase check(dir.filePath(UsageLog::fileName()), 0);
    EXPECT_EQ(check.intValue(QStringLiteral("PRAGMA user_version")), Migrations::latestVersion());
    EXPECT_EQ(check.intValue(QStringLiteral("SELECT count(*) FROM names WHERE name = 'home'")), 1);
}

TEST(UsageMigration, AFailingStepLeavesThePreviousVersion)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(UsageLog::fileName());
    {
        OldDatabase old(path, 1);
        // A table in the way of version 2 makes its script fail half-way.
        old.exec(QStringLiteral("CREATE TABLE events_v2 (x)"));
        old.exec(QStringLiteral("INSERT INTO events (hour, type) VALUES (1, 'pause_started')"));
    }
    UsageLog log;
    EXPECT_FALSE(log.open(dir.path()));
    EXPECT_EQ(log.state(), UsageLog::State::InMemory);
    log.close();
    OldDatabase check(path, 0);
    EXPECT_EQ(check.intValue(QStringLiteral("PRAGMA user_version")), 1);
    EXPECT_EQ(check.intValue(QStringLiteral("SELECT count(*) FROM events")), 1);
    EXPECT_EQ(check.intValue(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                            "'names'")),
              0);
}

TEST(UsageMigration, ANewerVersionOpensReadOnlyAndIsLeftUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(UsageLog::fileName());
    {
        OldDatabase old(path, Migrations::latestVersion());
        old.exec(QStringLiteral("INSERT INTO names (code, name) VALUES (1, 'pause_started')"));
        old.exec(QStringLiteral("INSERT INTO events (hour, type) VALUES (480000, 1)"));
        old.exec(QStringLiteral("CREATE TABLE from_the_future (x)"));
        old.exec(QStringLiteral("PRAGMA user_version = 999"));
    }
    const QByteArray before = [&] {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }();
    {
        UsageLog log;
        EXPECT_FALSE(log.open(dir.path()));
        EXPECT_EQ(log.state(), UsageLog::State::ReadOnly);
        EXPECT_EQ(log.status(), UsageLog::Status::NewerVersion);
        EXPECT_TRUE(log.statusText().contains(QStringLiteral("newer version")));
        // What is there can be seen; nothing new is written, and deleting is refused.
        EXPECT_EQ(log.insights(QDateTime::fromSecsSinceEpoch(480000 * 3600)).totalPauses, 1);
        EXPECT_FALSE(log.record(UsageEvent::PauseStarted, QStringLiteral("home")));
        EXPECT_FALSE(log.deleteEverything());
        EXPECT_EQ(log.applyRetention(30), 0);
    }
    QFile after(path);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), before);
}

TEST(UsageMigration, FromVersion2TheTotalsAreBuiltFromEveryEvent)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(UsageLog::fileName());
    {
        OldDatabase old(path, 2);
        old.exec(QStringLiteral("INSERT INTO names (code, name) VALUES (1, 'pause_started'), "
                                "(2, 'home'), (3, 'check_in'), (4, 'calmer')"));
        old.exec(QStringLiteral("INSERT INTO events (hour, type, item) VALUES (100, 1, 2), "
                                "(100, 1, 2), (101, 1, 2), (101, 3, 4), (5000, 3, 4)"));
    }
    UsageLog log;
    ASSERT_TRUE(log.open(dir.path()));
    const UsageInsights insights = log.insights(QDateTime::fromSecsSinceEpoch(5000 * 3600));
    EXPECT_EQ(insights.totalPauses, 3);
    EXPECT_EQ(insights.calmer, 2);
    qint64 weekly = 0;
    for (const WeeklyCount &row : log.weeklyCounts())
        weekly += row.count;
    EXPECT_EQ(weekly, 5);
    // New events keep the totals in step.
    log.record(UsageEvent::CheckIn, QStringLiteral("calmer"));
    ASSERT_TRUE(log.flush());
    EXPECT_EQ(log.insights().calmer, 3);
}
