// The pause key benchmark (issue #14): how fast the pause opens from the global key compared
// with the `pauzeknop --pause` hand-off, both as the first pause of a running Pauzeknop on home,
// in the same run, alternating; and what the bound key costs when nobody presses it. Under a
// private Xvfb (the X11 way: no portal on the run's session bus), keys pressed with XTest.
// A report, not a test: it never fails on time.
//   shortcut_bench PAUZEKNOP [ROUNDS]
#include "benchprocess.h"
#include "shortcut/x11keymap.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <xcb/xcb.h>
#include <xcb/xtest.h>

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
    QByteArray text(const char *unit) const
    {
        if (values.isEmpty())
            return "n/a";
        const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
        return QStringLiteral("%1 %4 (%2-%3, n=%5)")
            .arg(median(), 0, 'f', 1)
            .arg(*low, 0, 'f', 1)
            .arg(*high, 0, 'f', 1)
            .arg(QString::fromLatin1(unit))
            .arg(values.size())
            .toUtf8();
    }
};

// Presses Ctrl+Alt+P through XTest, as a keyboard would.
class Keyboard
{
public:
    explicit Keyboard(const QString &display)
        : m_connection(xcb_connect(display.toLocal8Bit().constData(), nullptr))
    {
        if (xcb_connection_has_error(m_connection))
            return;
        const pk::X11Keymap keymap = pk::X11Keymap::read(m_connection);
        const auto first = [&keymap](xcb_keysym_t keysym) {
            const QList<xcb_keycode_t> codes = keymap.keycodesFor(keysym);
            return codes.isEmpty() ? xcb_keycode_t(0) : codes.constFirst();
        };
        m_keys = {first(0xffe3) /* Control_L */, first(0xffe9) /* Alt_L */,
                  first(pk::X11Keymap::keysymFor(Qt::Key_P))};
    }
    ~Keyboard() { xcb_disconnect(m_connection); }
    bool ok() const
    {
        return !xcb_connection_has_error(m_connection) && !m_keys.contains(xcb_keycode_t(0));
    }
    void pressCtrlAltP()
    {
        for (xcb_keycode_t key : std::as_const(m_keys))
            xcb_test_fake_input(m_connection, XCB_KEY_PRESS, key, XCB_CURRENT_TIME, XCB_NONE, 0, 0,
                                0);
        for (auto key = m_keys.crbegin(); key != m_keys.crend(); ++key)
            xcb_test_fake_input(m_connection, XCB_KEY_RELEASE, *key, XCB_CURRENT_TIME, XCB_NONE, 0,
                                0, 0);
        xcb_flush(m_connection);
    }

private:
    xcb_connection_t *m_connection;
    QList<xcb_keycode_t> m_keys;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fputs("usage: shortcut_bench PAUZEKNOP [ROUNDS]\n", stderr);
        return 2;
    }
    const QString program = args.at(1);
    const int rounds = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 7;

    QTemporaryDir tmp, runtime, keyOn, keyOff, managed;
    QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    for (const QTemporaryDir *data : {&keyOn, &keyOff}) {
        QFile settings(data->filePath(QStringLiteral("settings.ini")));
        if (settings.open(QIODevice::WriteOnly))
            settings.write(data == &keyOn ? "[sound]\ncues=false\n"
                                          : "[sound]\ncues=false\n[shortcut]\npause=off\n");
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), tmp.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    env.insert(QStringLiteral("PAUZEKNOP_MANAGED_DIR"), managed.path());
    env.insert(QStringLiteral("PAUZEKNOP_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    // No portal: the X11 way, the one this machine can measure.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + tmp.filePath(QStringLiteral("no-bus")));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));

    QProcess server;
    server.setProcessEnvironment(env);
    server.start(QStringLiteral("Xvfb"),
                 {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                  QStringLiteral("0"), QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"),
                  QStringLiteral("tcp"), QStringLiteral("-noreset")});
    if (!server.waitForReadyRead(10'000)) {
        std::puts("shortcut_bench: Xvfb not found or not starting; nothing measured.");
        return 0;
    }
    const QString display = QLatin1Char(':') + QString::fromLatin1(server.readAll().trimmed());
    env.insert(QStringLiteral("DISPLAY"), display);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    Keyboard keyboard(display);
    if (!keyboard.ok()) {
        std::puts("shortcut_bench: no XTest keyboard on the private display; nothing measured.");
        return 0;
    }
    const auto start = [&](const QTemporaryDir &data, const QStringList &extra = {}) {
        return std::make_unique<BenchProcess>(
            program, QStringList{QStringLiteral("--data-dir"), data.path()} + extra, env);
    };

    Series key, keyInside, handOff, handOffInside, missed;
    { // warm the file cache
        auto warm = start(keyOn);
        warm->waitFor("first-paint");
    }
    for (int i = 0; i < rounds; ++i) {
        for (bool viaKey : {i % 2 == 0, i % 2 != 0}) {
            // A running Pauzeknop on home, settled (the key is bound right after the first paint).
            auto primary = start(keyOn);
            if (primary->waitFor("first-paint") < 0)
                continue;
            QThread::msleep(800);
            const double before = primary->msSinceStart();
            std::unique_ptr<BenchProcess> second;
            if (viaKey)
                keyboard.pressCtrlAltP();
            else
                second = start(keyOn, {QStringLiteral("--pause")});
            const double painted = primary->waitFor("pause-painted ", 5'000);
            if (painted < 0) {
                missed.add(1);
                continue;
            }
            (viaKey ? key : handOff).add(painted - before);
            (viaKey ? keyInside : handOffInside).add(primary->lastValue().toDouble());
            if (second)
                second->waitForExit();
        }
    }

    // Idle: 10 s on home with the key bound, and with it switched off, side by side.
    Series idleOn, idleOff, cpuOn, cpuOff;
    for (int run = 0; run < 2; ++run) {
        auto on = start(keyOn);
        auto off = start(keyOff);
        on->waitFor("first-paint");
        off->waitFor("first-paint");
        QThread::msleep(3'000);
        const qint64 w0 = on->wakeUps(), v0 = off->wakeUps();
        const double c0 = on->cpuMs(), d0 = off->cpuMs();
        QThread::msleep(10'000);
        idleOn.add(double(on->wakeUps() - w0));
        idleOff.add(double(off->wakeUps() - v0));
        cpuOn.add(on->cpuMs() - c0);
        cpuOff.add(off->cpuMs() - d0);
    }

    std::printf("Pause key benchmark (Xvfb 1280x800, X11 key grab, XTest key presses): %d rounds, "
                "medians (min-max).\n",
                rounds);
    std::printf("%-62s %s\n", "Ctrl+Alt+P pressed -> running one's painted pause",
                key.text("ms").constData());
    std::printf("%-62s %s\n", "  of which inside Pauzeknop (request -> painted)",
                keyInside.text("ms").constData());
    std::printf("%-62s %s\n", "pauzeknop --pause started -> running one's painted pause",
                handOff.text("ms").constData());
    std::printf("%-62s %s\n", "  of which inside the running one (request -> painted)",
                handOffInside.text("ms").constData());
    if (key.median() > 0 && handOff.median() > 0)
        std::printf("%-62s %.2fx\n", "ratio key / hand-off", key.median() / handOff.median());
    if (!missed.values.isEmpty())
        std::printf("%-62s %lld\n", "presses or hand-offs without a painted pause",
                    static_cast<long long>(missed.values.size()));
    std::printf("%-62s %s\n", "idle wake-ups in 10 s on home, key bound",
                idleOn.text("").constData());
    std::printf("%-62s %s\n", "idle wake-ups in 10 s on home, key switched off",
                idleOff.text("").constData());
    std::printf("%-62s %s\n", "idle CPU in 10 s, key bound", cpuOn.text("ms").constData());
    std::printf("%-62s %s\n", "idle CPU in 10 s, key switched off", cpuOff.text("ms").constData());
    std::fflush(stdout);
    server.terminate();
    server.waitForFinished(3'000);
    return 0;
}
