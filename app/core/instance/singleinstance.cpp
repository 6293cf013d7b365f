#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace pk {
namespace {

constexpr qint64 MaxRequestBytes = 64 * 1024;
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

} // namespace

QString SingleInstance::serverName(const QString &dataDir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(userIdentity().toUtf8());
    hash.addData(QByteArrayView("\n"));
    if (!dataDir.isEmpty())
        hash.addData(QDir(dataDir).absolutePath().toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(qgetenv("PAUZEKNOP_INSTANCE_KEY"));
    return QStringLiteral(PAUZEKNOP_APP_ID "-") +
           QString::fromLatin1(hash.result().toHex().left(20));
}

bool SingleInstance::handOff(const QString &name, const QStringList &arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    const QByteArray request =
        QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact) + '\n';
    socket.write(request);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QByteArray answer;
    while (!answer.contains('\n')) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
        answer += socket.readAll();
    }
    return answer == Acknowledgement;
}

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::listen()
{
    if (m_server->listen(m_name))
        return true;
    if (m_server->serverError() != QAbstractSocket::AddressInUseError)
        return false;
    // The name is taken: by a live instance (leave it alone), or by a crashed one's socket.
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(500)) {
        probe.abort();
        return false;
    }
    QLocalServer::removeServer(m_name);
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

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > MaxRequestBytes) {
                socket->abort();
                return;
            }
            if (!socket->canReadLine())
                return;
            const QJsonDocument request = QJsonDocument::fromJson(socket->readLine().trimmed());
            if (!request.isArray()) {
                socket->disconnectFromServer();
                return;
            }
            QStringList arguments;
            for (const QJsonValue &value : request.array())
                arguments.append(value.toString());
            // Acted on first, confirmed after: when the second start ends, the pause is open.
            Q_EMIT requestReceived(arguments);
            socket->write(Acknowledgement);
            socket->flush();
            socket->disconnectFromServer();
        });
    }
}

} // namespace pk
