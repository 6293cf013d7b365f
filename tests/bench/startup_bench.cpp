// Start-up benchmark: process start to first painted window, and memory at that moment,
// for Pauzeknop and for a bare Qt Widgets window, alternating runs in the same session.
// Prints medians and the ratio Pauzeknop / bare. A benchmark, not a test: it never fails on time.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

struct Sample
{
    double ms = -1;
    double rssMb = -1;
};

double rssMbOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

Sample measure(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PAUZEKNOP_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    Sample sample;
    while (process.waitForReadyRead(10'000)) {
        if (process.readAllStandardOutput().contains("first-paint")) {
            sample.ms = clock.nsecsElapsed() / 1e6;
            sample.rssMb = rssMbOf(process.processId());
            break;
        }
    }
    process.kill();
    process.waitForFinished();
    return sample;
}

double median(QList<double> values)
{
    values.removeIf([](double v) { return v < 0; });
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fputs("usage: startup_bench BARE_WINDOW PAUZEKNOP [RUNS]\n", stderr);
        return 2;
    }
    const int runs = args.size() > 3 ? args.at(3).toInt() : 15;
    QTemporaryDir dataDir;
    QList<double> bareMs, bareRss, appMs, appRss;
    measure(args.at(1), {}); // warm the file cache for both before timing
    measure(args.at(2), {QStringLiteral("--data-dir"), dataDir.path()});
    for (int i = 0; i < runs; ++i) {
        const Sample bare = measure(args.at(1), {});
        const Sample ours = measure(args.at(2), {QStringLiteral("--data-dir"), dataDir.path(),
                                                 QStringLiteral("--lang"), QStringLiteral("nl")});
        bareMs.append(bare.ms);
        bareRss.append(bare.rssMb);
        appMs.append(ours.ms);
        appRss.append(ours.rssMb);
    }
    const double bm = median(bareMs), br = median(bareRss), am = median(appMs), ar = median(appRss);
    std::printf(
        "platform: %s, runs: %d (medians)\n",
        qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("default")).toUtf8().constData(),
        runs);
    std::printf("bare Qt window : %7.1f ms to first paint, %6.1f MB RSS\n", bm, br);
    std::printf("Pauzeknop home : %7.1f ms to first paint, %6.1f MB RSS\n", am, ar);
    if (bm > 0 && br > 0)
        std::printf("ratio          : %7.2f x time, %6.2f x memory\n", am / bm, ar / br);
    return 0;
}
