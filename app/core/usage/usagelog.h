#pragma once

#include "usageevent.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace pk {

// The anonymous usage log: one SQLite file, or memory when the file cannot be used.
// Logging is a side effect, never a gate: every failure falls back and is reported, none throws.
class UsageLog : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Closed,
        OnDisk,
        InMemory,
    };

    explicit UsageLog(QObject *parent = nullptr);
    ~UsageLog() override;

    static QString fileName();

    // Opens (or creates) the log in a folder. False: it runs in memory; problem() says why.
    bool open(const QString &directory);
    void openInMemory(const QString &reason = {});
    void close();

    // Records one event. Types and items must be plain ids (letters, digits, _ . -): this is
    // how the log guarantees it never holds free text. Before open(), events wait in memory
    // and are written when the log opens, so a pause never waits for the disk.
    bool record(const QString &type, const QString &item = {}, qint64 value = -1);

    QList<UsageRecord> records() const;
    int count(const QString &type = {}) const;

    State state() const { return m_state; }
    QString filePath() const { return m_filePath; }
    QString problem() const { return m_problem; }
    QString movedAsidePath() const { return m_movedAside; }

    // Seconds since the epoch; replaceable in tests.
    void setClock(std::function<qint64()> secondsSinceEpoch);

Q_SIGNALS:
    void problemChanged(const QString &problem);

private:
    enum class Failure
    {
        None,
        Corrupt,
        Other,
    };
    Failure tryOpen(const QString &path, QString *error);
    bool moveAside(const QString &path);
    bool insert(const UsageRecord &event);
    void flushPending();
    void setProblem(const QString &problem);

    QString m_connection;
    QString m_filePath;
    QString m_problem;
    QString m_movedAside;
    QList<UsageRecord> m_pending;
    State m_state = State::Closed;
    std::function<qint64()> m_clock;
};

} // namespace pk
