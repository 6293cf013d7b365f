#include "portalglobalkey.h"

#include "shortcutlog.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QRandomGenerator>
#include <QTimer>

namespace pk {
namespace {

const QString desktopService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString desktopPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString shortcutsInterface = QStringLiteral("org.freedesktop.portal.GlobalShortcuts");
const QString requestInterface = QStringLiteral("org.freedesktop.portal.Request");
const QString sessionInterface = QStringLiteral("org.freedesktop.portal.Session");

// a(sa{sv}): shortcut ids with their properties.
using ShortcutList = QList<std::pair<QString, QVariantMap>>;

void registerTypes()
{
    static const bool once = [] {
        qDBusRegisterMetaType<std::pair<QString, QVariantMap>>();
        qDBusRegisterMetaType<ShortcutList>();
        return true;
    }();
    Q_UNUSED(once)
}

QString freshToken()
{
    return QStringLiteral("pauzeknop%1").arg(QRandomGenerator::global()->generate());
}

// An object path, also when a portal sends it as a string (session_handle is "s" for
// historical reasons).
QString pathText(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<QDBusObjectPath>())
        return value.value<QDBusObjectPath>().path();
    return value.toString();
}

} // namespace

PortalGlobalKey::PortalGlobalKey(const QDBusConnection &bus, QObject *parent)
    : GlobalKey(parent)
    , m_bus(bus)
{
    registerTypes();
    m_bus.connect(desktopService, desktopPath, shortcutsInterface, QStringLiteral("Activated"),
                  this, SLOT(onActivated(QDBusMessage)));
    m_bus.connect(desktopService, desktopPath, shortcutsInterface,
                  QStringLiteral("ShortcutsChanged"), this, SLOT(onShortcutsChanged(QDBusMessage)));
}

PortalGlobalKey::~PortalGlobalKey()
{
    closeSession();
}

void PortalGlobalKey::probe(const QDBusConnection &bus, QObject *context,
                            const std::function<void(bool)> &done)
{
    if (!bus.isConnected()) {
        QTimer::singleShot(0, context, [done] { done(false); });
        return;
    }
    QDBusMessage get = QDBusMessage::createMethodCall(
        desktopService, desktopPath, QStringLiteral("org.freedesktop.DBus.Properties"),
        QStringLiteral("Get"));
    get << shortcutsInterface << QStringLiteral("version");
    // A portal that is being started may take a moment; one that never answers must not
    // keep the X11 way waiting long.
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(get, 5000), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [done](QDBusPendingCallWatcher *call) {
                         const QDBusPendingReply<QDBusVariant> reply = *call;
                         call->deleteLater();
                         done(!reply.isError() && reply.value().variant().toUInt() >= 1);
                     });
}

void PortalGlobalKey::bind(const KeyCombination &keys, const QString &description)
{
    // "An application can only attempt to bind shortcuts of a session once": a new key needs
    // a new session. The same key again keeps the session (and the desktop's answer).
    if (keys == m_keys && description == m_description && m_step != Step::Idle)
        return;
    closeSession();
    m_keys = keys;
    m_description = description;
    if (!keys.isValid()) {
        setState(State::Off);
        return;
    }
    setState(State::Waiting, keys.toString());
    registerApp();
    createSession();
}

void PortalGlobalKey::unbind()
{
    closeSession();
    m_keys = KeyCombination();
    setState(State::Off);
}

void PortalGlobalKey::registerApp()
{
    if (m_registered)
        return;
    m_registered = true;
    // Tells the portal which desktop file is ours (xdg-desktop-portal 1.19.4 and later), so
    // the desktop names Pauzeknop in its dialog. Older portals and sandboxes answer with an
    // error, which changes nothing; it must come before any other portal call.
    QDBusMessage call = QDBusMessage::createMethodCall(
        desktopService, desktopPath, QStringLiteral("org.freedesktop.host.portal.Registry"),
        QStringLiteral("Register"));
    call << QStringLiteral(PAUZEKNOP_APP_ID) << QVariantMap();
    m_bus.asyncCall(call);
}

void PortalGlobalKey::createSession()
{
    m_step = Step::CreatingSession;
    request(QStringLiteral("CreateSession"), {},
            {{QStringLiteral("session_handle_token"), freshToken()}});
}

void PortalGlobalKey::bindShortcuts()
{
    m_step = Step::Binding;
    QVariantMap properties{{QStringLiteral("description"), m_description}};
    const QString trigger = m_keys.toPortalTrigger();
    if (!trigger.isEmpty())
        properties.insert(QStringLiteral("preferred_trigger"), trigger);
    const ShortcutList shortcuts{{shortcutId(), properties}};
    request(QStringLiteral("BindShortcuts"),
            {QVariant::fromValue(QDBusObjectPath(m_session)), QVariant::fromValue(shortcuts),
             QString()},
            {});
}

void PortalGlobalKey::request(const QString &method, QVariantList arguments, QVariantMap options)
{
    const QString token = freshToken();
    options.insert(QStringLiteral("handle_token"), token);
    // The portal names the request after our unique bus name and the token: listening before
    // calling means its Response cannot be missed.
    QString sender = m_bus.baseService().mid(1);
    sender.replace(QLatin1Char('.'), QLatin1Char('_'));
    listenForResponse(desktopPath + QStringLiteral("/request/") + sender + QLatin1Char('/') +
                      token);
    QDBusMessage call =
        QDBusMessage::createMethodCall(desktopService, desktopPath, shortcutsInterface, method);
    arguments.append(options);
    call.setArguments(arguments);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    const QString expected = m_requestPath;
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, expected](QDBusPendingCallWatcher *call) {
                const QDBusPendingReply<QDBusObjectPath> reply = *call;
                call->deleteLater();
                // The Response may come before this reply; then, or after an unbind or a new
                // key, this request is over and its reply changes nothing.
                if (m_requestPath != expected)
                    return;
                if (reply.isError()) {
                    failed(reply.error().message());
                    return;
                }
                // Portals older than 0.9 choose their own request path.
                if (reply.value().path() != expected)
                    listenForResponse(reply.value().path());
            });
}

void PortalGlobalKey::listenForResponse(const QString &path)
{
    if (!m_requestPath.isEmpty())
        m_bus.disconnect(desktopService, m_requestPath, requestInterface,
                         QStringLiteral("Response"), this, SLOT(onResponse(QDBusMessage)));
    m_requestPath = path;
    if (!path.isEmpty())
        m_bus.connect(desktopService, path, requestInterface, QStringLiteral("Response"), this,
                      SLOT(onResponse(QDBusMessage)));
}

void PortalGlobalKey::onResponse(const QDBusMessage &message)
{
    if (message.path() != m_requestPath || message.arguments().size() < 2)
        return;
    listenForResponse(QString());
    const uint response = message.arguments().at(0).toUInt();
    const QVariantMap results = qdbus_cast<QVariantMap>(message.arguments().at(1));
    if (response == 1) { // the person cancelled the desktop's dialog
        qCInfo(lcShortcut, "Pauzeknop: the desktop did not allow the pause key");
        closeSession();
        setState(State::Refused);
        return;
    }
    if (response != 0) {
        failed(QStringLiteral("response %1").arg(response));
        return;
    }
    if (m_step == Step::CreatingSession) {
        m_session = pathText(results.value(QStringLiteral("session_handle")));
        if (m_session.isEmpty()) {
            failed(QStringLiteral("no session handle"));
            return;
        }
        m_bus.connect(desktopService, m_session, sessionInterface, QStringLiteral("Closed"), this,
                      SLOT(onSessionClosed(QDBusMessage)));
        bindShortcuts();
    } else if (m_step == Step::Binding) {
        m_step = Step::Bound;
        takeShortcuts(results.value(QStringLiteral("shortcuts")));
    }
}

void PortalGlobalKey::takeShortcuts(const QVariant &shortcuts)
{
    const ShortcutList list = shortcuts.canConvert<QDBusArgument>()
                                  ? qdbus_cast<ShortcutList>(shortcuts)
                                  : shortcuts.value<ShortcutList>();
    for (const auto &[id, properties] : list) {
        if (id != shortcutId())
            continue;
        QString trigger = properties.value(QStringLiteral("trigger_description")).toString();
        if (trigger.isEmpty())
            trigger = m_keys.toString();
        qCInfo(lcShortcut, "Pauzeknop: the pause key is active (portal): %s",
               qUtf8Printable(trigger));
        setState(State::Active, trigger);
        return;
    }
    // Bound nothing: the desktop (or the person in its dialog) left the shortcut out.
    qCInfo(lcShortcut, "Pauzeknop: the desktop bound no pause key");
    setState(State::Refused);
}

void PortalGlobalKey::onActivated(const QDBusMessage &message)
{
    const QVariantList arguments = message.arguments();
    if (arguments.size() < 2 || m_step != Step::Bound || state() != State::Active)
        return;
    if (pathText(arguments.at(0)) == m_session && arguments.at(1).toString() == shortcutId())
        Q_EMIT activated();
}

void PortalGlobalKey::onShortcutsChanged(const QDBusMessage &message)
{
    const QVariantList arguments = message.arguments();
    if (arguments.size() < 2 || m_step != Step::Bound || pathText(arguments.at(0)) != m_session)
        return;
    takeShortcuts(arguments.at(1));
}

void PortalGlobalKey::onSessionClosed(const QDBusMessage &message)
{
    if (message.path() != m_session)
        return;
    // The desktop ended the session (the person removed the shortcut, or the portal restarted).
    m_bus.disconnect(desktopService, m_session, sessionInterface, QStringLiteral("Closed"), this,
                     SLOT(onSessionClosed(QDBusMessage)));
    m_session.clear();
    m_step = Step::Idle;
    setState(State::Refused);
}

void PortalGlobalKey::failed(const QString &why)
{
    qWarning("Pauzeknop: the desktop portal could not set up the pause key (%s).",
             qUtf8Printable(why));
    closeSession();
    setState(State::Failed);
}

void PortalGlobalKey::closeSession()
{
    if (!m_requestPath.isEmpty()) {
        // A request still open (its dialog may be showing): withdraw it.
        m_bus.asyncCall(QDBusMessage::createMethodCall(desktopService, m_requestPath,
                                                       requestInterface, QStringLiteral("Close")));
        listenForResponse(QString());
    }
    if (!m_session.isEmpty()) {
        m_bus.disconnect(desktopService, m_session, sessionInterface, QStringLiteral("Closed"),
                         this, SLOT(onSessionClosed(QDBusMessage)));
        m_bus.asyncCall(QDBusMessage::createMethodCall(desktopService, m_session, sessionInterface,
                                                       QStringLiteral("Close")));
        m_session.clear();
    }
    m_step = Step::Idle;
}

} // namespace pk
