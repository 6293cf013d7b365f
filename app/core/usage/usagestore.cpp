#include "usagestore.h"

#include "migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pk {

Q_LOGGING_CATEGORY(lcStore, "pauzeknop.usage")

namespace {

constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;

bool isCorruptError(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == SqliteCorrupt || code == SqliteNotADatabase;
}

QVariant orNull(qint64 value)
{
    return value < 0 ? QVariant() : QVariant(value);
}

} // namespace

UsageStore::UsageStore(const QString &connectionName)
    : m_connection(connectionName)
{}

UsageStore::~UsageStore()
{
    close();
}

void UsageStore::close()
{
    m_insert.reset();
    m_insertName.reset();
    m_codes.clear();
    m_names.clear();
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_mode = Mode::Closed;
}

UsageStore::Opened UsageStore::open(const QString &directory)
{
    close();
    Opened result;
    if (!QDir().mkpath(directory))
        return openInMemory(QStringLiteral("cannot create the folder %1").arg(directory));
    const QString path = QDir(directory).filePath(QStringLiteral("usage.sqlite"));
    QString error;
    Failure failure = tryOpen(path, false, &error);
    if (failure == Failure::Corrupt) {
        qCWarning(lcStore) << "usage log is damaged:" << error;
        close();
        if (moveAside(path, &result.movedAside))
            failure = tryOpen(path, false, &error);
        else
            error = QStringLiteral("the damaged file %1 could not be moved aside").arg(path);
    }
    if (failure == Failure::Newer) {
        close();
        result.newerVersion = true;
        if (tryOpen(path, true, &error) == Failure::None) {
            m_mode = Mode::ReadOnly;
            loadNames();
            result.mode = m_mode;
            result.problem = error;
            return result;
        }
    }
    if (failure != Failure::None) {
        const Opened memory = openInMemory(error);
        result.mode = memory.mode;
        result.problem = memory.problem;
        return result;
    }
    m_mode = Mode::OnDisk;
    loadNames();
    if (!prepare())
        return openInMemory(QStringLiteral("cannot prepare statements for %1").arg(path));
    result.mode = m_mode;
    if (!result.movedAside.isEmpty())
        result.problem =
            QStringLiteral("a damaged usage log was kept as %1").arg(result.movedAside);
    return result;
}

UsageStore::Failure UsageStore::tryOpen(const QString &path, bool readOnly, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=250;QSQLITE_OPEN_READONLY")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=250"));
    if (!db.open()) {
        *error = db.lastError().text();
        return Failure::Other;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        *error = query.lastError().text();
        return isCorruptError(query.lastError()) ? Failure::Corrupt : Failure::Other;
    }
    if (query.next() && query.value(0).toString() != QLatin1String("ok")) {
        *error = query.value(0).toString();
        return Failure::Corrupt;
    }
    if (!readOnly && Migrations::currentVersion(db) > Migrations::latestVersion()) {
        *error =
            QStringLiteral("%1 was written by a newer Pauzeknop; it is opened read-only").arg(path);
        return Failure::Newer;
    }
    if (readOnly)
        return Failure::None;
    // WAL with synchronous=NORMAL: a committed event survives a crash of the process.
    // secure_delete: what retention or "Delete everything" removes is overwritten, not left over.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) ||
        !query.exec(QStringLiteral("PRAGMA synchronous = NORMAL")) ||
        !query.exec(QStringLiteral("PRAGMA secure_delete = ON"))) {
        *error = query.lastError().text();
        return isCorruptError(query.lastError()) ? Failure::Corrupt : Failure::Other;
    }
    if (!Migrations::migrate(db, error))
        return Failure::Other;
    return Failure::None;
}

bool UsageStore::moveAside(const QString &path, QString *target)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    *target = path + QStringLiteral(".damaged-") + stamp;
    if (!QFile::rename(path, *target)) {
        target->clear();
        return false;
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix))
            QFile::rename(path + suffix, *target + suffix);
    }
    qCWarning(lcStore) << "moved the damaged usage log aside to" << *target;
    return true;
}

UsageStore::Opened UsageStore::openInMemory(const QString &reason)
{
    close();
    QString error;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db.open() || !Migrations::migrate(db, &error) || !prepare())
        qCCritical(lcStore) << "even the in-memory usage log failed:" << db.lastError().text()
                            << error;
    m_mode = Mode::InMemory;
    if (!reason.isEmpty())
        qCWarning(lcStore) << "usage is logged in memory for this session:" << reason;
    Opened result;
    result.mode = m_mode;
    result.problem = reason;
    return result;
}

bool UsageStore::prepare()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    m_insert = std::make_unique<QSqlQuery>(db);
    m_insertName = std::make_unique<QSqlQuery>(db);
    return m_insert->prepare(QStringLiteral(
               "INSERT INTO events (hour, type, item, value) VALUES (?, ?, ?, ?)")) &&
           m_insertName->prepare(QStringLiteral("INSERT INTO names (name) VALUES (?)"));
}

void UsageStore::loadNames()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT code, name FROM names")))
        return;
    while (query.next()) {
        m_codes.insert(query.value(1).toString(), query.value(0).toInt());
        m_names.insert(query.value(0).toInt(), query.value(1).toString());
    }
}

int UsageStore::codeFor(const QString &name)
{
    const auto found = m_codes.constFind(name);
    if (found != m_codes.constEnd())
        return *found;
    if (!m_insertName)
        return -1;
    m_insertName->addBindValue(name);
    if (!m_insertName->exec())
        return -1;
    const int code = m_insertName->lastInsertId().toInt();
    m_codes.insert(name, code);
    m_names.insert(code, name);
    return code;
}

bool UsageStore::insert(const UsageRecord &event)
{
    if (m_mode != Mode::OnDisk && m_mode != Mode::InMemory)
        return false;
    const int type = codeFor(event.type);
    const int item = event.item.isEmpty() ? -1 : codeFor(event.item);
    if (type < 0 || (!event.item.isEmpty() && item < 0))
        return false;
    m_insert->addBindValue(event.hour);
    m_insert->addBindValue(type);
    m_insert->addBindValue(orNull(item));
    m_insert->addBindValue(orNull(event.value));
    if (!m_insert->exec()) {
        qCWarning(lcStore) << "could not record an event:" << m_insert->lastError().text();
        return false;
    }
    return true;
}

bool UsageStore::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(sql))
        return true;
    qCWarning(lcStore) << sql << "failed:" << query.lastError().text();
    return false;
}

QList<UsageRecord> UsageStore::records()
{
    QList<UsageRecord> result;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT hour, type, item, value FROM events ORDER BY id")))
        return result;
    while (query.next()) {
        const QVariant value = query.value(3);
        result.append({query.value(0).toLongLong(), m_names.value(query.value(1).toInt()),
                       m_names.value(query.value(2).toInt()),
                       value.isNull() ? -1 : value.toLongLong()});
    }
    return result;
}

qint64 UsageStore::count(const QString &type)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (type.isEmpty()) {
        query.prepare(QStringLiteral("SELECT count(*) FROM events"));
    } else {
        query.prepare(QStringLiteral("SELECT count(*) FROM events WHERE type = ?"));
        query.addBindValue(m_codes.value(type, -1));
    }
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

qint64 UsageStore::countOlderThan(const QString &type, qint64 hour)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT count(*) FROM events WHERE type = ? AND hour < ?"));
    query.addBindValue(m_codes.value(type, -1));
    query.addBindValue(hour);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QList<HourCount> UsageStore::hourCounts(const QString &type)
{
    QList<HourCount> result;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT hour, count(*) FROM events WHERE type = ? GROUP BY hour"));
    query.addBindValue(m_codes.value(type, -1));
    if (!query.exec())
        return result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    return result;
}

QList<NamedCount> UsageStore::itemCounts(const QString &type)
{
    QList<NamedCount> result;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT item, count(*) FROM events WHERE type = ? AND item IS "
                                 "NOT NULL GROUP BY item ORDER BY 2 DESC, item"));
    query.addBindValue(m_codes.value(type, -1));
    if (!query.exec())
        return result;
    while (query.next())
        result.append({m_names.value(query.value(0).toInt()), query.value(1).toLongLong()});
    return result;
}

QList<WeeklyCount> UsageStore::weeklyCounts()
{
    QList<WeeklyCount> result;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    // Grouping by (type, hour) follows the index order, so SQLite streams it without sorting;
    // folding hours into weeks here is much cheaper than a GROUP BY on a computed week.
    if (!query.exec(QStringLiteral("SELECT type, hour, count(*) FROM events GROUP BY type, hour")))
        return result;
    while (query.next()) {
        const QString type = m_names.value(query.value(0).toInt());
        // Day 0 (1970-01-01) was a Thursday: + 3 days makes weeks start on Monday.
        const qint64 week = (query.value(1).toLongLong() / 24 + 3) / 7;
        if (!result.isEmpty() && result.constLast().week == week && result.constLast().type == type)
            result.last().count += query.value(2).toLongLong();
        else
            result.append({week, type, query.value(2).toLongLong()});
    }
    std::sort(result.begin(), result.end(), [](const WeeklyCount &a, const WeeklyCount &b) {
        return a.week != b.week ? a.week < b.week : a.type < b.type;
    });
    return result;
}

qint64 UsageStore::removeOlderThan(qint64 hour)
{
    if (m_mode != Mode::OnDisk && m_mode != Mode::InMemory)
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    // type IN (...) lets SQLite use the (type, hour) index instead of reading every event.
    query.prepare(
        QStringLiteral("DELETE FROM events WHERE type IN (SELECT code FROM names) AND hour < ?"));
    query.addBindValue(hour);
    if (!query.exec()) {
        qCWarning(lcStore) << "retention failed:" << query.lastError().text();
        return -1;
    }
    return query.numRowsAffected();
}

bool UsageStore::removeAll()
{
    if (m_mode != Mode::OnDisk && m_mode != Mode::InMemory)
        return false;
    m_insert.reset();
    m_insertName.reset();
    const bool removed =
        exec(QStringLiteral("DELETE FROM events")) && exec(QStringLiteral("DELETE FROM names"));
    m_codes.clear();
    m_names.clear();
    // Nothing of the deleted events may linger in free pages or in the write-ahead log.
    exec(QStringLiteral("VACUUM"));
    if (m_mode == Mode::OnDisk)
        exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    prepare();
    return removed;
}

qint64 UsageStore::bytesInUse()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT (page_count - freelist_count) * page_size FROM "
                                   "pragma_page_count, pragma_freelist_count, pragma_page_size")) ||
        !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace pk
