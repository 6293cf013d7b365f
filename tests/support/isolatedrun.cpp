#include "isolatedrun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>

namespace pk::test {

IsolatedRun::IsolatedRun()
{
    QFile::setPermissions(m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QProcessEnvironment IsolatedRun::environment(const QStringList &extra) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), m_tmp.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
    for (const QString &pair : extra) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        env.insert(pair.left(equals), pair.mid(equals + 1));
    }
    return env;
}

bool waitForOutput(QProcess &process, QProcess::ProcessChannel channel, const QByteArray &text,
                   QByteArray *seen, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    process.setReadChannel(channel);
    while (true) {
        seen->append(channel == QProcess::StandardOutput ? process.readAllStandardOutput()
                                                         : process.readAllStandardError());
        if (seen->contains(text))
            return true;
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0 || process.state() == QProcess::NotRunning)
            return false;
        process.waitForReadyRead(int(std::min<qint64>(left, 200)));
    }
}

XvfbDisplay::XvfbDisplay()
{
    if (!isInstalled())
        return;
    m_server.setProcessEnvironment(m_run.environment());
    // -displayfd: Xvfb picks a free display itself and writes its number once it is ready.
    m_server.start(QStringLiteral("Xvfb"),
                   {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                    QStringLiteral("0"), QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"),
                    QStringLiteral("tcp"), QStringLiteral("-noreset")});
    QByteArray seen;
    if (waitForOutput(m_server, QProcess::StandardOutput, "\n", &seen, 15000))
        m_display = QLatin1Char(':') + QString::fromLatin1(seen.trimmed());
}

XvfbDisplay::~XvfbDisplay()
{
    m_server.terminate();
    if (!m_server.waitForFinished(3000)) {
        m_server.kill();
        m_server.waitForFinished();
    }
}

bool XvfbDisplay::isInstalled()
{
    return !QStandardPaths::findExecutable(QStringLiteral("Xvfb")).isEmpty();
}

bool XvfbDisplay::hasXdotool()
{
    return !QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty();
}

bool XvfbDisplay::xdotool(const QStringList &arguments) const
{
    QProcess tool;
    tool.setProcessEnvironment(m_run.environment({QStringLiteral("DISPLAY=") + m_display}));
    tool.start(QStringLiteral("xdotool"), arguments);
    return tool.waitForFinished(10000) && tool.exitStatus() == QProcess::NormalExit &&
           tool.exitCode() == 0;
}

PrivateBus::PrivateBus()
{
    if (!isInstalled())
        return;
    const QString config = QDir(m_run.path()).filePath(QStringLiteral("bus.conf"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus "
                              "Configuration 1.0//EN\" "
                              "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                              "<busconfig><type>session</type>"
                              "<listen>unix:dir=%1</listen><auth>EXTERNAL</auth>"
                              "<policy context=\"default\"><allow send_destination=\"*\"/>"
                              "<allow receive_sender=\"*\"/><allow own=\"*\"/></policy>"
                              "</busconfig>\n")
                   .arg(m_run.path())
                   .toUtf8());
    file.close();
    m_daemon.setProcessEnvironment(m_run.environment());
    m_daemon.start(QStringLiteral("dbus-daemon"),
                   {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                    QStringLiteral("--print-address=1")});
    QByteArray seen;
    if (waitForOutput(m_daemon, QProcess::StandardOutput, "\n", &seen, 15000))
        m_address = QString::fromUtf8(seen.trimmed());
}

PrivateBus::~PrivateBus()
{
    m_daemon.terminate();
    if (!m_daemon.waitForFinished(3000)) {
        m_daemon.kill();
        m_daemon.waitForFinished();
    }
}

bool PrivateBus::isInstalled()
{
    return !QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty();
}

} // namespace pk::test
