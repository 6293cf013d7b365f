#include "usagelog.h"

#include "migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace pk {

Q_LOGGING_CATEGORY(lcUsage, "pauzeknop.usage")

namespace {

constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;

bool isCorruptError(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == SqliteCorrupt || code == SqliteNotADatabase;
}

bool isPlainId(const QString &text, bool allowEmpty)
{
    static const QRegularExpression id(QStringLiteral("^[a-z0-9_.-]{1,64}$"));
    return (allowEmpty && text.isEmpty()) || id.match(text).hasMatch();
}

} // namespace

UsageLog::UsageLog(QObject *parent)
    : QObject(parent)
    , m_connection(QStringLiteral("pauzeknop-usage-%1").arg(quintptr(this), 0, 16))
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{}

UsageLog::~UsageLog()
{
    close();
}

QString UsageLog::fileName()
{
    return QStringLiteral("usage.sqlite");
}

void UsageLog::setClock(std::function<qint64()> secondsSinceEpoch)
{
    m_clock = std::move(secondsSinceEpoch);
}

void UsageLog::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_state = State::Closed;
}

bool UsageLog::open(const QString &directory)
{
    close();
    m_movedAside.clear();
    if (!QDir().mkpath(directory)) {
        openInMemory(QStringLiteral("cannot create the folder %1").arg(directory));
        return false;
    }
    m_filePath = QDir(directory).filePath(fileName());
    QString error;
    Failure failure = tryOpen(m_filePath, &error);
    if (failure == Failure::Corrupt) {
        qCWarning(lcUsage) << "usage log is damaged:" << error;
        close();
        if (moveAside(m_filePath))
            failure = tryOpen(m_filePath, &error);
        else
            error = QStringLiteral("the damaged file %1 could not be moved aside").arg(m_filePath);
    }
    if (failure != Failure::None) {
        close();
        openInMemory(error);
        return false;
    }
    m_state = State::OnDisk;
    flushPending();
    setProblem(m_movedAside.isEmpty()
                   ? QString()
                   : QStringLiteral("a damaged usage log was kept as %1").arg(m_movedAside));
    return true;
}

UsageLog::Failure UsageLog::tryOpen(const QString &path, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=250"));
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
    if (Migrations::currentVersion(db) > Migrations::latestVersion()) {
        *error =
            QStringLiteral("%1 was written by a newer Pauzeknop; it is left untouched").arg(path);
        return Failure::Other;
    }
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) ||
        !query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"))) {
        *error = query.lastError().text();
        return isCorruptError(query.lastError()) ? Failure::Corrupt : Failure::Other;
    }
    if (!Migrations::migrate(db, error))
        return Failure::Other;
    return Failure::None;
}

bool UsageLog::moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = path + QStringLiteral(".damaged-") + stamp;
    if (!QFile::rename(path, target))
        return false;
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
    }
    m_movedAside = target;
    qCWarning(lcUsage) << "moved the damaged usage log aside to" << target;
    return true;
}

void UsageLog::openInMemory(const QString &reason)
{
    close();
    QString error;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db.open() || !Migrations::migrate(db, &error))
        qCCritical(lcUsage) << "even the in-memory usage log failed:" << db.lastError().text()
                            << error;
    m_state = State::InMemory;
    flushPending();
    if (!reason.isEmpty())
        qCWarning(lcUsage) << "usage is logged in memory for this session:" << reason;
    setProblem(reason);
}

bool UsageLog::record(const QString &type, const QString &item, qint64 value)
{
    if (!isPlainId(type, false) || !isPlainId(item, true)) {
        qCWarning(lcUsage) << "refused an event that is not a plain id";
        return false;
    }
    const UsageRecord event{m_clock() / 3600, type, item, value};
    if (m_state == State::Closed) {
        m_pending.append(event);
        return true;
    }
    if (insert(event))
        return true;
    if (m_state == State::OnDisk) {
        openInMemory(QStringLiteral("writing to %1 failed").arg(m_filePath));
        return insert(event);
    }
    return false;
}

void UsageLog::flushPending()
{
    const QList<UsageRecord> pending = std::exchange(m_pending, {});
    for (const UsageRecord &event : pending)
        insert(event);
}

bool UsageLog::insert(const UsageRecord &event)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO events (hour, type, item, value) VALUES (?, ?, ?, ?)"));
    query.addBindValue(event.hour);
    query.addBindValue(event.type);
    query.addBindValue(event.item.isEmpty() ? QVariant() : QVariant(event.item));
    query.addBindValue(event.value < 0 ? QVariant() : QVariant(event.value));
    if (!query.exec()) {
        qCWarning(lcUsage) << "could not record an event:" << query.lastError().text();
        return false;
    }
    return true;
}

QList<UsageRecord> UsageLog::records() const
{
    QList<UsageRecord> result;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT hour, type, item, value FROM events ORDER BY id")))
        return result;
    while (query.next()) {
        const QVariant value = query.value(3);
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toString(), value.isNull() ? -1 : value.toLongLong()});
    }
    return result;
}

int UsageLog::count(const QString &type) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(type.isEmpty() ? QStringLiteral("SELECT count(*) FROM events")
                                 : QStringLiteral("SELECT count(*) FROM events WHERE type = ?"));
    if (!type.isEmpty())
        query.addBindValue(type);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

void UsageLog::setProblem(const QString &problem)
{
    if (m_problem == problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged(problem);
}

} // namespace pk
