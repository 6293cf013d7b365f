#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QSocketNotifier;

namespace pk {

class InstanceConnection;

// The listening end of the single-instance hand-off: a Unix-domain socket with Qt Core only
// (see InstanceConnection) that hangs up on any program of another user at once; elsewhere
// (Windows) a QLocalServer.
class InstanceServer : public QObject
{
    Q_OBJECT

public:
    explicit InstanceServer(int backlog, QObject *parent = nullptr);
    ~InstanceServer() override; // closes, and removes the socket file it made

    // Listens at name (a full path on Unix). False when the name is taken (addressInUse() then
    // tells) or the socket cannot be made.
    bool listen(const QString &name);
    bool addressInUse() const { return m_addressInUse; }
    bool isListening() const;
    QString fullServerName() const { return m_name; }
    void close();
    // Removes a socket file left behind by an instance that crashed.
    static void removeServer(const QString &name);

Q_SIGNALS:
    // A new connection, owned by this server until someone deletes it.
    void connected(pk::InstanceConnection *connection);

private:
    void acceptAll();

    int m_backlog;
    QString m_name;
    bool m_addressInUse = false;
#if defined(Q_OS_UNIX)
    int m_descriptor = -1;
    QSocketNotifier *m_notifier = nullptr;
#else
    QLocalServer *m_server = nullptr;
#endif
};

} // namespace pk
