#include "instance/singleinstance.h"
#include "support/privatehome.h"
#include "support/squatter.h"
#include "support/testsupport.h"
#include "usage/usageevent.h"
#include "usage/usagelog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace pk;
using pk::test::socketFileName;
using pk::test::Squatter;

namespace {

constexpr uid_t Nobody = 65534;

void expectPauseOpensHereAndNothingReachesTheSquatter(test::PrivateHome &home,
                                                      const Squatter &squatter, const char *what)
{
    ASSERT_TRUE(squatter.listening()) << what;
    home.start({QStringLiteral("--pause")});
    const qint64 ms = home.waitForPause();
    std::printf("[ figure ] %s: pause painted after %lld ms, squatter reached %d times\n", what,
                static_cast<long long>(ms), squatter.connections());
    EXPECT_GE(ms, 0) << what << ": the pause must open here\n"
                     << home.standardError().toStdString();
    EXPECT_EQ(home.process().state(), QProcess::Running) << what;
    EXPECT_EQ(squatter.connections(), 0) << what << ": nothing may be handed to another account";
}

} // namespace

TEST(InstanceSecurity, TheSocketLivesInTheUsersOwnPrivateRuntimeFolder)
{
    QTemporaryDir runtime;
    ASSERT_TRUE(QFile::setPermissions(
        runtime.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    const test::ScopedEnv env("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit());
    const QString name = SingleInstance::serverName(QString());
    EXPECT_EQ(QFileInfo(name).absolutePath(), QDir(runtime.path()).absolutePath());
    SingleInstance instance(name);
    ASSERT_TRUE(instance.listen());
    struct stat info = {};
    ASSERT_EQ(::lstat(QFile::encodeName(name).constData(), &info), 0);
    EXPECT_TRUE(S_ISSOCK(info.st_mode));
    EXPECT_EQ(info.st_uid, ::getuid());
    EXPECT_EQ(info.st_mode & 077, 0u) << "nobody else may connect";
}

TEST(InstanceSecurity, ARuntimeFolderOthersCanEnterIsNotUsed)
{
    QTemporaryDir runtime;
    QTemporaryDir temp;
    ASSERT_EQ(::chmod(QFile::encodeName(runtime.path()).constData(), 0777), 0);
    const test::ScopedEnv env("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit());
    const test::ScopedEnv tmp("TMPDIR", temp.path().toLocal8Bit());
    const QString name = SingleInstance::serverName(QString());
    const QString own = QDir(temp.path()).filePath(QStringLiteral("pauzeknop-%1").arg(::getuid()));
    EXPECT_EQ(QFileInfo(name).absolutePath(), own);
    struct stat info = {};
    ASSERT_EQ(::lstat(QFile::encodeName(own).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0700u);
}

TEST(InstanceSecurity, ASquatterOnTheComputableNameInTheSharedTempFolderNeverGetsThePause)
{
    // The attack: another account listens first on /tmp/<app id>-<hash of the uid>.
    test::PrivateHome home;
    const QString name = socketFileName(home);
    Squatter squatter(home.path(QStringLiteral("tmp/")) + name);
    expectPauseOpensHereAndNothingReachesTheSquatter(home, squatter, "name in the temp folder");
}

TEST(InstanceSecurity, AnAnsweringSquatterInAnOpenRuntimeFolderNeverGetsThePause)
{
    test::PrivateHome home;
    const QString name = socketFileName(home);
    ASSERT_EQ(::chmod(QFile::encodeName(home.runtimeDir()).constData(), 0777), 0);
    Squatter squatter(QDir(home.runtimeDir()).filePath(name));
    expectPauseOpensHereAndNothingReachesTheSquatter(home, squatter, "open XDG_RUNTIME_DIR");
}

TEST(InstanceSecurity, ASquatterBehindALinkInTheTemporaryFolderNeverGetsThePause)
{
    test::PrivateHome home;
    home.environment().remove(QStringLiteral("XDG_RUNTIME_DIR"));
    const QString name = socketFileName(home);
    // Another account made its own folder and a link where Pauzeknop's own folder would be.
    const QString theirs = home.path(QStringLiteral("tmp/theirs"));
    ASSERT_TRUE(QDir().mkpath(theirs));
    ASSERT_EQ(::chmod(QFile::encodeName(theirs).constData(), 0777), 0);
    ASSERT_TRUE(QFile::link(theirs, home.path(QStringLiteral("tmp/pauzeknop-%1").arg(::getuid()))));
    Squatter squatter(QDir(theirs).filePath(name));
    expectPauseOpensHereAndNothingReachesTheSquatter(home, squatter, "link in TMPDIR");
}

TEST(InstanceSecurity, ASquattersFolderOwnedByAnotherAccountIsNeverUsed)
{
    if (::getuid() != 0)
        GTEST_SKIP() << "needs root to play another account (chown)";
    test::PrivateHome home;
    home.environment().remove(QStringLiteral("XDG_RUNTIME_DIR"));
    const QString name = socketFileName(home);
    const QString folder = home.path(QStringLiteral("tmp/pauzeknop-%1").arg(::getuid()));
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_EQ(::chmod(QFile::encodeName(folder).constData(), 0700), 0);
    Squatter squatter(QDir(folder).filePath(name));
    ASSERT_EQ(::chown(QFile::encodeName(QDir(folder).filePath(name)).constData(), Nobody, Nobody),
              0);
    ASSERT_EQ(::chown(QFile::encodeName(folder).constData(), Nobody, Nobody), 0);
    expectPauseOpensHereAndNothingReachesTheSquatter(home, squatter, "folder of another account");
    EXPECT_TRUE(home.waitForStandardError("another account"));

    // The same with the session's runtime folder itself belonging to someone else.
    test::PrivateHome second;
    const QString runtimeName = socketFileName(second);
    Squatter inRuntime(QDir(second.runtimeDir()).filePath(runtimeName));
    ASSERT_EQ(::chown(QFile::encodeName(second.runtimeDir()).constData(), Nobody, Nobody), 0);
    expectPauseOpensHereAndNothingReachesTheSquatter(second, inRuntime,
                                                     "XDG_RUNTIME_DIR of another account");
}

TEST(InstanceSecurity, IdleConnectionsTimeOutAndTheirNumberIsCapped)
{
    QTemporaryDir runtime;
    ASSERT_EQ(::chmod(QFile::encodeName(runtime.path()).constData(), 0700), 0);
    const test::ScopedEnv env("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit());
    SingleInstance instance(SingleInstance::serverName(QString()));
    ASSERT_TRUE(instance.listen());
    QList<QLocalSocket *> idle;
    for (int i = 0; i < 40; ++i) {
        auto *socket = new QLocalSocket(&instance);
        socket->connectToServer(instance.fullServerName());
        idle.append(socket);
    }
    QTest::qWait(300);
    std::printf("[ figure ] 40 silent connections: %d held open\n", instance.openConnections());
    EXPECT_LE(instance.openConnections(), SingleInstance::MaxConnections);
    EXPECT_GT(instance.openConnections(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(instance.openConnections(), 0, SingleInstance::IdleTimeoutMs + 3000);
    // And a real request is still served afterwards.
    QSignalSpy received(&instance, &SingleInstance::requestReceived);
    bool handedOff = false;
    QThread *client = QThread::create([&handedOff, &instance] {
        handedOff = SingleInstance::handOff(instance.fullServerName(), {QStringLiteral("--pause")});
    });
    client->start();
    EXPECT_TRUE(received.wait(5000));
    client->wait();
    delete client;
    EXPECT_TRUE(handedOff);
}

TEST(InstanceSecurity, AnEndlessRequestIsCutOffBeforeItsTimeIsUp)
{
    QTemporaryDir runtime;
    ASSERT_EQ(::chmod(QFile::encodeName(runtime.path()).constData(), 0700), 0);
    const test::ScopedEnv env("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit());
    SingleInstance instance(SingleInstance::serverName(QString()));
    ASSERT_TRUE(instance.listen());
    QSignalSpy received(&instance, &SingleInstance::requestReceived);
    QLocalSocket socket;
    socket.connectToServer(instance.fullServerName());
    ASSERT_TRUE(socket.waitForConnected(2000));
    // More than a request may be, with no end of line: the instance hangs up at once.
    socket.write("[\"" + QByteArray(SingleInstance::MaxRequestBytes + 1024, 'x'));
    QElapsedTimer clock;
    clock.start();
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QLocalSocket::UnconnectedState,
                              SingleInstance::IdleTimeoutMs + 3000);
    std::printf("[ figure ] a 65 KB request without an end: closed after %lld ms\n",
                static_cast<long long>(clock.elapsed()));
    EXPECT_LT(clock.elapsed(), SingleInstance::IdleTimeoutMs);
    EXPECT_EQ(received.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(instance.openConnections(), 0, 2000);
}

TEST(InstanceSecurity, AnotherAccountIsNotHeardEvenWhenTheSocketWasOpenedUp)
{
    if (::getuid() != 0)
        GTEST_SKIP() << "needs root to play another account (setuid)";
    // In /tmp itself, so that the other account can reach it (the run's TMPDIR is private).
    QTemporaryDir runtime(QStringLiteral("/tmp/pauzeknop-peer-XXXXXX"));
    ASSERT_EQ(::chmod(QFile::encodeName(runtime.path()).constData(), 0700), 0);
    const test::ScopedEnv env("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit());
    SingleInstance instance(SingleInstance::serverName(QString()));
    ASSERT_TRUE(instance.listen());
    // Someone opened up the folder and the socket afterwards (a careless chmod).
    const QByteArray path = QFile::encodeName(instance.fullServerName());
    ASSERT_EQ(::chmod(QFile::encodeName(runtime.path()).constData(), 0711), 0);
    ASSERT_EQ(::chmod(path.constData(), 0666), 0);
    QSignalSpy received(&instance, &SingleInstance::requestReceived);
    // A child process as uid (65534 = another account, else this one) sends a pause request;
    // its exit code is 1 when it got the acknowledgement, 0 when not.
    const auto requestAs = [&path](uid_t uid) {
        const pid_t child = ::fork();
        if (child == 0) {
            if (::setuid(uid) != 0)
                ::_exit(2);
            const int descriptor = ::socket(AF_UNIX, SOCK_STREAM, 0);
            sockaddr_un address{};
            address.sun_family = AF_UNIX;
            std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
            if (::connect(descriptor, reinterpret_cast<const sockaddr *>(&address),
                          sizeof address) != 0)
                ::_exit(3);
            // Hung up on before or after sending: either way no answer (and no SIGPIPE death).
            ::signal(SIGPIPE, SIG_IGN);
            const char request[] = "[\"--pause\"]\n";
            [[maybe_unused]] const ssize_t sent =
                ::send(descriptor, request, sizeof request - 1, 0);
            char answer[8] = {};
            ::_exit(::recv(descriptor, answer, sizeof answer, 0) == 3 ? 1 : 0);
        }
        int status = -1;
        for (int i = 0; i < 500 && ::waitpid(child, &status, WNOHANG) == 0; ++i)
            QTest::qWait(10);
        if (status == -1) {
            ::kill(child, SIGKILL);
            ::waitpid(child, nullptr, 0);
        }
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    };
    EXPECT_EQ(requestAs(Nobody), 0) << "another account connects but is never answered";
    EXPECT_EQ(received.count(), 0);
    EXPECT_EQ(requestAs(::getuid()), 1) << "while this user is";
    EXPECT_EQ(received.count(), 1);
}

TEST(InstanceSecurity, RequestsAreBounded)
{
    EXPECT_EQ(
        SingleInstance::parseRequest(SingleInstance::encodeRequest({QStringLiteral("--pause")})),
        QStringList{QStringLiteral("--pause")});
    QStringList many;
    for (int i = 0; i <= SingleInstance::MaxArguments; ++i)
        many.append(QStringLiteral("--pause"));
    EXPECT_FALSE(SingleInstance::parseRequest(SingleInstance::encodeRequest(many)));
    EXPECT_FALSE(SingleInstance::parseRequest(
        SingleInstance::encodeRequest({QString(SingleInstance::MaxArgumentLength + 1, u'x')})));
    EXPECT_FALSE(SingleInstance::parseRequest("[1, 2]\n"));
    EXPECT_FALSE(SingleInstance::parseRequest("{\"a\": \"b\"}\n"));
    EXPECT_FALSE(
        SingleInstance::parseRequest(QByteArray(SingleInstance::MaxRequestBytes + 2, '[')));
    EXPECT_FALSE(SingleInstance::parseRequest("not json"));
}

namespace {

int pausesStartedBy(const QString &dataDir, const QString &entry)
{
    UsageLog log;
    log.open(dataDir);
    int count = 0;
    for (const UsageRecord &record : log.records())
        count += record.type == UsageEvent::PauseStarted && record.item == entry;
    return count;
}

} // namespace

TEST(InstanceSecurity, SigtermAndSigintFlushTheLogRemoveTheSocketAndExitZero)
{
    for (const int signalNumber : {SIGTERM, SIGINT}) {
        test::PrivateHome home;
        const QString data = home.path(QStringLiteral("data"));
        home.start({QStringLiteral("--data-dir"), data});
        const QString socket = QDir(home.runtimeDir()).filePath(socketFileName(home));
        // The name with --data-dir differs; find the one socket in the private runtime folder.
        QString live;
        for (int i = 0; i < 300 && live.isEmpty(); ++i) {
            const QStringList sockets =
                QDir(home.runtimeDir()).entryList(QDir::System | QDir::NoDotAndDotDot);
            if (!sockets.isEmpty())
                live = QDir(home.runtimeDir()).filePath(sockets.constFirst());
            else
                QThread::msleep(50);
        }
        ASSERT_FALSE(live.isEmpty()) << home.standardError().toStdString();
        (void)socket;
        // A second start hands over a pause: one event, queued for the writer.
        test::PrivateHome second;
        second.environment() = home.environment();
        second.start({QStringLiteral("--pause"), QStringLiteral("--data-dir"), data});
        ASSERT_EQ(second.waitForExit(), 0);
        ::kill(pid_t(home.process().processId()), signalNumber);
        EXPECT_EQ(home.waitForExit(), 0) << "signal " << signalNumber;
        EXPECT_FALSE(QFileInfo::exists(live)) << "the socket must be gone";
        EXPECT_EQ(pausesStartedBy(data, QStringLiteral("handoff")), 1);
    }
}
#endif
