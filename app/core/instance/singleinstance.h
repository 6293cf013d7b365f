#pragma once

#include <QObject>
#include <QStringList>

#include <optional>

namespace pk {

class InstanceConnection;
class InstanceServer;

// One Pauzeknop per user and graphical session (and data folder): a second start hands its
// command line to the running one over a local socket and exits; the running one acts on it.
// On Unix the socket lives in a folder only this user can enter ($XDG_RUNTIME_DIR, or a 0700
// folder of their own in the temporary folder); a folder or socket that belongs to anyone else
// is never used, so nobody else can catch or swallow the pause: this start then simply opens it
// itself. Only programs of this user are heard (peer credentials), requests are bounded, idle
// connections time out and their number is capped.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxConnections = 8;
    static constexpr int IdleTimeoutMs = 2000;
    static constexpr qint64 MaxRequestBytes = 64 * 1024;
    static constexpr int MaxArguments = 64;
    static constexpr int MaxArgumentLength = 4096;

    // The socket for this user, graphical session and data folder ("" = the usual one): on Unix
    // a full path in runtimeFolder(), "" when there is no private folder (then there is no
    // hand-off). PAUZEKNOP_INSTANCE_KEY, when set, is mixed in (parallel test runs).
    static QString serverName(const QString &dataDir);
    // The user's own private folder for the socket, or "" (why says what was refused).
    static QString runtimeFolder(QString *why = nullptr);
    // Why there is no private folder ("" when there is one), for the log.
    static QString problem();
    // What tells graphical sessions of one user apart: the Wayland socket or X display, else
    // the login session id (XDG_SESSION_ID).
    static QString sessionKey();
    // Client side: gives arguments (without the program name) to a running instance. True when
    // it confirmed them; false when none runs, when the socket is not this user's own, or when
    // it did not answer within timeoutMs.
    static bool handOff(const QString &name, const QStringList &arguments, int timeoutMs = 2000);
    // One request line as sent by handOff (a JSON array of strings), within the limits above.
    static QByteArray encodeRequest(const QStringList &arguments);
    static std::optional<QStringList> parseRequest(const QByteArray &line);
    // True when name is a socket of this user in a private folder (or not a path at all).
    static bool isOwnSocket(const QString &name);

    explicit SingleInstance(const QString &name, QObject *parent = nullptr);
    ~SingleInstance() override; // the socket file is removed

    // Starts answering hand-offs. A socket left behind by a crashed instance of this user is
    // removed first. False when another live instance already answers, when there is no
    // private folder, or when the socket cannot be made.
    bool listen();
    bool isListening() const;
    QString fullServerName() const;
    int openConnections() const { return m_connections; }

Q_SIGNALS:
    void requestReceived(const QStringList &arguments);

private:
    void accept(pk::InstanceConnection *connection);

    QString m_name;
    InstanceServer *m_server;
    int m_connections = 0;
};

} // namespace pk
