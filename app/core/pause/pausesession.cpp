#include "pausesession.h"

#include "usage/usagelog.h"

namespace pk {
namespace {

qint64 wholeSeconds(qint64 ms)
{
    return (std::max<qint64>(0, ms) + 500) / 1000;
}

} // namespace

PauseSession::PauseSession(UsageLog *log, QObject *parent)
    : QObject(parent)
    , m_log(log)
{}

void PauseSession::record(const QString &type, const QString &item, qint64 value)
{
    if (m_log)
        m_log->record(type, item, value);
}

void PauseSession::start(const QString &entry)
{
    if (m_active)
        return;
    m_active = true;
    m_clock.start();
    record(UsageEvent::PauseStarted, entry);
    Q_EMIT started();
}

void PauseSession::breathingCompleted(const QString &patternId, qint64 plannedMs, qint64 actualMs)
{
    // A round that ran to its end lasted what was planned; the frame it ended on is noise.
    Q_UNUSED(actualMs)
    record(UsageEvent::BreathingCompleted, patternId, wholeSeconds(plannedMs));
}

void PauseSession::breathingStopped(const QString &patternId, qint64 plannedMs, qint64 actualMs)
{
    record(UsageEvent::BreathingPlanned, patternId, wholeSeconds(plannedMs));
    record(UsageEvent::BreathingStopped, patternId, wholeSeconds(actualMs));
}

QString PauseSession::checkInId(CheckIn answer)
{
    switch (answer) {
    case CheckIn::Calmer:
        return QStringLiteral("calmer");
    case CheckIn::StillTense:
        return QStringLiteral("tense");
    case CheckIn::NeedHelp:
        return QStringLiteral("help");
    }
    return {};
}

void PauseSession::checkedIn(CheckIn answer)
{
    record(UsageEvent::CheckIn, checkInId(answer));
}

void PauseSession::walkAwayStarted(qint64 plannedMs)
{
    record(UsageEvent::WalkAwayStarted, {}, wholeSeconds(plannedMs));
}

void PauseSession::walkAwayEnded(qint64 actualMs)
{
    record(UsageEvent::WalkAwayEnded, {}, wholeSeconds(actualMs));
}

void PauseSession::tipShown(const QString &tipId)
{
    if (!tipId.isEmpty())
        record(UsageEvent::TipShown, tipId);
}

void PauseSession::end()
{
    if (!m_active)
        return;
    m_active = false;
    record(UsageEvent::PauseEnded, {}, m_clock.elapsed() / 1000);
    Q_EMIT ended();
}

qint64 PauseSession::elapsedMs() const
{
    return m_active ? m_clock.elapsed() : 0;
}

} // namespace pk
