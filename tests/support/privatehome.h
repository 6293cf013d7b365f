#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace pk::test {

// A fresh person on a fresh PC for one run of the real program: home, config, data, runtime
// and temporary folders of its own (runtime 0700), offscreen, no system managed folder of the
// test machine's person leaking in. Reports when the pause was painted (PaintProbe).
class PrivateHome
{
public:
    PrivateHome();
    ~PrivateHome(); // ends a program still running

    QString path(const QString &relative = {}) const;
    QString home() const { return path(QStringLiteral("home")); }
    QString dataDir() const; // where Pauzeknop keeps its log and settings for this person
    QString runtimeDir() const { return path(QStringLiteral("run")); }
    QProcessEnvironment &environment() { return m_env; }

    // Starts pauzeknop with arguments in this home.
    void start(const QStringList &arguments);
    // Milliseconds from start() to the first painted pause, -1 when it did not come in time.
    qint64 waitForPause(int timeoutMs = 15000);
    // Waits for the program to end by itself; its exit code, -1 when it crashed or hung.
    int waitForExit(int timeoutMs = 15000);
    void stop();
    QProcess &process() { return m_process; }
    QByteArray standardError();
    // Waits until the program wrote text on standard error (true) or timeoutMs passed.
    bool waitForStandardError(const QByteArray &text, int timeoutMs = 5000);
    QByteArray standardOutput() const { return m_out; }

private:
    QTemporaryDir m_root;
    QProcessEnvironment m_env;
    QProcess m_process;
    QElapsedTimer m_clock;
    QByteArray m_out;
    QByteArray m_err;
};

} // namespace pk::test
