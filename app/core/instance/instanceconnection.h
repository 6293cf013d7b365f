#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <optional>

class QLocalSocket;
class QSocketNotifier;

namespace pk {

// One connection of the single-instance hand-off: a Unix-domain socket with Qt Core only, so
// that neither a second start nor the app loads Qt Network (and the Kerberos, proxy and
// compression libraries it brings) for a few bytes. Elsewhere (Windows) a QLocalSocket.
// The server side reads lines and answers; request() is the whole client side.
class InstanceConnection : public QObject
{
    Q_OBJECT

public:
    // Client: connects to the socket at name, sends line and waits for one answer line (at
    // most maxAnswer bytes, '\n' included). Nothing when nobody answers within timeoutMs.
    static std::optional<QByteArray> request(const QString &name, const QByteArray &line,
                                             int timeoutMs, qsizetype maxAnswer = 16);
    // True when something accepts connections at name (a live instance), within timeoutMs.
    static bool answers(const QString &name, int timeoutMs);

#if defined(Q_OS_UNIX)
    // Server: takes over a connected, non-blocking socket.
    InstanceConnection(int descriptor, QObject *parent);
#else
    InstanceConnection(QLocalSocket *socket, QObject *parent);
#endif
    ~InstanceConnection() override;

    qsizetype bytesAvailable() const
    {
        return m_buffer.size();
    }
    bool canReadLine() const
    {
        return m_buffer.contains('\n');
    }
    // Up to and including the first '\n', at most maxSize bytes.
    QByteArray readLine(qsizetype maxSize);
    // Sends a short answer and closes: the client reads it, then the end of the connection.
    void answerAndClose(const QByteArray &answer);
    void abort();

Q_SIGNALS:
    void readyRead();
    void disconnected();

private:
    void readAvailable();

    QByteArray m_buffer;
#if defined(Q_OS_UNIX)
    int m_descriptor = -1;
    QSocketNotifier *m_notifier = nullptr;
#else
    QLocalSocket *m_socket = nullptr;
#endif
};

} // namespace pk
