#include "pingate.h"

#include "adminpin.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QThread>

#include <algorithm>
#include <memory>

namespace pk {

PinGate::PinGate(const QString &hash, Clock clock, QObject *parent)
    : QObject(parent)
    , m_hash(AdminPin::isWellFormed(hash) ? hash : QString())
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

PinGate::~PinGate()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void PinGate::rememberTriesIn(const QString &file, WallClock wallClock)
{
    m_memory = file;
    m_wallClock = wallClock ? std::move(wallClock) : [] {
        return QDateTime::currentMSecsSinceEpoch();
    };
    QSettings memory(m_memory, QSettings::IniFormat);
    const int failures = std::clamp(memory.value(QStringLiteral("failures")).toInt(), 0, 1000);
    const qint64 nextTry = memory.value(QStringLiteral("nextTry")).toLongLong();
    if (failures <= m_failures)
        return;
    m_failures = failures;
    // Never longer than the slow-down allows, whatever the clock did in between.
    const qint64 wait =
        std::clamp<qint64>(nextTry - m_wallClock(), 0, delayAfterFailures(m_failures));
    m_nextTryAt = std::max(m_nextTryAt, m_clock() + wait);
}

void PinGate::save() const
{
    if (m_memory.isEmpty())
        return;
    QSettings memory(m_memory, QSettings::IniFormat);
    if (m_failures == 0) {
        memory.clear();
    } else {
        memory.setValue(QStringLiteral("failures"), m_failures);
        memory.setValue(QStringLiteral("nextTry"), m_wallClock() + msUntilNextTry());
    }
    memory.sync();
    QFile::setPermissions(m_memory, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

qint64 PinGate::delayAfterFailures(int failures)
{
    if (failures < 2)
        return 0;
    constexpr qint64 MaxDelayMs = 5 * 60 * 1000;
    return std::min<qint64>(MaxDelayMs, qint64(1000) << std::min(failures - 1, 20));
}

PinGate::Result PinGate::conclude(bool accepted)
{
    if (accepted) {
        m_failures = 0;
        save();
        return Result::Accepted;
    }
    ++m_failures;
    m_nextTryAt = m_clock() + delayAfterFailures(m_failures);
    save();
    return Result::Wrong;
}

PinGate::Result PinGate::tryPin(const QString &pin)
{
    if (!hasPin())
        return Result::NoPin;
    if (msUntilNextTry() > 0 || isChecking())
        return Result::TooSoon;
    return conclude(AdminPin::verify(pin, m_hash));
}

PinGate::Result PinGate::startCheck(const QString &pin)
{
    if (!hasPin())
        return Result::NoPin;
    if (msUntilNextTry() > 0 || isChecking())
        return Result::TooSoon;
    auto accepted = std::make_shared<bool>(false);
    m_thread = QThread::create(
        [accepted, pin, hash = m_hash] { *accepted = AdminPin::verify(pin, hash); });
    m_thread->setObjectName(QStringLiteral("pin-check"));
    connect(m_thread, &QThread::finished, this, [this, accepted] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        Q_EMIT checked(conclude(*accepted));
    });
    m_thread->start(QThread::LowPriority);
    return Result::Checking;
}

qint64 PinGate::msUntilNextTry() const
{
    return std::max<qint64>(0, m_nextTryAt - m_clock());
}

} // namespace pk
