#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace pk::test {

// Fresh TMPDIR and XDG_RUNTIME_DIR (mode 0700) for one child process: its single-instance
// socket and temporary files never meet those of another run.
class IsolatedRun
{
public:
    IsolatedRun();
    // The system environment with this run's folders (and the variables given) in it.
    QProcessEnvironment environment(const QStringList &extra = {}) const;
    QString path() const { return m_tmp.path(); }

private:
    QTemporaryDir m_tmp;
    QTemporaryDir m_runtime;
};

// A private X server (Xvfb) on a display of its own, stopped with the object. Tests that need
// it skip when Xvfb (or xdotool, see hasXdotool) is not installed.
class XvfbDisplay
{
public:
    XvfbDisplay();
    ~XvfbDisplay();
    XvfbDisplay(const XvfbDisplay &) = delete;
    XvfbDisplay &operator=(const XvfbDisplay &) = delete;

    static bool isInstalled();
    static bool hasXdotool();
    bool isRunning() const { return !m_display.isEmpty(); }
    QString display() const { return m_display; } // ":42"
    // Runs xdotool on this display (for example {"key", "ctrl+alt+p"}); true when it succeeded.
    bool xdotool(const QStringList &arguments) const;

private:
    IsolatedRun m_run;
    QProcess m_server;
    QString m_display;
};

// A private D-Bus session bus (dbus-daemon with its own configuration: no service activation,
// so nothing of the machine answers on it), stopped with the object.
class PrivateBus
{
public:
    PrivateBus();
    ~PrivateBus();
    PrivateBus(const PrivateBus &) = delete;
    PrivateBus &operator=(const PrivateBus &) = delete;

    static bool isInstalled();
    bool isRunning() const { return !m_address.isEmpty(); }
    QString address() const { return m_address; }

private:
    IsolatedRun m_run;
    QProcess m_daemon;
    QString m_address;
};

// Reads a child's output until a line contains text (true) or timeoutMs pass (false). What was
// read is kept in seen.
bool waitForOutput(QProcess &process, QProcess::ProcessChannel channel, const QByteArray &text,
                   QByteArray *seen, int timeoutMs = 15000);

} // namespace pk::test
