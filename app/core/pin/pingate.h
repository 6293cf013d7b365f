#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QThread;

namespace pk {

// Checks the admin PIN and slows down guessing: after two wrong tries each further try must
// wait longer (2 s, 4 s, 8 s ... at most 5 minutes). Nothing sleeps: a try that comes too soon
// is refused at once and the screen counts down with msUntilNextTry(). The check itself (about
// a second of PBKDF2) runs on its own thread (startCheck), and wrong tries can be remembered in
// a file so that the wait is kept across restarts (rememberTriesIn).
class PinGate : public QObject
{
    Q_OBJECT

public:
    enum class Result
    {
        Accepted,
        Wrong,
        TooSoon,  // not checked: wait msUntilNextTry()
        NoPin,    // no admin PIN is set, nothing can be unlocked
        Checking, // startCheck: the answer comes with checked()
    };
    Q_ENUM(Result)
    // Milliseconds of a monotonic clock; injectable so tests need not wait.
    using Clock = std::function<qint64()>;
    // Milliseconds since the epoch (the wall clock, for the remembered wait).
    using WallClock = std::function<qint64()>;

    explicit PinGate(const QString &hash, Clock clock = {}, QObject *parent = nullptr);
    ~PinGate() override; // waits for a check still running

    // Keeps the count of wrong tries and the time of the next allowed try in file (private to
    // the user) and takes over what an earlier run left there. A clock set back never makes the
    // wait longer than the slow-down allows.
    void rememberTriesIn(const QString &file, WallClock wallClock = {});

    bool hasPin() const { return !m_hash.isEmpty(); }
    // Checks on the calling thread (the command line, tests).
    Result tryPin(const QString &pin);
    // Checks on a worker thread: returns Checking and later emits checked(Accepted or Wrong),
    // or returns TooSoon / NoPin at once. A try while one is running returns TooSoon.
    Result startCheck(const QString &pin);
    bool isChecking() const { return m_thread != nullptr; }
    qint64 msUntilNextTry() const;
    int failures() const { return m_failures; }
    static qint64 delayAfterFailures(int failures);

Q_SIGNALS:
    void checked(pk::PinGate::Result result);

private:
    Result conclude(bool accepted);
    void save() const;

    QString m_hash;
    Clock m_clock;
    WallClock m_wallClock;
    QString m_memory;
    int m_failures = 0;
    qint64 m_nextTryAt = 0;
    QThread *m_thread = nullptr;
};

} // namespace pk
