#include "usagestore.h"

#include "desktop/privatefiles.h"
#include "migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <limits>

namespace pk {

Q_LOGGING_CATEGORY(lcStore, "pauzeknop.usage")

namespace {

constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;
// Another program (an export, a backup, a second reader) may hold the file for a moment while
// it opens: try again this often, 250 ms apart, before logging in memory for the session.
constexpr int BusyRetries = 8;

bool isBusyError(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == SqliteBusy || code == SqliteLocked;
}

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

// The usage file and its companions: what is tightened to 0600 (only the person can read them).
static QStringList companionsOf(const QString &path)
{
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
            path + QStringLiteral("-journal")};
}

UsageStore::UsageStore(const QString &connectionName)
    : m_connection(connectionName)
    , m_run(qint64(QRandomGenerator::global()->generate64() >> 1))
{}

UsageStore::~UsageStore()
{
    close();
}

void UsageStore::close()
{
    m_newestBeforeRun = -1;
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
    if (!PrivateFiles::makeFolder(directory))
        return openInMemory(QStringLiteral("cannot create the folder %1").arg(directory));
    const QString path = QDir(directory).filePath(QStringLiteral("usage.sqlite"));
    // Private before SQLite opens it: the WAL and SHM files it makes take the file's mode.
    for (const QString &file : companionsOf(path))
        PrivateFiles::tighten(file);
    for (const QString &kept :
         QDir(directory).entryList({QStringLiteral("usage.sqlite.damaged-*")}, QDir::Files))
        PrivateFiles::tighten(QDir(directory).filePath(kept));
    QString error;
    Failure failure = tryOpen(path, false, &error);
    // This runs on the log's own thread: waiting here never holds up the window or the pause.
    for (int attempt = 0; failure == Failure::Busy && attempt < BusyRetries; ++attempt) {
        close();
        QThread::msleep(250);
        failure = tryOpen(path, false, &error);
    }
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
    for (const QString &file : companionsOf(path))
        PrivateFiles::tighten(file); // a new file was made with the umask's mode
    loadNames();
    m_newestBeforeRun = storedHours().newest;
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
        return isBusyError(db.lastError()) ? Failure::Busy : Failure::Other;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        *error = query.lastError().text();
        if (isBusyError(query.lastError()))
            return Failure::Busy;
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
        if (isBusyError(query.lastError()))
            return Failure::Busy;
        return isCorruptError(query.lastError()) ? Failure::Corrupt : Failure::Other;
    }
    if (!Migrations::migrate(db, error))
        return error->contains(QLatin1String("locked")) ? Failure::Busy : Failure::Other;
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

UsageStore::Span UsageStore::storedHours()
{
    Span span;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(QStringLiteral("SELECT min(hour), max(hour) FROM hourly")) && query.next() &&
        !query.value(1).isNull()) {
        span.oldest = query.value(0).toLongLong();
        span.newest = query.value(1).toLongLong();
    }
    return span;
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
    query.prepare(QStringLiteral("SELECT hour, n FROM hourly WHERE type = ? ORDER BY hour"));
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
    query.prepare(
        QStringLiteral("SELECT item, n FROM items WHERE type = ? AND n > 0 ORDER BY n DESC, item"));
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
    // The running totals per (type, hour), in key order; folding hours into weeks here is much
    // cheaper than a GROUP BY on a computed week.
    if (!query.exec(QStringLiteral("SELECT type, hour, n FROM hourly ORDER BY type, hour")))
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
    return removeBetween(std::numeric_limits<qint64>::min(), hour);
}

qint64 UsageStore::removeBetween(qint64 from, qint64 hour)
{
    if (m_mode != Mode::OnDisk && m_mode != Mode::InMemory)
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return -1;
    QSqlQuery query(db);
    // The totals first (from the events about to go), then the events themselves. type IN
    // (...) lets SQLite use the (type, hour) index instead of reading every event.
    const QString older =
        QStringLiteral("type IN (SELECT code FROM names) AND hour >= ? AND hour < ?");
    const QStringList steps{
        QStringLiteral(
            "UPDATE items SET n = items.n - gone.n FROM (SELECT type, item, count(*) AS n "
            "FROM events WHERE item IS NOT NULL AND ") +
            older +
            QStringLiteral(" GROUP BY type, item) AS gone WHERE gone.type = items.type AND "
                           "gone.item = items.item"),
        QStringLiteral("DELETE FROM items WHERE n <= 0"),
        QStringLiteral("DELETE FROM hourly WHERE ") + older,
        QStringLiteral("DELETE FROM events WHERE ") + older,
    };
    qint64 removed = 0;
    for (const QString &step : steps) {
        query.prepare(step);
        if (step.contains(QLatin1Char('?'))) {
            query.addBindValue(from);
            query.addBindValue(hour);
        }
        if (!query.exec()) {
            qCWarning(lcStore) << "retention failed:" << query.lastError().text();
            db.rollback();
            return -1;
        }
        removed = query.numRowsAffected();
    }
    if (!db.commit()) {
        db.rollback();
        return -1;
    }
    return removed;
}

UsageStore::Retention UsageStore::applyRetention(qint64 nowHour, int days)
{
    Retention result = planRetention(nowHour, days);
    if (!result.held && result.cutoff > result.oldest)
        result.removed = std::max<qint64>(0, removeBetween(result.oldest, result.cutoff));
    return result;
}

UsageStore::Retention UsageStore::planRetention(qint64 nowHour, int days)
{
    Retention result;
    if (days <= 0 || (m_mode != Mode::OnDisk && m_mode != Mode::InMemory))
        return result;
    const Span live = storedHours();
    if (live.newest < 0)
        return result; // nothing stored: nothing to remove
    // The clock is judged against what was stored before this run; a log in memory, or one
    // that was empty when it opened, has no earlier run: then all of it counts.
    const qint64 oldest = live.oldest;
    const qint64 newest = m_newestBeforeRun >= 0 ? m_newestBeforeRun : live.newest;
    const qint64 cutoff = nowHour - qint64(days) * 24;
    const QString pendingHour = QStringLiteral("retention_held_at");
    const QString pendingRun = QStringLiteral("retention_held_by");
    if (newest > nowHour + 1) {
        result.held = true;
        result.why = QStringLiteral("the newest event lies %1 hours in the future: the clock "
                                    "seems to have gone back; nothing is removed")
                         .arg(newest - nowHour);
        return result;
    }
    if (cutoff > newest) {
        // Everything would go. Only when an earlier start (another run) saw the same, and the
        // clock did not go back in between, is this a real long gap.
        const qint64 heldAt = meta(pendingHour, -1);
        const qint64 heldBy = meta(pendingRun, 0);
        if (heldAt < 0 || heldBy == m_run || nowHour < heldAt) {
            if (heldAt < 0 || nowHour < heldAt) {
                setMeta(pendingHour, nowHour);
                setMeta(pendingRun, m_run);
            }
            result.held = true;
            result.why = QStringLiteral("every event is older than %1 days: held until a later "
                                        "start confirms the clock")
                             .arg(days);
            return result;
        }
    }
    removeMeta(pendingHour);
    removeMeta(pendingRun);
    result.oldest = oldest;
    result.cutoff = cutoff;
    return result;
}

qint64 UsageStore::meta(const QString &key, qint64 fallback)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return fallback;
    return query.value(0).toLongLong();
}

void UsageStore::setMeta(const QString &key, qint64 value)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    query.exec();
}

void UsageStore::removeMeta(const QString &key)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    query.addBindValue(key);
    query.exec();
}

bool UsageStore::removeAll()
{
    if (m_mode != Mode::OnDisk && m_mode != Mode::InMemory)
        return false;
    m_insert.reset();
    m_insertName.reset();
    const bool removed =
        exec(QStringLiteral("DELETE FROM events")) && exec(QStringLiteral("DELETE FROM hourly")) &&
        exec(QStringLiteral("DELETE FROM items")) && exec(QStringLiteral("DELETE FROM names"));
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
