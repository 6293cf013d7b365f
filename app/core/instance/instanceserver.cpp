#include "instanceserver.h"

#include "instanceconnection.h"

#include <QFile>

#if defined(Q_OS_UNIX)
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#else
#include <QLocalServer>
#include <QLocalSocket>
#endif

namespace pk {

#if defined(Q_OS_UNIX)
namespace {

// True when the program at the other end of a connection runs as this user. The folder and the
// socket are this user's alone already; this also holds if someone opened them up.
bool isSameUser(int descriptor)
{
#if defined(SO_PEERCRED)
    ucred peer{};
    socklen_t length = sizeof peer;
    return ::getsockopt(descriptor, SOL_SOCKET, SO_PEERCRED, &peer, &length) == 0 &&
           peer.uid == ::getuid();
#else
    uid_t uid = 0;
    gid_t gid = 0;
    return ::getpeereid(descriptor, &uid, &gid) == 0 && uid == ::getuid();
#endif
}

} // namespace
#endif

InstanceServer::InstanceServer(int backlog, QObject *parent)
    : QObject(parent)
    , m_backlog(backlog)
{}

InstanceServer::~InstanceServer()
{
    close();
}

#if defined(Q_OS_UNIX)

bool InstanceServer::listen(const QString &name)
{
    close();
    m_addressInUse = false;
    const QByteArray path = QFile::encodeName(name);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.isEmpty() || size_t(path.size()) >= sizeof address.sun_path)
        return false;
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const int descriptor = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (descriptor < 0)
        return false;
    ::fcntl(descriptor, F_SETFD, FD_CLOEXEC);
    ::fcntl(descriptor, F_SETFL, ::fcntl(descriptor, F_GETFL) | O_NONBLOCK);
    if (::bind(descriptor, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        m_addressInUse = errno == EADDRINUSE;
        ::close(descriptor);
        return false;
    }
    // Only this user may connect (the folder is private too).
    if (::chmod(path.constData(), S_IRUSR | S_IWUSR) != 0 || ::listen(descriptor, m_backlog) != 0) {
        ::close(descriptor);
        ::unlink(path.constData());
        return false;
    }
    m_descriptor = descriptor;
    m_name = name;
    m_notifier = new QSocketNotifier(m_descriptor, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InstanceServer::acceptAll);
    return true;
}

bool InstanceServer::isListening() const
{
    return m_descriptor >= 0;
}

void InstanceServer::close()
{
    if (m_descriptor < 0)
        return;
    delete m_notifier;
    m_notifier = nullptr;
    ::close(m_descriptor);
    m_descriptor = -1;
    ::unlink(QFile::encodeName(m_name).constData());
    m_name.clear();
}

void InstanceServer::removeServer(const QString &name)
{
    ::unlink(QFile::encodeName(name).constData());
}

void InstanceServer::acceptAll()
{
    for (;;) {
        const int descriptor = ::accept(m_descriptor, nullptr, nullptr);
        if (descriptor < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            return; // EAGAIN: all taken
        }
        if (!isSameUser(descriptor)) {
            ::close(descriptor);
            continue;
        }
        Q_EMIT connected(new InstanceConnection(descriptor, this));
    }
}

#else // Q_OS_UNIX

bool InstanceServer::listen(const QString &name)
{
    close();
    m_addressInUse = false;
    delete m_server;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->setMaxPendingConnections(m_backlog);
    connect(m_server, &QLocalServer::newConnection, this, &InstanceServer::acceptAll);
    if (m_server->listen(name)) {
        m_name = m_server->fullServerName();
        return true;
    }
    m_addressInUse = m_server->serverError() == QAbstractSocket::AddressInUseError;
    return false;
}

bool InstanceServer::isListening() const
{
    return m_server && m_server->isListening();
}

void InstanceServer::close()
{
    if (m_server)
        m_server->close();
    m_name.clear();
}

void InstanceServer::removeServer(const QString &name)
{
    QLocalServer::removeServer(name);
}

void InstanceServer::acceptAll()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection())
        Q_EMIT connected(new InstanceConnection(socket, this));
}

#endif // Q_OS_UNIX

} // namespace pk
