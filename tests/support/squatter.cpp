#include "squatter.h"

#include "instance/singleinstance.h"
#include "privatehome.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>

namespace pk::test {

Squatter::Squatter(const QString &path)
    : m_path(path)
{
    start();
    while (!m_ready.loadAcquire())
        QThread::msleep(5);
}

Squatter::~Squatter()
{
    quit();
    wait();
}

void Squatter::run()
{
    QLocalServer server;
    m_listening.storeRelease(server.listen(m_path) ? 1 : 0);
    QObject::connect(&server, &QLocalServer::newConnection, &server, [this, &server] {
        while (QLocalSocket *socket = server.nextPendingConnection()) {
            m_connections.fetchAndAddRelease(1);
            socket->write("ok\n");
            socket->flush();
        }
    });
    m_ready.storeRelease(1);
    exec();
}

QString socketFileName(PrivateHome &home, const QString &dataDir)
{
    QTemporaryDir privateRuntime;
    const ScopedEnv runtime("XDG_RUNTIME_DIR", privateRuntime.path().toLocal8Bit());
    const ScopedEnv key("PAUZEKNOP_INSTANCE_KEY", QByteArray());
    const ScopedEnv wayland(
        "WAYLAND_DISPLAY",
        home.environment().value(QStringLiteral("WAYLAND_DISPLAY")).toLocal8Bit());
    const ScopedEnv display("DISPLAY",
                            home.environment().value(QStringLiteral("DISPLAY")).toLocal8Bit());
    const ScopedEnv session(
        "XDG_SESSION_ID", home.environment().value(QStringLiteral("XDG_SESSION_ID")).toLocal8Bit());
    return QFileInfo(SingleInstance::serverName(dataDir)).fileName();
}

} // namespace pk::test
