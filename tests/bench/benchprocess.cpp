#include "benchprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

namespace {

QElapsedTimer &benchClock()
{
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    return timer;
}

} // namespace

double cpuMsOfPid(qint64 pid)
{
    // schedstat: nanoseconds on a CPU, per thread; summed over the process's threads.
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    const QStringList threads = tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (threads.isEmpty())
        return -1;
    double ns = 0;
    for (const QString &task : threads) {
        QFile stat(tasks.filePath(task + QStringLiteral("/schedstat")));
        if (stat.open(QIODevice::ReadOnly))
            ns += stat.readAll().split(' ').constFirst().toDouble();
    }
    return ns / 1e6;
}

BenchProcess::BenchProcess(const QString &program, const QStringList &arguments,
                           const QProcessEnvironment &environment)
    : m_process(std::make_unique<QProcess>())
{
    m_process->setProcessEnvironment(environment);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardErrorFile(QProcess::nullDevice());
    m_startNs = benchClock().nsecsElapsed();
    m_process->start(program, arguments);
}

BenchProcess::~BenchProcess()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5'000);
    }
}

double BenchProcess::msSinceStart() const
{
    return (benchClock().nsecsElapsed() - m_startNs) / 1e6;
}

double BenchProcess::waitFor(const QByteArray &prefix, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < timeoutMs) {
        qsizetype end;
        while ((end = m_buffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 1);
            if (line.startsWith(prefix)) {
                m_value = line.mid(prefix.size()).trimmed();
                return msSinceStart();
            }
        }
        if (!m_process->waitForReadyRead(50) && m_process->state() == QProcess::NotRunning)
            return -1;
        m_buffer += m_process->readAllStandardOutput();
    }
    return -1;
}

qint64 BenchProcess::pid() const
{
    return m_process->processId();
}

double BenchProcess::rssMb() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

double BenchProcess::cpuMs() const
{
    return cpuMsOfPid(pid());
}

qint64 BenchProcess::wakeUps() const
{
    qint64 total = 0;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid()));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile status(tasks.filePath(task + QStringLiteral("/status")));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("voluntary_ctxt_switches:") ||
                line.startsWith("nonvoluntary_ctxt_switches:"))
                total += line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
        }
    }
    return total;
}

void BenchProcess::waitForExit(int timeoutMs)
{
    m_process->waitForFinished(timeoutMs);
}
