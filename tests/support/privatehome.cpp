#include "privatehome.h"

#include <QDir>
#include <QFile>
#include <QThread>

namespace pk::test {
namespace {

// A Unix socket's path holds at most 107 bytes, and the socket tests put theirs three folders
// deep in a home: homes stay short whatever long TMPDIR the test run was given.
QString rootTemplate()
{
    QString base = QDir::tempPath();
    if (base.size() > 32)
        base = QStringLiteral("/tmp");
    return base + QStringLiteral("/pk-home-XXXXXX");
}

} // namespace

PrivateHome::PrivateHome()
    : m_root(rootTemplate())
    , m_env(QProcessEnvironment::systemEnvironment())
{
    for (const char *folder :
         {"home", "home/.config", "home/.local/share", "run", "tmp", "managed"})
        QDir().mkpath(path(QString::fromLatin1(folder)));
    QFile::setPermissions(runtimeDir(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_env.insert(QStringLiteral("HOME"), home());
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("home/.config")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("home/.local/share")));
    m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir());
    m_env.insert(QStringLiteral("TMPDIR"), path(QStringLiteral("tmp")));
    m_env.insert(QStringLiteral("PAUZEKNOP_MANAGED_DIR"), path(QStringLiteral("managed")));
    m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.qpa.*=false"));
    m_env.insert(QStringLiteral("PAUZEKNOP_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    m_env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_env.remove(QStringLiteral("PAUZEKNOP_INSTANCE_KEY"));
}

PrivateHome::~PrivateHome()
{
    stop();
}

QString PrivateHome::path(const QString &relative) const
{
    return relative.isEmpty() ? m_root.path() : QDir(m_root.path()).filePath(relative);
}

QString PrivateHome::dataDir() const
{
    return path(QStringLiteral("home/.local/share/Pauzeknop/pauzeknop"));
}

void PrivateHome::start(const QStringList &arguments)
{
    m_out.clear();
    m_err.clear();
    m_process.setProcessEnvironment(m_env);
    m_process.setWorkingDirectory(home());
    m_clock.start();
    m_process.start(QStringLiteral(PAUZEKNOP_BINARY), arguments);
    m_process.waitForStarted();
}

qint64 PrivateHome::waitForPause(int timeoutMs)
{
    while (m_clock.elapsed() < timeoutMs) {
        m_process.waitForReadyRead(50);
        m_out += m_process.readAllStandardOutput();
        if (m_out.contains("pause-painted"))
            return m_clock.elapsed();
        if (m_process.state() == QProcess::NotRunning) {
            m_out += m_process.readAllStandardOutput();
            return m_out.contains("pause-painted") ? m_clock.elapsed() : -1;
        }
    }
    return -1;
}

int PrivateHome::waitForExit(int timeoutMs)
{
    if (!m_process.waitForFinished(timeoutMs))
        return -1;
    m_out += m_process.readAllStandardOutput();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void PrivateHome::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished();
}

bool PrivateHome::waitForStandardError(const QByteArray &text, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!standardError().contains(text)) {
        if (clock.elapsed() > timeoutMs || m_process.state() == QProcess::NotRunning)
            return standardError().contains(text);
        // Only the waitFor functions pull what the program wrote out of its pipes.
        m_process.waitForReadyRead(20);
        m_out += m_process.readAllStandardOutput();
    }
    return true;
}

QByteArray PrivateHome::standardError()
{
    m_err += m_process.readAllStandardError();
    return m_err;
}

} // namespace pk::test
