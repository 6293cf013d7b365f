#include "instance/singleinstance.h"
#include "support/testsupport.h"
#include "usage/usageevent.h"
#include "usage/usagelog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <gtest/gtest.h>

using namespace pk;

namespace {

// Gives this test its own socket names, so parallel runs and a real Pauzeknop never meet.
class InstanceKey
{
public:
    InstanceKey()
        : m_before(qgetenv("PAUZEKNOP_INSTANCE_KEY"))
    {
        qputenv("PAUZEKNOP_INSTANCE_KEY", QUuid::createUuid().toByteArray());
    }
    ~InstanceKey() { qputenv("PAUZEKNOP_INSTANCE_KEY", m_before); }

private:
    QByteArray m_before;
};

// A running Pauzeknop (offscreen) in its own data folder.
class Primary
{
public:
    explicit Primary(const QString &dataDir)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(PAUZEKNOP_BINARY), {QStringLiteral("--data-dir"), dataDir});
        m_process.waitForStarted();
    }
    ~Primary()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
};

bool waitUntilAnswering(const QString &name, int timeoutMs = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QLocalSocket probe;
        probe.connectToServer(name);
        if (probe.waitForConnected(200)) {
            probe.abort();
            return true;
        }
        QThread::msleep(50);
    }
    return false;
}

// Pauses the log of a data folder holds that were opened by a hand-off (read after the
// instance that wrote them has ended).
int pausesStartedBy(const QString &dataDir, const QString &entry)
{
    UsageLog log;
    log.open(dataDir);
    int count = 0;
    for (const UsageRecord &record : log.records())
        count += record.type == UsageEvent::PauseStarted && record.item == entry;
    return count;
}

// Ends the running instance and counts the pauses handed to it that its log holds. On Unix it is
// ended as a log-out would (SIGTERM: it writes its log and exits); reading while it runs could
// make the file first, or hold it while the instance opens it after its first paint, and the
// instance would then keep its events in memory. Elsewhere: wait for them, then kill it.
int handedOffPausesAfterEnding(Primary &primary, const QString &dataDir)
{
    const QString entry = QStringLiteral("handoff");
#if defined(Q_OS_UNIX)
    primary.process().terminate();
    if (!primary.process().waitForFinished(15000)) {
        primary.process().kill();
        primary.process().waitForFinished();
    }
#else
    QElapsedTimer clock;
    clock.start();
    const QString file = QDir(dataDir).filePath(QStringLiteral("usage.sqlite"));
    while (clock.elapsed() < 15000 && !(QFileInfo::exists(file) && pausesStartedBy(dataDir, entry)))
        QThread::msleep(100);
    primary.process().kill();
    primary.process().waitForFinished();
#endif
    return pausesStartedBy(dataDir, entry);
}

} // namespace

TEST(SingleInstance, NamesDifferByDataFolderAndKey)
{
    InstanceKey key;
    const QString usual = SingleInstance::serverName(QString());
    EXPECT_TRUE(QFileInfo(usual).fileName().startsWith(QStringLiteral("be.pauzeknop.Pauzeknop-")));
    EXPECT_EQ(usual, SingleInstance::serverName(QString()));
    EXPECT_NE(usual, SingleInstance::serverName(QStringLiteral("/tmp/a")));
    InstanceKey other;
    EXPECT_NE(usual, SingleInstance::serverName(QString()));
}

TEST(SingleInstance, EachGraphicalSessionOfOneUserGetsItsOwnPauzeknop)
{
    InstanceKey key;
    const test::ScopedEnv wayland("WAYLAND_DISPLAY", QByteArray());
    const test::ScopedEnv session("XDG_SESSION_ID", "3");
    QString first;
    {
        const test::ScopedEnv display("DISPLAY", ":0");
        first = SingleInstance::serverName(QString());
        EXPECT_EQ(first, SingleInstance::serverName(QString())); // stable within a session
    }
    QString second;
    {
        const test::ScopedEnv display("DISPLAY", ":1");
        second = SingleInstance::serverName(QString());
    }
    QString onWayland;
    {
        const test::ScopedEnv display("DISPLAY", ":0");
        const test::ScopedEnv socket("WAYLAND_DISPLAY", "wayland-1");
        onWayland = SingleInstance::serverName(QString());
    }
    QString otherLogin;
    {
        const test::ScopedEnv display("DISPLAY", QByteArray());
        otherLogin = SingleInstance::serverName(QString());
        const test::ScopedEnv session4("XDG_SESSION_ID", "4");
        EXPECT_NE(otherLogin, SingleInstance::serverName(QString()));
    }
    EXPECT_NE(first, second);
    EXPECT_NE(first, onWayland);
    EXPECT_NE(first, otherLogin);
}

TEST(SingleInstance, HandOffWithoutARunningInstanceFailsAtOnce)
{
    InstanceKey key;
    QElapsedTimer timer;
    timer.start();
    EXPECT_FALSE(SingleInstance::handOff(SingleInstance::serverName(QString()), {}));
    EXPECT_LT(timer.elapsed(), 1500); // well short of the 2 s it waits for an instance that answers
}

TEST(SingleInstance, InProcessRequestArrivesWithItsArguments)
{
    InstanceKey key;
    SingleInstance server(SingleInstance::serverName(QString()));
    ASSERT_TRUE(server.listen());
    QSignalSpy received(&server, &SingleInstance::requestReceived);
    // The client blocks, so it runs in its own thread while this one serves.
    bool handedOff = false;
    QThread *client = QThread::create([&handedOff] {
        handedOff = SingleInstance::handOff(SingleInstance::serverName(QString()),
                                            {QStringLiteral("--pause")});
    });
    client->start();
    ASSERT_TRUE(received.wait(5000));
    client->wait();
    delete client;
    EXPECT_TRUE(handedOff);
    EXPECT_EQ(received.constFirst().constFirst().toStringList(),
              QStringList{QStringLiteral("--pause")});
}

TEST(SingleInstance, SecondStartHandsPauseToTheRunningOneAndExitsAtOnce)
{
    InstanceKey key;
    QTemporaryDir data;
    Primary primary(data.path());
    ASSERT_TRUE(waitUntilAnswering(SingleInstance::serverName(data.path())));

    QElapsedTimer timer;
    timer.start();
    const test::ProcessResult second =
        test::runPauzeknop({QStringLiteral("--pause"), QStringLiteral("--data-dir"), data.path()});
    const qint64 ms = timer.elapsed();
    std::printf("[ figure ] second start handed over --pause and exited in %lld ms\n",
                static_cast<long long>(ms));
    EXPECT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_LT(ms, 3000);
    EXPECT_EQ(primary.process().state(), QProcess::Running);

    EXPECT_EQ(handedOffPausesAfterEnding(primary, data.path()), 1);
}

TEST(SingleInstance, StaleSocketAfterACrashIsRecovered)
{
    InstanceKey key;
    QTemporaryDir data;
    const QString name = SingleInstance::serverName(data.path());
    QString socketPath;
    {
        Primary crashed(data.path());
        ASSERT_TRUE(waitUntilAnswering(name));
        crashed.process().kill(); // SIGKILL: no clean-up, the socket file stays
        crashed.process().waitForFinished();
        socketPath = name;
    }
#if defined(Q_OS_UNIX)
    ASSERT_TRUE(QFile::exists(socketPath)) << "the crash should leave the socket behind";
#endif
    EXPECT_FALSE(SingleInstance::handOff(name, {QStringLiteral("--pause")}, 500));

    Primary next(data.path());
    ASSERT_TRUE(waitUntilAnswering(name)) << "a new instance must take over the stale socket";
    const test::ProcessResult second =
        test::runPauzeknop({QStringLiteral("--pause"), QStringLiteral("--data-dir"), data.path()});
    EXPECT_EQ(second.exitCode, 0);
    EXPECT_EQ(handedOffPausesAfterEnding(next, data.path()), 1);
}
