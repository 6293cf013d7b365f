// The start-up benchmark of issue #12: every figure as a ratio to a bare Qt Widgets window
// (bare_window.cpp) measured in the same run, under Xvfb and offscreen, interleaved rounds,
// medians with min-max. A report, not a test: it never fails on time.
//   startup_bench BARE_WINDOW PAUZEKNOP [ROUNDS]
#include "benchprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace {

struct Series
{
    QList<double> values;
    void add(double value)
    {
        if (value >= 0)
            values.append(value);
    }
    double median() const
    {
        if (values.isEmpty())
            return -1;
        QList<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype n = sorted.size();
        return n % 2 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2;
    }
    QString text(const char *unit) const
    {
        if (values.isEmpty())
            return QStringLiteral("n/a");
        const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
        return QStringLiteral("%1 %4 (%2-%3)")
            .arg(median(), 0, 'f', 1)
            .arg(*low, 0, 'f', 1)
            .arg(*high, 0, 'f', 1)
            .arg(QString::fromLatin1(unit));
    }
};

struct Row
{
    QString figure;
    Series bare;
    Series ours;
    const char *unit;
    QString target;
};

QList<Row> g_rows;

void addRow(const QString &figure, const Series &bare, const Series &ours, const char *unit,
            const QString &target)
{
    g_rows.append({figure, bare, ours, unit, target});
}

void sleepMs(int ms)
{
    QThread::msleep(ms);
}

class Bench
{
public:
    Bench(QString bare, QString app, QString platform, QProcessEnvironment env, int rounds)
        : m_bare(std::move(bare))
        , m_app(std::move(app))
        , m_platform(std::move(platform))
        , m_env(std::move(env))
        , m_rounds(rounds)
    {
        // Sound off: breathing is compared with a silent circle, and nothing waits for audio.
        QFile settings(m_data.filePath(QStringLiteral("settings.ini")));
        if (settings.open(QIODevice::WriteOnly))
            settings.write("[sound]\ncues=false\nspokenCues=false\n");
        m_env.insert(QStringLiteral("PAUZEKNOP_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    }

    BenchProcess *app(const QStringList &extra, QProcessEnvironment env = {})
    {
        if (env.isEmpty())
            env = m_env;
        return new BenchProcess(
            m_app, QStringList{QStringLiteral("--data-dir"), m_data.path()} + extra, env);
    }
    BenchProcess *bare(const QStringList &extra = {})
    {
        return new BenchProcess(m_bare, extra, m_env);
    }

    void startUp()
    {
        Series bare, word, home, pause, handOff, secondAlone, bareCpu, homeCpu;
        // CPU time (all threads) until the first paint: steadier than the clock on a busy machine.
        const auto timed = [](BenchProcess *process, Series *wall, Series *cpu) {
            const std::unique_ptr<BenchProcess> owned(process);
            const double ms = owned->waitFor("first-paint");
            wall->add(ms);
            if (cpu && ms >= 0)
                cpu->add(owned->cpuMs());
        };
        { // warm the file cache for both before timing
            std::unique_ptr<BenchProcess>(bare_())->waitFor("first-paint");
            std::unique_ptr<BenchProcess>(app({}))->waitFor("first-paint");
        }
        for (int i = 0; i < m_rounds; ++i) {
            timed(bare_(), &bare, &bareCpu);
            timed(bare_({QStringLiteral("--word")}), &word, nullptr);
            timed(app({}), &home, &homeCpu);
            pause.add(std::unique_ptr<BenchProcess>(app({QStringLiteral("--pause")}))
                          ->waitFor("first-paint"));
            // Hand-off: a running Pauzeknop on home, settled; then `pauzeknop --pause`.
            std::unique_ptr<BenchProcess> primary(app({}));
            if (primary->waitFor("first-paint") < 0)
                continue;
            sleepMs(800);
            std::unique_ptr<BenchProcess> second(app({QStringLiteral("--pause")}));
            if (primary->waitFor("pause-painted") >= 0)
                handOff.add(second->msSinceStart());
            second->waitForExit();
            secondAlone.add(second->msSinceStart());
        }
        addRow(QStringLiteral("start to first painted home"), bare, home, "ms",
               QStringLiteral("<= 1.3x"));
        // For scale: the same bare window with one word of text in a QLabel.
        addRow(QStringLiteral("  for scale: the bare window showing one word"), bare, word, "ms",
               QString());
        addRow(QStringLiteral("  CPU time (all threads) until that first paint"), bareCpu, homeCpu,
               "ms", QString());
        addRow(QStringLiteral("--pause to first painted pause"), bare, pause, "ms",
               QStringLiteral("<= 1.3x"));
        addRow(QStringLiteral("hand-off: --pause to running one's painted pause"), bare, handOff,
               "ms", QStringLiteral("<= 0.7x"));
        addRow(QStringLiteral("hand-off: the second process alone (upper bound)"), bare,
               secondAlone, "ms", QString());
    }

    void presses()
    {
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("PAUZEKNOP_BENCH_PRESSES"), QString::number(m_rounds + 1));
        Series first, later;
        for (int run = 0; run < 3; ++run) {
            std::unique_ptr<BenchProcess> process(app({}, env));
            process->waitFor("first-paint");
            for (int i = 0; i <= m_rounds; ++i) {
                if (process->waitFor("pause-painted ", 5'000) < 0)
                    break;
                (i == 0 ? first : later).add(process->lastValue().toDouble());
            }
        }
        addRow(QStringLiteral("home: Pause press to painted pause, first time"), {}, first, "ms",
               QStringLiteral("<= 50 ms"));
        addRow(QStringLiteral("home: Pause press to painted pause, later"), {}, later, "ms",
               QStringLiteral("<= 16.7 ms (1 frame)"));
    }

    void memory()
    {
        Series bare, word, ours;
        for (int i = 0; i < 3; ++i) {
            std::unique_ptr<BenchProcess> b(bare_());
            std::unique_ptr<BenchProcess> w(bare_({QStringLiteral("--word")}));
            std::unique_ptr<BenchProcess> a(app({}));
            sleepMs(5'000);
            bare.add(b->rssMb());
            word.add(w->rssMb());
            ours.add(a->rssMb());
        }
        addRow(QStringLiteral("RSS 5 s after start"), bare, ours, "MB", QStringLiteral("<= 1.4x"));
        addRow(QStringLiteral("  for scale: the bare window showing one word"), bare, word, "MB",
               QString());
    }

    void idle()
    {
        Series bare, window, tray;
        std::unique_ptr<BenchProcess> b(bare_());
        std::unique_ptr<BenchProcess> a(app({}));
        std::unique_ptr<BenchProcess> t(app({QStringLiteral("--tray")}, trayEnv()));
        b->waitFor("first-paint");
        a->waitFor("first-paint");
        sleepMs(3'000); // what follows the first paint is done
        const qint64 b0 = b->wakeUps(), a0 = a->wakeUps(), t0 = t->wakeUps();
        sleepMs(10'000);
        bare.add(double(b->wakeUps() - b0));
        window.add(double(a->wakeUps() - a0));
        tray.add(double(t->wakeUps() - t0));
        addRow(QStringLiteral("idle wake-ups in 10 s, window on home"), bare, window, "",
               QStringLiteral("0"));
        addRow(QStringLiteral("idle wake-ups in 10 s, --tray (window when no tray)"), bare, tray,
               "", QStringLiteral("0"));
    }

    void breathing(qint64 serverPid)
    {
        Series bare, ours, bareX, oursX;
        for (int i = 0; i < 3; ++i) {
            for (bool mine : {false, true}) {
                std::unique_ptr<BenchProcess> p(mine ? app({QStringLiteral("--breathe")})
                                                     : bare_({QStringLiteral("--circle")}));
                p->waitFor("first-paint");
                sleepMs(1'000);
                const double c0 = p->cpuMs(), x0 = serverPid ? cpuMsOfPid(serverPid) : 0;
                sleepMs(5'000);
                (mine ? ours : bare).add((p->cpuMs() - c0) / 50.0); // % of one core
                (mine ? oursX : bareX).add(serverPid ? (cpuMsOfPid(serverPid) - x0) / 50.0 : -1);
            }
        }
        addRow(QStringLiteral("breathing CPU, % of a core (bare: 60 fps full-repaint circle)"),
               bare, ours, "%", QStringLiteral("<= 0.3x"));
        if (serverPid)
            addRow(QStringLiteral("  ... and in the X server meanwhile"), bareX, oursX, "%",
                   QString());
    }

private:
    BenchProcess *bare_(const QStringList &extra = {}) { return bare(extra); }
    QProcessEnvironment trayEnv() const { return m_env; }

    QString m_bare;
    QString m_app;
    QString m_platform;
    QProcessEnvironment m_env;
    int m_rounds;
    QTemporaryDir m_data;
};

// A private X server for the Xvfb half; 0 when Xvfb is missing.
qint64 startXvfb(QProcess *server, QString *display)
{
    for (int n = 91; n < 140; ++n) {
        if (QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)) ||
            QFile::exists(QStringLiteral("/tmp/.X%1-lock").arg(n)))
            continue;
        server->start(QStringLiteral("Xvfb"),
                      {QStringLiteral(":%1").arg(n), QStringLiteral("-screen"), QStringLiteral("0"),
                       QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"),
                       QStringLiteral("tcp"), QStringLiteral("-noreset")});
        if (!server->waitForStarted(3'000))
            return 0;
        for (int i = 0; i < 100 && !QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)); ++i)
            QThread::msleep(30);
        *display = QStringLiteral(":%1").arg(n);
        return server->processId();
    }
    return 0;
}

void printTable(const QString &platform)
{
    std::printf("\n== %s ==\n", qUtf8Printable(platform));
    std::printf("%-58s %-24s %-24s %-7s %s\n", "figure", "bare Qt window", "Pauzeknop", "ratio",
                "target");
    for (const Row &row : std::as_const(g_rows)) {
        const double b = row.bare.median(), o = row.ours.median();
        const QString ratio = b > 0 && o >= 0 ? QString::number(o / b, 'f', 2) + QLatin1Char('x')
                                              : QStringLiteral("-");
        std::printf("%-58s %-24s %-24s %-7s %s\n", qUtf8Printable(row.figure),
                    qUtf8Printable(row.bare.values.isEmpty() ? QStringLiteral("-")
                                                             : row.bare.text(row.unit)),
                    qUtf8Printable(row.ours.text(row.unit)), qUtf8Printable(ratio),
                    qUtf8Printable(row.target));
    }
    std::fflush(stdout);
    g_rows.clear();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fputs("usage: startup_bench BARE_WINDOW PAUZEKNOP [ROUNDS]\n", stderr);
        return 2;
    }
    const int rounds = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 7;
    std::printf("Pauzeknop start-up benchmark: %d interleaved rounds, medians (min-max); "
                "ratios are Pauzeknop / bare Qt window in the same run.\n",
                rounds);
    QTemporaryDir runtime; // a private XDG_RUNTIME_DIR: hand-offs meet only this run's copies
    QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment base = QProcessEnvironment::systemEnvironment();
    base.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    base.remove(QStringLiteral("QT_QPA_PLATFORM"));
    base.remove(QStringLiteral("DISPLAY"));
    base.remove(QStringLiteral("WAYLAND_DISPLAY"));

    QProcess server;
    QString display;
    if (const qint64 serverPid = startXvfb(&server, &display)) {
        QProcessEnvironment env = base;
        env.insert(QStringLiteral("DISPLAY"), display);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        Bench bench(args.at(1), args.at(2), QStringLiteral("xvfb"), env, rounds);
        bench.startUp();
        bench.presses();
        bench.memory();
        bench.idle();
        bench.breathing(serverPid);
        printTable(QStringLiteral("Xvfb 1280x800 (xcb)"));
        server.terminate();
        server.waitForFinished(3'000);
    } else {
        std::printf("\n(Xvfb not found: only offscreen)\n");
    }
    QProcessEnvironment env = base;
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    Bench bench(args.at(1), args.at(2), QStringLiteral("offscreen"), env, rounds);
    bench.startUp();
    bench.presses();
    bench.memory();
    bench.idle();
    bench.breathing(0);
    printTable(QStringLiteral("offscreen"));
    return 0;
}
