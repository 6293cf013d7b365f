#include "singleinstance.h"

#include "instanceconnection.h"
#include "instanceserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace pk {
namespace {

const char *const Acknowledgement = "ok\n";

QString userIdentity()
{
#if defined(Q_OS_UNIX)
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERDOMAIN") + QLatin1Char('\\') +
           qEnvironmentVariable("USERNAME");
#endif
}

#if defined(Q_OS_UNIX)
// A folder of this user that nobody else can enter; why says what is wrong otherwise.
bool isPrivateFolder(const QString &path, QString *why)
{
    struct stat info = {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0) {
        *why = QStringLiteral("%1 does not exist").arg(path);
        return false;
    }
    if (!S_ISDIR(info.st_mode)) {
        *why = QStringLiteral("%1 is not a folder (a link?)").arg(path);
        return false;
    }
    if (info.st_uid != ::getuid()) {
        *why = QStringLiteral("%1 belongs to another account").arg(path);
        return false;
    }
    if (info.st_mode & 077) {
        *why = QStringLiteral("%1 is open to other accounts").arg(path);
        return false;
    }
    return true;
}
#endif

} // namespace

QString SingleInstance::runtimeFolder(QString *why)
{
#if defined(Q_OS_UNIX)
    QString reason;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (QDir::isAbsolutePath(runtime) && isPrivateFolder(runtime, &reason))
        return QDir::cleanPath(runtime);
    // No usable runtime folder: a 0700 folder of this user's own in the temporary folder.
    const QString own =
        QDir(QDir::tempPath()).filePath(QStringLiteral("pauzeknop-") + QString::number(::getuid()));
    const QByteArray encoded = QFile::encodeName(own);
    if (::mkdir(encoded.constData(), 0700) != 0 && errno != EEXIST) {
        reason = QStringLiteral("%1 cannot be made").arg(own);
    } else if (isPrivateFolder(own, &reason)) {
        return own;
    } else {
        // Ours but too open (an old umask): close it; anyone else's: never used.
        struct stat info = {};
        if (::lstat(encoded.constData(), &info) == 0 && S_ISDIR(info.st_mode) &&
            info.st_uid == ::getuid() && ::chmod(encoded.constData(), 0700) == 0)
            return own;
    }
    if (why)
        *why = reason;
    return {};
#else
    Q_UNUSED(why)
    return {};
#endif
}

QString SingleInstance::problem()
{
    QString why;
    return runtimeFolder(&why).isEmpty() ? why : QString();
}

QString SingleInstance::sessionKey()
{
    // Every program of one graphical session (launcher, shortcut, autostart, terminal) sees the
    // same display; the login session id is used only without one, because desktops that start
    // programs through systemd do not always pass it on.
    const QString display = qEnvironmentVariable("WAYLAND_DISPLAY") + QLatin1Char('|') +
                            qEnvironmentVariable("DISPLAY");
    if (display.size() > 1)
        return display;
#if defined(Q_OS_WIN)
    return qEnvironmentVariable("SESSIONNAME");
#else
    return qEnvironmentVariable("XDG_SESSION_ID");
#endif
}

QString SingleInstance::serverName(const QString &dataDir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(userIdentity().toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(sessionKey().toUtf8());
    hash.addData(QByteArrayView("\n"));
    if (!dataDir.isEmpty())
        hash.addData(QDir(dataDir).absolutePath().toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(qgetenv("PAUZEKNOP_INSTANCE_KEY"));
    const QString name =
        QStringLiteral(PAUZEKNOP_APP_ID "-") + QString::fromLatin1(hash.result().toHex().left(20));
#if defined(Q_OS_UNIX)
    const QString folder = runtimeFolder();
    return folder.isEmpty() ? QString() : QDir(folder).filePath(name);
#else
    return name;
#endif
}

bool SingleInstance::isOwnSocket(const QString &name)
{
#if defined(Q_OS_UNIX)
    if (!QDir::isAbsolutePath(name))
        return !name.isEmpty();
    QString why;
    if (!isPrivateFolder(QFileInfo(name).absolutePath(), &why))
        return false;
    struct stat info = {};
    if (::lstat(QFile::encodeName(name).constData(), &info) != 0)
        return true; // nothing there yet: ours to make
    return S_ISSOCK(info.st_mode) && info.st_uid == ::getuid();
#else
    return !name.isEmpty();
#endif
}

QByteArray SingleInstance::encodeRequest(const QStringList &arguments)
{
    return QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact) +
           '\n';
}

std::optional<QStringList> SingleInstance::parseRequest(const QByteArray &line)
{
    if (line.size() > MaxRequestBytes)
        return std::nullopt;
    const QJsonDocument request = QJsonDocument::fromJson(line.trimmed());
    if (!request.isArray() || request.array().size() > MaxArguments)
        return std::nullopt;
    QStringList arguments;
    for (const QJsonValue &value : request.array()) {
        if (!value.isString() || value.toString().size() > MaxArgumentLength)
            return std::nullopt;
        arguments.append(value.toString());
    }
    return arguments;
}

bool SingleInstance::handOff(const QString &name, const QStringList &arguments, int timeoutMs)
{
    if (name.isEmpty() || !isOwnSocket(name))
        return false;
    const std::optional<QByteArray> answer =
        InstanceConnection::request(name, encodeRequest(arguments), timeoutMs);
    return answer && *answer == Acknowledgement;
}

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_server(new InstanceServer(MaxConnections, this))
{
    connect(m_server, &InstanceServer::connected, this, &SingleInstance::accept);
}

SingleInstance::~SingleInstance()
{
    m_server->close(); // removes the socket file
}

bool SingleInstance::listen()
{
    if (m_name.isEmpty() || !isOwnSocket(m_name))
        return false;
    if (m_server->listen(m_name))
        return true;
    if (!m_server->addressInUse())
        return false;
    // The name is taken: by a live instance (leave it alone), or by a crashed one's socket.
    if (InstanceConnection::answers(m_name, 500))
        return false;
    InstanceServer::removeServer(m_name);
    return m_server->listen(m_name);
}

bool SingleInstance::isListening() const
{
    return m_server->isListening();
}

QString SingleInstance::fullServerName() const
{
    return m_server->fullServerName();
}

void SingleInstance::accept(InstanceConnection *connection)
{
    if (m_connections >= MaxConnections) {
        connection->abort();
        connection->deleteLater();
        return;
    }
    ++m_connections;
    connect(connection, &QObject::destroyed, this, [this] { --m_connections; });
    connect(connection, &InstanceConnection::disconnected, connection, &QObject::deleteLater);
    // A connection that says nothing (or too little) is closed after a short while.
    auto *idle = new QTimer(connection);
    idle->setSingleShot(true);
    connect(idle, &QTimer::timeout, connection, [connection] {
        connection->abort();
        connection->deleteLater();
    });
    idle->start(IdleTimeoutMs);
    connect(connection, &InstanceConnection::readyRead, this, [this, connection] {
        if (!connection->canReadLine()) {
            if (connection->bytesAvailable() > MaxRequestBytes) {
                connection->abort();
                connection->deleteLater();
            }
            return;
        }
        const std::optional<QStringList> arguments =
            parseRequest(connection->readLine(MaxRequestBytes + 1));
        if (!arguments) {
            connection->abort();
            connection->deleteLater();
            return;
        }
        // Acted on first, confirmed after: when the second start ends, the pause is open.
        Q_EMIT requestReceived(*arguments);
        connection->answerAndClose(Acknowledgement);
    });
}

} // namespace pk
