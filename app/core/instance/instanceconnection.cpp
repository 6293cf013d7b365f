#include "instanceconnection.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

#include <algorithm>

#if defined(Q_OS_UNIX)
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#else
#include <QLocalSocket>
#endif

namespace pk {

#if defined(Q_OS_UNIX)
namespace {

// Far more than a request may be (SingleInstance::MaxRequestBytes): reading stops there.
constexpr qsizetype ReadLimit = 64 * 1024 + 1;

#if defined(MSG_NOSIGNAL)
constexpr int NoSignal = MSG_NOSIGNAL;
#else
constexpr int NoSignal = 0; // macOS: SO_NOSIGPIPE on the socket instead
#endif

void prepare(int descriptor)
{
    ::fcntl(descriptor, F_SETFD, FD_CLOEXEC);
    ::fcntl(descriptor, F_SETFL, ::fcntl(descriptor, F_GETFL) | O_NONBLOCK);
#if defined(SO_NOSIGPIPE)
    const int on = 1;
    ::setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof on);
#endif
}

// Waits until descriptor is ready for events; false when the deadline passed first.
bool waitFor(int descriptor, short events, const QDeadlineTimer &deadline)
{
    pollfd entry{descriptor, events, 0};
    for (;;) {
        const int left = int(std::min<qint64>(deadline.remainingTime(), 60'000));
        const int ready = ::poll(&entry, 1, std::max(0, left));
        if (ready > 0)
            return true;
        if (ready == 0 || errno != EINTR)
            return false;
    }
}

// A connected, non-blocking socket to path, or -1 (nobody listens, not a socket, too slow).
int connectTo(const QString &name, const QDeadlineTimer &deadline)
{
    const QByteArray path = QFile::encodeName(name);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.isEmpty() || size_t(path.size()) >= sizeof address.sun_path)
        return -1;
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const int descriptor = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (descriptor < 0)
        return -1;
    prepare(descriptor);
    for (;;) {
        if (::connect(descriptor, reinterpret_cast<const sockaddr *>(&address), sizeof address) ==
            0)
            return descriptor;
        if (errno == EINTR)
            continue;
        if (errno == EINPROGRESS && waitFor(descriptor, POLLOUT, deadline)) {
            int error = 0;
            socklen_t length = sizeof error;
            if (::getsockopt(descriptor, SOL_SOCKET, SO_ERROR, &error, &length) == 0 && !error)
                return descriptor;
        } else if (errno == EAGAIN && !deadline.hasExpired()) {
            QThread::msleep(5); // its queue of new connections is full: try again shortly
            continue;
        }
        ::close(descriptor);
        return -1;
    }
}

} // namespace

std::optional<QByteArray> InstanceConnection::request(const QString &name, const QByteArray &line,
                                                      int timeoutMs, qsizetype maxAnswer)
{
    const QDeadlineTimer deadline(timeoutMs);
    const int descriptor = connectTo(name, deadline);
    if (descriptor < 0)
        return std::nullopt;
    const auto fail = [descriptor] {
        ::close(descriptor);
        return std::nullopt;
    };
    for (qsizetype sent = 0; sent < line.size();) {
        const ssize_t n =
            ::send(descriptor, line.constData() + sent, size_t(line.size() - sent), NoSignal);
        if (n > 0)
            sent += n;
        else if (n < 0 && errno == EINTR)
            continue;
        else if (n < 0 && errno == EAGAIN && waitFor(descriptor, POLLOUT, deadline))
            continue;
        else
            return fail();
    }
    QByteArray answer;
    while (!answer.contains('\n') && answer.size() < maxAnswer) {
        char chunk[64];
        const ssize_t n =
            ::recv(descriptor, chunk,
                   size_t(std::min<qsizetype>(sizeof chunk, maxAnswer - answer.size())), 0);
        if (n > 0)
            answer.append(chunk, n);
        else if (n < 0 && errno == EINTR)
            continue;
        else if (n < 0 && errno == EAGAIN && waitFor(descriptor, POLLIN, deadline))
            continue;
        else
            return fail(); // closed without a whole answer, or too slow
    }
    ::close(descriptor);
    return answer;
}

bool InstanceConnection::answers(const QString &name, int timeoutMs)
{
    const int descriptor = connectTo(name, QDeadlineTimer(timeoutMs));
    if (descriptor < 0)
        return false;
    ::close(descriptor);
    return true;
}

InstanceConnection::InstanceConnection(int descriptor, QObject *parent)
    : QObject(parent)
    , m_descriptor(descriptor)
{
    prepare(m_descriptor);
    m_notifier = new QSocketNotifier(m_descriptor, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InstanceConnection::readAvailable);
}

InstanceConnection::~InstanceConnection()
{
    abort();
}

void InstanceConnection::readAvailable()
{
    bool ended = false;
    while (m_buffer.size() < ReadLimit) {
        char chunk[4096];
        const ssize_t n = ::recv(m_descriptor, chunk, sizeof chunk, 0);
        if (n > 0) {
            m_buffer.append(chunk, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        ended = n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK);
        break;
    }
    if (m_buffer.size() >= ReadLimit)
        m_notifier->setEnabled(false); // whoever reads sees it is too much
    if (!m_buffer.isEmpty())
        Q_EMIT readyRead();
    if (ended && m_descriptor >= 0) {
        m_notifier->setEnabled(false);
        Q_EMIT disconnected();
    }
}

void InstanceConnection::answerAndClose(const QByteArray &answer)
{
    if (m_descriptor < 0)
        return;
    // A few bytes into an empty socket buffer: sent at once or not at all (the client gave up).
    [[maybe_unused]] const ssize_t sent =
        ::send(m_descriptor, answer.constData(), size_t(answer.size()), NoSignal);
    abort();
    Q_EMIT disconnected();
}

void InstanceConnection::abort()
{
    if (m_descriptor < 0)
        return;
    m_notifier->setEnabled(false);
    ::close(m_descriptor);
    m_descriptor = -1;
}

#else // Q_OS_UNIX

std::optional<QByteArray> InstanceConnection::request(const QString &name, const QByteArray &line,
                                                      int timeoutMs, qsizetype maxAnswer)
{
    const QDeadlineTimer deadline(timeoutMs);
    const auto left = [&deadline] {
        return int(std::max<qint64>(1, deadline.remainingTime()));
    };
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(left()))
        return std::nullopt;
    socket.write(line);
    if (!socket.waitForBytesWritten(left()))
        return std::nullopt;
    QByteArray answer;
    while (!answer.contains('\n') && answer.size() < maxAnswer && !deadline.hasExpired()) {
        if (!socket.waitForReadyRead(left()))
            return std::nullopt;
        answer += socket.read(maxAnswer - answer.size());
    }
    return answer;
}

bool InstanceConnection::answers(const QString &name, int timeoutMs)
{
    QLocalSocket probe;
    probe.connectToServer(name);
    const bool connected = probe.waitForConnected(timeoutMs);
    probe.abort();
    return connected;
}

InstanceConnection::InstanceConnection(QLocalSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    connect(m_socket, &QLocalSocket::readyRead, this, &InstanceConnection::readAvailable);
    connect(m_socket, &QLocalSocket::disconnected, this, &InstanceConnection::disconnected);
}

InstanceConnection::~InstanceConnection() = default;

void InstanceConnection::readAvailable()
{
    m_buffer += m_socket->readAll();
    Q_EMIT readyRead();
}

void InstanceConnection::answerAndClose(const QByteArray &answer)
{
    m_socket->write(answer);
    m_socket->flush();
    m_socket->disconnectFromServer();
}

void InstanceConnection::abort()
{
    m_socket->abort();
}

#endif // Q_OS_UNIX

QByteArray InstanceConnection::readLine(qsizetype maxSize)
{
    const qsizetype end = m_buffer.indexOf('\n');
    const qsizetype size = std::min(end < 0 ? m_buffer.size() : end + 1, maxSize);
    const QByteArray line = m_buffer.left(size);
    m_buffer.remove(0, size);
    return line;
}

} // namespace pk
