#include "pingate.h"

#include "adminpin.h"

#include <QElapsedTimer>

#include <algorithm>

namespace pk {

PinGate::PinGate(const QString &hash, Clock clock)
    : m_hash(AdminPin::isWellFormed(hash) ? hash : QString())
    , m_clock(std::move(clock))
{
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_clock = [timer] {
            return timer->elapsed();
        };
    }
    m_nextTryAt = m_clock();
}

qint64 PinGate::delayAfterFailures(int failures)
{
    if (failures < 2)
        return 0;
    constexpr qint64 MaxDelayMs = 5 * 60 * 1000;
    return std::min<qint64>(MaxDelayMs, qint64(1000) << std::min(failures - 1, 20));
}

PinGate::Result PinGate::tryPin(const QString &pin)
{
    if (!hasPin())
        return Result::NoPin;
    if (msUntilNextTry() > 0)
        return Result::TooSoon;
    if (AdminPin::verify(pin, m_hash)) {
        m_failures = 0;
        return Result::Accepted;
    }
    ++m_failures;
    m_nextTryAt = m_clock() + delayAfterFailures(m_failures);
    return Result::Wrong;
}

qint64 PinGate::msUntilNextTry() const
{
    return std::max<qint64>(0, m_nextTryAt - m_clock());
}

} // namespace pk
