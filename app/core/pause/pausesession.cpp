#include "pausesession.h"

#include "usage/usagelog.h"

namespace pk {

PauseSession::PauseSession(UsageLog *log, QObject *parent)
    : QObject(parent)
    , m_log(log)
{}

void PauseSession::start(const QString &entry)
{
    if (m_active)
        return;
    m_active = true;
    m_clock.start();
    if (m_log)
        m_log->record(UsageEvent::PauseStarted, entry);
    Q_EMIT started();
}

void PauseSession::breathingCompleted(const QString &patternId, qint64 plannedMs, qint64 actualMs)
{
    Q_UNUSED(plannedMs)
    if (m_log)
        m_log->record(UsageEvent::BreathingCompleted, patternId, actualMs / 1000);
}

void PauseSession::end()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_log)
        m_log->record(UsageEvent::PauseEnded, {}, m_clock.elapsed() / 1000);
    Q_EMIT ended();
}

qint64 PauseSession::elapsedMs() const
{
    return m_active ? m_clock.elapsed() : 0;
}

} // namespace pk
