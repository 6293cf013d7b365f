#include "shortcut/x11globalkey.h"
#include "support/isolatedrun.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

#include <functional>
#include <gtest/gtest.h>
#include <poll.h>

using namespace pk;
using namespace pk::test;

namespace {

#define NEEDS_XVFB_AND_XDOTOOL(x)                                                                  \
    if (!(x).isRunning() || !XvfbDisplay::hasXdotool())                                            \
    GTEST_SKIP() << "needs Xvfb and xdotool (packaging/dev/debian-packages.txt)"

// An X client of the test's own on the private display (not Qt's connection).
class Client
{
public:
    explicit Client(const QString &display)
        : m_connection(xcb_connect(display.toLocal8Bit().constData(), nullptr))
    {
        if (ok())
            root = xcb_setup_roots_iterator(xcb_get_setup(m_connection)).data->root;
    }
    ~Client() { xcb_disconnect(m_connection); }
    bool ok() const { return m_connection && !xcb_connection_has_error(m_connection); }
    xcb_connection_t *connection() const { return m_connection; }

    // Hands every event of this connection to key until done() or timeoutMs.
    bool pump(X11GlobalKey &key, const std::function<bool()> &done, int timeoutMs = 5000)
    {
        QElapsedTimer clock;
        clock.start();
        while (true) {
            while (xcb_generic_event_t *event = xcb_poll_for_event(m_connection)) {
                key.handleEvent(event);
                std::free(event);
            }
            if (done() || clock.elapsed() > timeoutMs)
                return done();
            pollfd fd{xcb_get_file_descriptor(m_connection), POLLIN, 0};
            poll(&fd, 1, 50);
        }
    }

    xcb_window_t root = 0;

private:
    xcb_connection_t *m_connection;
};

KeyCombination keys(const char *text)
{
    return KeyCombination::parse(QString::fromLatin1(text));
}

// The real Pauzeknop on the private display, in folders of its own; no portal on its bus.
class App
{
public:
    App(const XvfbDisplay &x)
    {
        m_process.setProcessEnvironment(m_run.environment({
            QStringLiteral("DISPLAY=") + x.display(),
            QStringLiteral("QT_QPA_PLATFORM=xcb"),
            QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=") + m_run.path() +
                QStringLiteral("/no-bus"),
            QStringLiteral("QT_LOGGING_RULES=pauzeknop.shortcut.info=true"),
            QStringLiteral("PAUZEKNOP_REPORT_FIRST_PAINT=1"),
            QStringLiteral("PAUZEKNOP_MANAGED_DIR=") + m_managed.path(),
            QStringLiteral("PAUZEKNOP_INSTANCE_KEY=") + QUuid::createUuid().toString(),
        }));
        m_process.start(QStringLiteral(PAUZEKNOP_BINARY),
                        {QStringLiteral("--data-dir"), m_data.path(), QStringLiteral("--lang"),
                         QStringLiteral("en")});
    }
    ~App()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    bool waitForError(const QByteArray &text, int timeoutMs = 20000)
    {
        return waitForOutput(m_process, QProcess::StandardError, text, &m_err, timeoutMs);
    }
    bool waitForOut(const QByteArray &text, int timeoutMs = 10000)
    {
        return waitForOutput(m_process, QProcess::StandardOutput, text, &m_out, timeoutMs);
    }
    QByteArray err() const { return m_err; }
    QByteArray out() const { return m_out; }

private:
    IsolatedRun m_run;
    QTemporaryDir m_data;
    QTemporaryDir m_managed;
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

} // namespace

TEST(X11PauseKey, IsHeardWhateverCapsLockAndNumLockSay)
{
    XvfbDisplay x;
    NEEDS_XVFB_AND_XDOTOOL(x);
    Client client(x.display());
    ASSERT_TRUE(client.ok());
    X11GlobalKey key(client.connection(), client.root);
    QSignalSpy activated(&key, &GlobalKey::activated);
    key.bind(keys("Ctrl+Alt+P"), QString());
    ASSERT_EQ(key.state(), GlobalKey::State::Active);
    EXPECT_EQ(key.trigger(), QStringLiteral("Ctrl+Alt+P"));

    ASSERT_TRUE(x.xdotool({QStringLiteral("key"), QStringLiteral("ctrl+alt+p")}));
    EXPECT_TRUE(client.pump(key, [&] { return activated.count() == 1; }));

    ASSERT_TRUE(x.xdotool({QStringLiteral("key"), QStringLiteral("Caps_Lock")}));
    ASSERT_TRUE(x.xdotool({QStringLiteral("key"), QStringLiteral("ctrl+alt+p")}));
    EXPECT_TRUE(client.pump(key, [&] { return activated.count() == 2; }));

    ASSERT_TRUE(x.xdotool({QStringLiteral("key"), QStringLiteral("Num_Lock")}));
    ASSERT_TRUE(x.xdotool({QStringLiteral("key"), QStringLiteral("ctrl+alt+p")}));
    EXPECT_TRUE(client.pump(key, [&] { return activated.count() == 3; }));

    ASSERT_TRUE(x.xdotool({QStringLiteral("key"), QStringLiteral("Caps_Lock")}));
    ASSERT_TRUE(x.xdotool({QStringLiteral("key"), QStringLiteral("ctrl+alt+p")}));
    EXPECT_TRUE(client.pump(key, [&] { return activated.count() == 4; }));

    // Other keys, or the same letter with other modifiers, are none of its business.
    ASSERT_TRUE(x.xdotool({QStringLiteral("key"), QStringLiteral("ctrl+alt+o")}));
    ASSERT_TRUE(x.xdotool({QStringLiteral("key"), QStringLiteral("ctrl+shift+alt+p")}));
    client.pump(
        key, [] { return false; }, 300);
    EXPECT_EQ(activated.count(), 4);

    // Held down, the key repeats; that is still one pause.
    ASSERT_TRUE(
        x.xdotool({QStringLiteral("keydown"), QStringLiteral("ctrl+alt+p"), QStringLiteral("sleep"),
                   QStringLiteral("0.8"), QStringLiteral("keyup"), QStringLiteral("ctrl+alt+p")}));
    client.pump(
        key, [] { return false; }, 300);
    EXPECT_EQ(activated.count(), 5);

    key.unbind();
    EXPECT_EQ(key.state(), GlobalKey::State::Off);
    ASSERT_TRUE(x.xdotool({QStringLiteral("key"), QStringLiteral("ctrl+alt+p")}));
    client.pump(
        key, [] { return false; }, 300);
    EXPECT_EQ(activated.count(), 5);
}

TEST(X11PauseKey, AKeyAnotherClientHoldsIsReportedAsTakenAndNothingIsHalfGrabbed)
{
    XvfbDisplay x;
    NEEDS_XVFB_AND_XDOTOOL(x);
    Client other(x.display());
    Client ours(x.display());
    ASSERT_TRUE(other.ok() && ours.ok());
    X11GlobalKey first(other.connection(), other.root);
    first.bind(keys("Ctrl+Alt+P"), QString());
    ASSERT_EQ(first.state(), GlobalKey::State::Active);

    X11GlobalKey second(ours.connection(), ours.root);
    second.bind(keys("Ctrl+Alt+P"), QString());
    EXPECT_EQ(second.state(), GlobalKey::State::Taken);
    second.bind(keys("Ctrl+Alt+O"), QString());
    EXPECT_EQ(second.state(), GlobalKey::State::Active);

    // Once the other client lets go, the key can be had again.
    first.unbind();
    second.bind(keys("Ctrl+Alt+P"), QString());
    EXPECT_EQ(second.state(), GlobalKey::State::Active);
    QSignalSpy activated(&second, &GlobalKey::activated);
    ASSERT_TRUE(x.xdotool({QStringLiteral("key"), QStringLiteral("ctrl+alt+p")}));
    EXPECT_TRUE(ours.pump(second, [&] { return activated.count() == 1; }));
}

TEST(X11PauseKey, PressingTheKeyOpensThePauseOfTheRunningApp)
{
    XvfbDisplay x;
    NEEDS_XVFB_AND_XDOTOOL(x);
    App app(x);
    ASSERT_TRUE(app.waitForError("the pause key is active (x11): Ctrl+Alt+P"))
        << app.err().constData();
    EXPECT_FALSE(app.out().contains("pause-painted"));
    ASSERT_TRUE(x.xdotool({QStringLiteral("key"), QStringLiteral("ctrl+alt+p")}));
    EXPECT_TRUE(app.waitForOut("pause-painted")) << app.out().constData();
}

TEST(X11PauseKey, TheAppSaysWhenAnotherProgramHoldsItsKey)
{
    XvfbDisplay x;
    NEEDS_XVFB_AND_XDOTOOL(x);
    Client other(x.display());
    ASSERT_TRUE(other.ok());
    X11GlobalKey holder(other.connection(), other.root);
    holder.bind(keys("Ctrl+Alt+P"), QString());
    ASSERT_EQ(holder.state(), GlobalKey::State::Active);

    App app(x);
    ASSERT_TRUE(app.waitForError("Ctrl+Alt+P is taken by another program"))
        << app.err().constData();
    // The key stays with the program that had it first.
    QSignalSpy activated(&holder, &GlobalKey::activated);
    ASSERT_TRUE(x.xdotool({QStringLiteral("key"), QStringLiteral("ctrl+alt+p")}));
    EXPECT_TRUE(other.pump(holder, [&] { return activated.count() == 1; }));
    EXPECT_FALSE(app.waitForOut("pause-painted", 1000));
}
