#include "shortcut/globalpausekey.h"
#include "shortcut/portalglobalkey.h"
#include "support/isolatedrun.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>
#include <gtest/gtest.h>

using namespace pk;
using namespace pk::test;

namespace {

bool waitFor(const std::function<bool()> &done, int timeoutMs = 5000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QTest::qWait(10);
    return done();
}

// A private session bus with the fake portal (tests/helpers/fakeportal.cpp) on it, and this
// test's own connection to that bus.
class FakeDesktop
{
public:
    explicit FakeDesktop(const QStringList &portalArguments = {}, bool withPortal = true)
        : m_name(QUuid::createUuid().toString())
    {
        if (!m_bus.isRunning())
            return;
        if (withPortal) {
            m_portal.setProcessEnvironment(
                m_run.environment({QStringLiteral("DBUS_SESSION_BUS_ADDRESS=") + m_bus.address()}));
            m_portal.start(QStringLiteral(PAUZEKNOP_FAKE_PORTAL), portalArguments);
            QByteArray seen;
            if (!waitForOutput(m_portal, QProcess::StandardOutput, "ready", &seen))
                return;
        }
        m_ready = connection().isConnected();
    }
    ~FakeDesktop()
    {
        QDBusConnection::disconnectFromBus(m_name);
        m_portal.kill();
        m_portal.waitForFinished();
    }
    bool isReady() const { return m_ready; }
    QString address() const { return m_bus.address(); }
    QDBusConnection connection() const { return QDBusConnection::connectToBus(address(), m_name); }

    // What the portal was asked, in order ("Register ...", "CreateSession", "BindShortcuts ...").
    QStringList calls() const
    {
        const QDBusReply<QStringList> reply = connection().call(control("Calls"));
        return reply.isValid() ? reply.value() : QStringList{QStringLiteral("no answer")};
    }
    void tell(const char *member, const QVariantList &arguments = {}) const
    {
        QDBusMessage message = control(member);
        message.setArguments(arguments);
        connection().call(message);
    }

private:
    static QDBusMessage control(const char *member)
    {
        return QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.portal.Desktop"),
                                              QStringLiteral("/org/freedesktop/portal/desktop"),
                                              QStringLiteral("be.pauzeknop.FakePortal"),
                                              QString::fromLatin1(member));
    }

    PrivateBus m_bus;
    IsolatedRun m_run;
    QProcess m_portal;
    QString m_name;
    bool m_ready = false;
};

#define NEEDS_DBUS_DAEMON(desktop)                                                                 \
    if (!(desktop).isReady())                                                                      \
    GTEST_SKIP() << "needs dbus-daemon (packaging/dev/debian-packages.txt)"

KeyCombination keys(const char *text)
{
    return KeyCombination::parse(QString::fromLatin1(text));
}

bool probe(const QDBusConnection &bus)
{
    QObject context;
    std::optional<bool> answer;
    PortalGlobalKey::probe(bus, &context, [&answer](bool available) { answer = available; });
    waitFor([&] { return answer.has_value(); }, 8000);
    return answer.value_or(false);
}

} // namespace

TEST(PortalPauseKey, IsUsedOnlyWhereAPortalWithGlobalShortcutsAnswers)
{
    FakeDesktop desktop;
    NEEDS_DBUS_DAEMON(desktop);
    EXPECT_TRUE(probe(desktop.connection()));
    FakeDesktop empty({}, false);
    ASSERT_TRUE(empty.isReady());
    EXPECT_FALSE(probe(empty.connection()));
    EXPECT_FALSE(probe(QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent"),
                                                     QStringLiteral("pk-no-bus"))));
    QDBusConnection::disconnectFromBus(QStringLiteral("pk-no-bus"));
}

TEST(PortalPauseKey, AsksOnceWithADescriptionAndThePreferredKeyAndKeepsTheSession)
{
    FakeDesktop desktop;
    NEEDS_DBUS_DAEMON(desktop);
    PortalGlobalKey key(desktop.connection());
    key.bind(keys("Ctrl+Alt+P"), QStringLiteral("Pause now"));
    EXPECT_EQ(key.state(), GlobalKey::State::Waiting);
    ASSERT_TRUE(waitFor([&] { return key.state() == GlobalKey::State::Active; }));
    EXPECT_EQ(key.trigger(), QStringLiteral("Ctrl+Alt+P"));
    EXPECT_FALSE(key.session().isEmpty());
    EXPECT_EQ(desktop.calls(),
              QStringList({QStringLiteral("Register be.pauzeknop.Pauzeknop"),
                           QStringLiteral("CreateSession"),
                           QStringLiteral("BindShortcuts pause|Pause now|CTRL+ALT+p")}));

    // The same key again: nothing to ask, the session stays.
    const QString session = key.session();
    key.bind(keys("Ctrl+Alt+P"), QStringLiteral("Pause now"));
    QTest::qWait(100);
    EXPECT_EQ(key.session(), session);
    EXPECT_EQ(desktop.calls().size(), 3);
}

TEST(PortalPauseKey, ActivatedOpensThePauseOnlyForItsOwnShortcut)
{
    FakeDesktop desktop;
    NEEDS_DBUS_DAEMON(desktop);
    PortalGlobalKey key(desktop.connection());
    QSignalSpy activated(&key, &GlobalKey::activated);
    key.bind(keys("Ctrl+Alt+P"), QStringLiteral("Pause now"));
    ASSERT_TRUE(waitFor([&] { return key.state() == GlobalKey::State::Active; }));
    desktop.tell("Activate", {QStringLiteral("pause")});
    EXPECT_TRUE(waitFor([&] { return activated.count() == 1; }));
    desktop.tell("Activate", {QStringLiteral("something-else")});
    QTest::qWait(200);
    EXPECT_EQ(activated.count(), 1);

    key.unbind();
    EXPECT_EQ(key.state(), GlobalKey::State::Off);
    EXPECT_TRUE(waitFor([&] { return desktop.calls().contains(QStringLiteral("Close session")); }));
    desktop.tell("Activate", {QStringLiteral("pause")});
    QTest::qWait(200);
    EXPECT_EQ(activated.count(), 1);
}

TEST(PortalPauseKey, ARefusalIsRespectedAndAskingAgainCanSucceed)
{
    FakeDesktop desktop({QStringLiteral("--refuse")});
    NEEDS_DBUS_DAEMON(desktop);
    PortalGlobalKey key(desktop.connection());
    key.bind(keys("Ctrl+Alt+P"), QStringLiteral("Pause now"));
    ASSERT_TRUE(waitFor([&] { return key.state() == GlobalKey::State::Refused; }));
    EXPECT_TRUE(waitFor([&] { return desktop.calls().contains(QStringLiteral("Close session")); }));

    desktop.tell("SetRefuse", {false});
    key.bind(keys("Ctrl+Alt+P"), QStringLiteral("Pause now"));
    EXPECT_TRUE(waitFor([&] { return key.state() == GlobalKey::State::Active; }));
}

TEST(PortalPauseKey, ADesktopThatBindsNothingCountsAsNo)
{
    FakeDesktop desktop({QStringLiteral("--no-shortcuts")});
    NEEDS_DBUS_DAEMON(desktop);
    PortalGlobalKey key(desktop.connection());
    key.bind(keys("Ctrl+Alt+P"), QStringLiteral("Pause now"));
    EXPECT_TRUE(waitFor([&] { return key.state() == GlobalKey::State::Refused; }));
}

TEST(PortalPauseKey, TheKeyTheDesktopChoseIsTheOneShown)
{
    FakeDesktop desktop({QStringLiteral("--trigger"), QStringLiteral("Super+F9"),
                         QStringLiteral("--delay"), QStringLiteral("300")});
    NEEDS_DBUS_DAEMON(desktop);
    PortalGlobalKey key(desktop.connection());
    key.bind(keys("Ctrl+Alt+P"), QStringLiteral("Pause now"));
    QTest::qWait(100); // the desktop's dialog is still open
    EXPECT_EQ(key.state(), GlobalKey::State::Waiting);
    ASSERT_TRUE(waitFor([&] { return key.state() == GlobalKey::State::Active; }));
    EXPECT_EQ(key.trigger(), QStringLiteral("Super+F9"));
}

TEST(PortalPauseKey, AnotherKeyNeedsANewSessionAndTheOldOneIsClosed)
{
    FakeDesktop desktop;
    NEEDS_DBUS_DAEMON(desktop);
    PortalGlobalKey key(desktop.connection());
    QSignalSpy activated(&key, &GlobalKey::activated);
    key.bind(keys("Ctrl+Alt+P"), QStringLiteral("Pause now"));
    ASSERT_TRUE(waitFor([&] { return key.state() == GlobalKey::State::Active; }));
    const QString first = key.session();
    key.bind(keys("Ctrl+Alt+K"), QStringLiteral("Pause now"));
    ASSERT_TRUE(waitFor([&] { return key.state() == GlobalKey::State::Active; }));
    EXPECT_NE(key.session(), first);
    const QStringList calls = desktop.calls();
    EXPECT_EQ(calls.count(QStringLiteral("CreateSession")), 2) << calls.join(u'\n').toStdString();
    EXPECT_TRUE(calls.contains(QStringLiteral("Close session")));
    EXPECT_EQ(calls.constLast(), QStringLiteral("BindShortcuts pause|Pause now|CTRL+ALT+k"));
    EXPECT_EQ(calls.count(QStringLiteral("Register be.pauzeknop.Pauzeknop")), 1);
    desktop.tell("Activate", {QStringLiteral("pause")});
    EXPECT_TRUE(waitFor([&] { return activated.count() == 1; }));
}

TEST(PortalPauseKey, ASessionTheDesktopEndsIsShownAsNotSetUp)
{
    FakeDesktop desktop;
    NEEDS_DBUS_DAEMON(desktop);
    PortalGlobalKey key(desktop.connection());
    key.bind(keys("Ctrl+Alt+P"), QStringLiteral("Pause now"));
    ASSERT_TRUE(waitFor([&] { return key.state() == GlobalKey::State::Active; }));
    desktop.tell("CloseSession");
    EXPECT_TRUE(waitFor([&] { return key.state() == GlobalKey::State::Refused; }));
    EXPECT_TRUE(key.session().isEmpty());
}

// The real Pauzeknop on a private X display with the fake portal on its session bus: the
// portal is preferred over the X11 grab, and its Activated signal opens the pause.
TEST(PortalPauseKey, TheRunningAppOpensThePauseWhenThePortalSaysSo)
{
    FakeDesktop desktop;
    NEEDS_DBUS_DAEMON(desktop);
    XvfbDisplay x;
    if (!x.isRunning())
        GTEST_SKIP() << "needs Xvfb (packaging/dev/debian-packages.txt)";
    IsolatedRun run;
    QTemporaryDir data;
    QTemporaryDir managed;
    QProcess app;
    app.setProcessEnvironment(run.environment({
        QStringLiteral("DISPLAY=") + x.display(),
        QStringLiteral("QT_QPA_PLATFORM=xcb"),
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS=") + desktop.address(),
        QStringLiteral("QT_LOGGING_RULES=pauzeknop.shortcut.info=true"),
        QStringLiteral("PAUZEKNOP_REPORT_FIRST_PAINT=1"),
        QStringLiteral("PAUZEKNOP_MANAGED_DIR=") + managed.path(),
    }));
    app.start(QStringLiteral(PAUZEKNOP_BINARY), {QStringLiteral("--data-dir"), data.path(),
                                                 QStringLiteral("--lang"), QStringLiteral("en")});
    QByteArray err;
    QByteArray out;
    ASSERT_TRUE(waitForOutput(app, QProcess::StandardError, "the pause key is active (portal)",
                              &err, 20000))
        << err.constData();
    const QStringList calls = desktop.calls();
    ASSERT_EQ(calls.size(), 3) << calls.join(u'\n').toStdString();
    EXPECT_EQ(calls.at(2), QStringLiteral("BindShortcuts pause|") + GlobalPauseKey::description() +
                               QStringLiteral("|CTRL+ALT+p"));
    desktop.tell("Activate", {QStringLiteral("pause")});
    EXPECT_TRUE(waitForOutput(app, QProcess::StandardOutput, "pause-painted", &out))
        << out.constData();
    app.kill();
    app.waitForFinished();
}
