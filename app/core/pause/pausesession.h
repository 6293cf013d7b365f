#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace pk {

class UsageLog;

// One pause from the moment it opens until the person is back: records its anonymous events.
class PauseSession : public QObject
{
    Q_OBJECT

public:
    explicit PauseSession(UsageLog *log, QObject *parent = nullptr);

    // entry says where the pause came from: "home", "cli" (ids only, never free text).
    void start(const QString &entry);
    void breathingCompleted(const QString &patternId, qint64 plannedMs, qint64 actualMs);
    void end();
    bool isActive() const { return m_active; }
    qint64 elapsedMs() const;

Q_SIGNALS:
    void started();
    void ended();

private:
    UsageLog *m_log;
    QElapsedTimer m_clock;
    bool m_active = false;
};

} // namespace pk
