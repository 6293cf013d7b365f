// A stand-in for xdg-desktop-portal's GlobalShortcuts interface on a private session bus, for
// tests: it answers CreateSession and BindShortcuts as a desktop would (each with a Response
// on the request object), or refuses like a person cancelling the desktop's dialog, and emits
// Activated when the test asks it to. Control: be.pauzeknop.FakePortal on the same object.
//   fake_portal [--refuse] [--trigger TEXT] [--delay MS] [--no-shortcuts]
#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDBusVirtualObject>
#include <QTimer>

#include <cstdio>

namespace {

using ShortcutList = QList<std::pair<QString, QVariantMap>>;

const QString desktopPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString shortcutsInterface = QStringLiteral("org.freedesktop.portal.GlobalShortcuts");

class FakePortal : public QDBusVirtualObject
{
public:
    bool refuse = false;
    bool bindNothing = false;
    QString trigger = QStringLiteral("Ctrl+Alt+P");
    int delayMs = 0;

    QString introspect(const QString &) const override { return QString(); }

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        const QString interface = message.interface();
        const QString member = message.member();
        const QVariantList args = message.arguments();
        if (interface == QLatin1String("org.freedesktop.DBus.Properties") &&
            member == QLatin1String("Get") && args.value(0).toString() == shortcutsInterface) {
            connection.send(message.createReply(QVariant::fromValue(QDBusVariant(uint(1)))));
            return true;
        }
        if (interface == QLatin1String("org.freedesktop.host.portal.Registry") &&
            member == QLatin1String("Register")) {
            m_calls.append(QStringLiteral("Register ") + args.value(0).toString());
            connection.send(message.createReply());
            return true;
        }
        if (interface == shortcutsInterface && member == QLatin1String("CreateSession")) {
            const QVariantMap options = qdbus_cast<QVariantMap>(args.value(0));
            const QString session =
                objectPath(QStringLiteral("session"), message.service(),
                           options.value(QStringLiteral("session_handle_token")).toString());
            m_session = session;
            m_calls.append(QStringLiteral("CreateSession"));
            respond(message, connection, options, 0, {{QStringLiteral("session_handle"), session}});
            return true;
        }
        if (interface == shortcutsInterface && member == QLatin1String("BindShortcuts")) {
            const QString session = args.value(0).value<QDBusObjectPath>().path();
            const ShortcutList shortcuts = qdbus_cast<ShortcutList>(args.value(1));
            QString call = QStringLiteral("BindShortcuts");
            ShortcutList bound;
            for (const auto &[id, properties] : shortcuts) {
                call += QLatin1Char(' ') + id + QLatin1Char('|') +
                        properties.value(QStringLiteral("description")).toString() +
                        QLatin1Char('|') +
                        properties.value(QStringLiteral("preferred_trigger")).toString();
                bound.append({id,
                              {{QStringLiteral("description"),
                                properties.value(QStringLiteral("description"))},
                               {QStringLiteral("trigger_description"), trigger}}});
            }
            m_calls.append(call + (session == m_session ? QString() : QStringLiteral(" (stale)")));
            const QVariantMap options = qdbus_cast<QVariantMap>(args.value(3));
            if (refuse)
                respond(message, connection, options, 1, {});
            else
                respond(message, connection, options, 0,
                        {{QStringLiteral("shortcuts"),
                          QVariant::fromValue(bindNothing ? ShortcutList() : bound)}});
            return true;
        }
        if (member == QLatin1String("Close")) {
            m_calls.append(QStringLiteral("Close ") + (message.path() == m_session
                                                           ? QStringLiteral("session")
                                                           : QStringLiteral("request")));
            if (message.path() == m_session)
                m_session.clear();
            connection.send(message.createReply());
            return true;
        }
        if (interface == QLatin1String("be.pauzeknop.FakePortal"))
            return control(message, connection);
        return false;
    }

private:
    static QString objectPath(const QString &kind, const QString &sender, const QString &token)
    {
        QString name = sender.mid(1);
        name.replace(QLatin1Char('.'), QLatin1Char('_'));
        return desktopPath + QLatin1Char('/') + kind + QLatin1Char('/') + name + QLatin1Char('/') +
               token;
    }

    // Replies with the request's handle, then (after the "dialog") emits its Response.
    void respond(const QDBusMessage &message, const QDBusConnection &connection,
                 const QVariantMap &options, uint response, const QVariantMap &results)
    {
        const QString request =
            objectPath(QStringLiteral("request"), message.service(),
                       options.value(QStringLiteral("handle_token")).toString());
        connection.send(message.createReply(QVariant::fromValue(QDBusObjectPath(request))));
        QTimer::singleShot(delayMs, [connection, request, response, results] {
            QDBusMessage signal = QDBusMessage::createSignal(
                request, QStringLiteral("org.freedesktop.portal.Request"),
                QStringLiteral("Response"));
            signal << response << results;
            QDBusConnection(connection).send(signal);
        });
    }

    bool control(const QDBusMessage &message, const QDBusConnection &connection)
    {
        const QString member = message.member();
        const QVariantList args = message.arguments();
        QDBusConnection bus(connection);
        if (member == QLatin1String("Calls")) {
            bus.send(message.createReply(m_calls));
        } else if (member == QLatin1String("Activate")) {
            QDBusMessage signal = QDBusMessage::createSignal(desktopPath, shortcutsInterface,
                                                             QStringLiteral("Activated"));
            signal << QVariant::fromValue(
                          QDBusObjectPath(m_session.isEmpty() ? desktopPath : m_session))
                   << args.value(0).toString() << qulonglong(1234) << QVariantMap();
            bus.send(signal);
            bus.send(message.createReply());
        } else if (member == QLatin1String("SetRefuse")) {
            refuse = args.value(0).toBool();
            bus.send(message.createReply());
        } else if (member == QLatin1String("CloseSession")) {
            // The desktop ends the session (the person removed the shortcut there).
            if (!m_session.isEmpty())
                bus.send(QDBusMessage::createSignal(
                             m_session, QStringLiteral("org.freedesktop.portal.Session"),
                             QStringLiteral("Closed"))
                         << QVariantMap());
            bus.send(message.createReply());
        } else {
            return false;
        }
        return true;
    }

    QStringList m_calls;
    QString m_session;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qDBusRegisterMetaType<std::pair<QString, QVariantMap>>();
    qDBusRegisterMetaType<ShortcutList>();
    FakePortal portal;
    const QStringList args = app.arguments();
    portal.refuse = args.contains(QStringLiteral("--refuse"));
    portal.bindNothing = args.contains(QStringLiteral("--no-shortcuts"));
    if (const qsizetype at = args.indexOf(QStringLiteral("--trigger")); at > 0)
        portal.trigger = args.value(at + 1);
    if (const qsizetype at = args.indexOf(QStringLiteral("--delay")); at > 0)
        portal.delayMs = args.value(at + 1).toInt();
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.registerVirtualObject(desktopPath, &portal, QDBusConnection::SubPath) ||
        !bus.registerService(QStringLiteral("org.freedesktop.portal.Desktop"))) {
        std::fputs("fake_portal: cannot register on the session bus\n", stderr);
        return 1;
    }
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    return app.exec();
}
