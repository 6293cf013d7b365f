#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace pk {

class UsageLog;

// One pause from the moment it opens until the person is back: records its anonymous events
// (ids and whole seconds only, never free text).
class PauseSession : public QObject
{
    Q_OBJECT

public:
    enum class CheckIn
    {
        Calmer,
        StillTense,
        NeedHelp,
    };

    explicit PauseSession(UsageLog *log, QObject *parent = nullptr);

    // entry says where the pause came from: "home", "cli", "breathe" (ids only).
    void start(const QString &entry);
    // A breathing round ran to its planned end (value: seconds breathed).
    void breathingCompleted(const QString &patternId, qint64 plannedMs, qint64 actualMs);
    // A breathing round was left before its end: its planned length, then the seconds breathed.
    void breathingStopped(const QString &patternId, qint64 plannedMs, qint64 actualMs);
    void checkedIn(CheckIn answer);
    void walkAwayStarted(qint64 plannedMs);
    void walkAwayEnded(qint64 actualMs);
    void tipShown(const QString &tipId);
    void end();
    bool isActive() const { return m_active; }
    qint64 elapsedMs() const;

    static QString checkInId(CheckIn answer);

Q_SIGNALS:
    void started();
    void ended();

private:
    void record(const QString &type, const QString &item, qint64 value = -1);

    UsageLog *m_log;
    QElapsedTimer m_clock;
    bool m_active = false;
};

} // namespace pk
