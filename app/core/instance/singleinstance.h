#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace pk {

// One Pauzeknop per user account (and data folder): a second start hands its command line to
// the running one over a local socket and exits; the running one acts on it.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // The socket name for this user and data folder ("" = the usual one). PAUZEKNOP_INSTANCE_KEY,
    // when set, is mixed in so that parallel test runs never meet.
    static QString serverName(const QString &dataDir);
    // Client side: gives arguments (without the program name) to a running instance. True when
    // it confirmed them; false when none runs or it did not answer within timeoutMs.
    static bool handOff(const QString &name, const QStringList &arguments, int timeoutMs = 3000);

    explicit SingleInstance(const QString &name, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Starts answering hand-offs. A socket left behind by a crashed instance is removed first.
    // False when another live instance already answers (or the socket cannot be made).
    bool listen();
    bool isListening() const;
    QString fullServerName() const;

Q_SIGNALS:
    void requestReceived(const QStringList &arguments);

private:
    void acceptConnections();

    QString m_name;
    QLocalServer *m_server;
};

} // namespace pk
