#pragma once

#include <QString>

#include <functional>

namespace pk {

// Checks the admin PIN and slows down guessing: after two wrong tries each further try must
// wait longer (2 s, 4 s, 8 s ... at most 5 minutes). Nothing sleeps: a try that comes too soon
// is refused at once and the screen counts down with msUntilNextTry().
class PinGate
{
public:
    enum class Result
    {
        Accepted,
        Wrong,
        TooSoon, // not checked: wait msUntilNextTry()
        NoPin,   // no admin PIN is set, nothing can be unlocked
    };
    // Milliseconds of a monotonic clock; injectable so tests need not wait.
    using Clock = std::function<qint64()>;

    explicit PinGate(const QString &hash, Clock clock = {});

    bool hasPin() const { return !m_hash.isEmpty(); }
    Result tryPin(const QString &pin);
    qint64 msUntilNextTry() const;
    int failures() const { return m_failures; }
    static qint64 delayAfterFailures(int failures);

private:
    QString m_hash;
    Clock m_clock;
    int m_failures = 0;
    qint64 m_nextTryAt = 0;
};

} // namespace pk
