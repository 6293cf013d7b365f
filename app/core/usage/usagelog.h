#pragma once

#include "usageevent.h"
#include "usageinsights.h"
#include "usagestore.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace pk {

// The anonymous usage log: one SQLite file, or memory when the file cannot be used.
// Logging is a side effect, never a gate: every failure falls back and is reported, none throws.
// All disk work happens on one writer thread, so record() never waits for the disk.
class UsageLog : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Closed,
        OnDisk,
        InMemory,
        ReadOnly, // a newer Pauzeknop wrote the file: shown, never changed
    };
    // What the person may want to know about the log, in calm words: see statusText().
    enum class Status
    {
        Fine,
        Off,
        MovedAside,
        InMemory,
        NewerVersion,
    };

    explicit UsageLog(QObject *parent = nullptr);
    ~UsageLog() override;

    static QString fileName();

    // Opens (or creates) the log in a folder and waits for it. False: it runs in memory or
    // read-only; problem() says why.
    bool open(const QString &directory);
    // The same without waiting (used at start-up), then retention (days, 0: forever). Events
    // recorded meanwhile are kept in order.
    void openInBackground(const QString &directory, int retentionDays = 0);
    void openInMemory(const QString &reason = {});
    void close();

    // Records one event. Types and items must be plain ids (letters, digits, _ . -): this is
    // how the log guarantees it never holds free text. Returns at once (the writer thread
    // stores it); false when refused, when logging is off or when the log is read-only.
    bool record(const QString &type, const QString &item = {}, qint64 value = -1);
    // Waits until every event recorded so far is committed to the file: from then on it
    // survives a crash of Pauzeknop. False when any event of this session is not in the file
    // (the log fell back to memory, a write failed): only what is on disk is acknowledged.
    bool flush();

    // Logging on or off (Settings key Logging). Off keeps what is stored; nothing new is added.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // Removes events older than days (0: keep forever). Returns how many were removed. Held
    // (nothing removed) when the clock cannot be trusted: see UsageStore::applyRetention.
    qint64 applyRetention(int days);
    // How many pauses applyRetention(days) would remove now (0 for 0 days: kept forever), so
    // that a screen can ask first.
    qint64 pausesOlderThan(int days) const;
    // The same on the writer thread, without waiting (a choice in Settings): contentsChanged()
    // follows when something was removed.
    void applyRetentionLater(int days);
    bool lastRetentionHeld() const { return m_retentionHeld; }
    // Removes every event, and the damaged copies kept aside in the same folder.
    bool deleteEverything();

    QList<UsageRecord> records() const;
    qint64 count(const QString &type = {}) const;
    UsageInsights insights() const;
    UsageInsights insights(const QDateTime &now) const;
    QList<WeeklyCount> weeklyCounts() const;
    qint64 bytesInUse() const;

    State state() const { return m_state; }
    QString filePath() const { return m_filePath; }
    QString problem() const { return m_problem; }
    QString movedAsidePath() const { return m_movedAside; }
    Status status() const;
    // A short, calm, translated note for the settings and My pauses screens ("" when fine).
    QString statusText() const;

    // Seconds since the epoch; replaceable in tests.
    void setClock(std::function<qint64()> secondsSinceEpoch);
    qint64 nowSeconds() const { return m_clock(); }

Q_SIGNALS:
    void problemChanged(const QString &problem);
    void statusChanged();
    // Events were removed (retention, delete): screens that show them refresh.
    void contentsChanged();

private:
    template <typename F>
    auto onWriter(F function) const -> decltype(function());
    void applyOpened(const UsageStore::Opened &opened);
    void write(const UsageRecord &event); // writer thread
    void flushPending();                  // writer thread
    qint64 retain(int days);              // writer thread
    // Writer thread: retention in steps of half a day, each its own transaction and queued after
    // whatever else waits (a My pauses refresh, a new event), so nothing waits long for it.
    void retainInSteps(int days);
    void retainStep(qint64 from, qint64 cutoff, qint64 removed, quint64 generation);
    void store(const UsageRecord &event); // writer thread: insert, counting what misses the disk

    QThread m_thread;
    std::unique_ptr<QObject> m_writer; // lives in m_thread: the context for its work
    std::unique_ptr<UsageStore> m_store;
    QList<UsageRecord> m_pending; // writer thread: events recorded before the log opened
    qint64 m_notOnDisk = 0;       // writer thread: events of this session that are not in the file
    quint64 m_generation = 0;     // writer thread: changes when the log is opened or closed
    QString m_filePath;
    QString m_problem;
    QString m_movedAside;
    State m_state = State::Closed;
    bool m_newerVersion = false;
    bool m_enabled = true;
    std::atomic<bool> m_retentionHeld = false; // written on the writer thread
    std::function<qint64()> m_clock;
};

} // namespace pk
