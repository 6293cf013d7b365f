#pragma once

#include "usageevent.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class QSqlQuery;

namespace pk {

// A count of one id (an exercise, a tip, a check-in answer) or of one hour.
struct NamedCount
{
    QString name;
    qint64 count = 0;
};
struct HourCount
{
    qint64 hour = 0; // hours since the epoch, UTC
    qint64 count = 0;
};
// One line of an export: how often an event type happened in one week (Monday to Sunday, UTC).
struct WeeklyCount
{
    qint64 week = 0; // weeks since Monday 1969-12-29
    QString type;
    qint64 count = 0;
};

// The SQLite side of the usage log. Not thread-safe: UsageLog uses it from its writer thread only.
class UsageStore
{
public:
    enum class Mode
    {
        Closed,
        OnDisk,
        InMemory,
        ReadOnly, // written by a newer Pauzeknop: read, never changed
    };
    struct Opened
    {
        Mode mode = Mode::Closed;
        QString problem;    // technical, for the log file
        QString movedAside; // where a damaged file was kept
        bool newerVersion = false;
    };

    explicit UsageStore(const QString &connectionName);
    ~UsageStore();

    Opened open(const QString &directory);
    Opened openInMemory(const QString &reason);
    void close();
    Mode mode() const { return m_mode; }

    // False when it could not be written; the caller decides about falling back.
    bool insert(const UsageRecord &event);

    QList<UsageRecord> records();
    qint64 count(const QString &type);
    // Events of one type older than an hour (hours since the epoch): what removeOlderThan takes.
    qint64 countOlderThan(const QString &type, qint64 hour);
    QList<HourCount> hourCounts(const QString &type);
    QList<NamedCount> itemCounts(const QString &type);
    QList<WeeklyCount> weeklyCounts();
    qint64 removeOlderThan(qint64 hour);
    // Removes the events of hours [from, to) and their totals, in one transaction.
    qint64 removeBetween(qint64 from, qint64 to);
    // Retention with a check of the clock: removes events older than days before nowHour,
    // except when the clock cannot be trusted: the newest event lies in the future (the clock
    // went back), or the run would remove every event (a long gap or a clock far ahead) and no
    // earlier start of another run saw the same (then it is held until a later start confirms).
    struct Retention
    {
        qint64 removed = 0;
        bool held = false;
        QString why;       // technical, for the log
        qint64 oldest = 0; // planRetention: remove hours [oldest, cutoff)
        qint64 cutoff = 0;
    };
    Retention planRetention(qint64 nowHour, int days);
    Retention applyRetention(qint64 nowHour, int days);
    bool removeAll();
    // Bytes the file uses (pages in use times page size), for the benchmark.
    qint64 bytesInUse();

private:
    enum class Failure
    {
        None,
        Corrupt,
        Newer,
        Busy, // another connection holds the file: worth a short wait
        Other,
    };
    Failure tryOpen(const QString &path, bool readOnly, QString *error);
    bool moveAside(const QString &path, QString *target);
    bool prepare();
    void loadNames();
    struct Span
    {
        qint64 oldest = 0;
        qint64 newest = -1; // -1: nothing stored
    };
    Span storedHours();
    int codeFor(const QString &name); // -1: not known and not creatable
    bool exec(const QString &sql);

    qint64 meta(const QString &key, qint64 fallback);
    void setMeta(const QString &key, qint64 value);
    void removeMeta(const QString &key);

    QString m_connection;
    qint64 m_run; // this instance's token: a "later start" is one with another token
    // The newest hour stored when the file was opened (-1: none, or in memory): retention's
    // clock check looks at what was there before this run, not at what this run's clock added.
    qint64 m_newestBeforeRun = -1;
    Mode m_mode = Mode::Closed;
    QHash<QString, int> m_codes;
    QHash<int, QString> m_names;
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<QSqlQuery> m_insertName;
};

} // namespace pk
