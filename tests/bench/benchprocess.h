#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

// A program started by the benchmark: reports what it prints, how long things took, its memory,
// CPU time and how often it woke up (from /proc).
class BenchProcess
{
public:
    BenchProcess(const QString &program, const QStringList &arguments,
                 const QProcessEnvironment &environment);
    ~BenchProcess();

    // Milliseconds from start() until a line starting with prefix was printed (-1: not in time).
    // The rest of that line is kept in lastValue().
    double waitFor(const QByteArray &prefix, int timeoutMs = 10'000);
    QByteArray lastValue() const { return m_value; }
    double msSinceStart() const;
    qint64 pid() const;
    double rssMb() const;
    // User + system CPU time so far, in ms (all threads).
    double cpuMs() const;
    // Context switches so far, voluntary and not, over all threads: each is a wake-up.
    qint64 wakeUps() const;
    void waitForExit(int timeoutMs = 10'000);

private:
    std::unique_ptr<QProcess> m_process;
    qint64 m_startNs = 0;
    QByteArray m_buffer;
    QByteArray m_value;
};

double cpuMsOfPid(qint64 pid);
