#include "walkawaytimer.h"

#include <algorithm>

namespace pk {

WalkAwayTimer::WalkAwayTimer(QObject *parent)
    : QObject(parent)
{
    // A few checks a second keep the shown second within a quarter second of the truth.
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &WalkAwayTimer::tick);
    setElapsedSource({});
}

void WalkAwayTimer::setElapsedSource(std::function<qint64()> source)
{
    m_elapsed = source ? std::move(source) : [this] {
        return m_clock.isValid() ? m_clock.elapsed() : 0;
    };
}

void WalkAwayTimer::start(qint64 plannedMs)
{
    m_plannedMs = std::max<qint64>(1000, plannedMs);
    m_shownSeconds = -1;
    m_clock.start();
    m_timer.start();
    tick();
}

void WalkAwayTimer::stop()
{
    if (!isRunning())
        return;
    m_timer.stop();
    Q_EMIT stopped(std::min(elapsedMs(), m_plannedMs));
}

void WalkAwayTimer::cancel()
{
    m_timer.stop();
}

qint64 WalkAwayTimer::elapsedMs() const
{
    return std::max<qint64>(0, m_elapsed());
}

int WalkAwayTimer::secondsLeft() const
{
    const qint64 left = std::max<qint64>(0, m_plannedMs - elapsedMs());
    return static_cast<int>((left + 999) / 1000);
}

void WalkAwayTimer::tick()
{
    const int left = secondsLeft();
    if (left != m_shownSeconds) {
        m_shownSeconds = left;
        Q_EMIT secondsLeftChanged(left);
    }
    if (left == 0) {
        m_timer.stop();
        Q_EMIT finished();
    }
}

} // namespace pk
