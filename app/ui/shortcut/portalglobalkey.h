#pragma once

#include "globalkey.h"

#include <QDBusConnection>

#include <functional>

class QDBusMessage;

namespace pk {

// The pause key through the XDG desktop portal (org.freedesktop.portal.GlobalShortcuts): one
// session, created once and kept while the key stays the same; the shortcut bound with a
// description in the app's language; the desktop's own confirmation decides. Every call is
// asynchronous: the window never waits for the desktop.
class PortalGlobalKey : public GlobalKey
{
    Q_OBJECT

public:
    // The id of the one shortcut Pauzeknop binds.
    static QString shortcutId() { return QStringLiteral("pause"); }

    explicit PortalGlobalKey(const QDBusConnection &bus, QObject *parent = nullptr);
    ~PortalGlobalKey() override;

    // Whether a portal with GlobalShortcuts answers on bus: done(true/false) is called later,
    // from the event loop, within a few seconds at most.
    static void probe(const QDBusConnection &bus, QObject *context,
                      const std::function<void(bool)> &done);

    void bind(const KeyCombination &keys, const QString &description) override;
    void unbind() override;
    QString kind() const override { return QStringLiteral("portal"); }

    // The session handle while there is one (for tests and the log).
    QString session() const { return m_session; }

private Q_SLOTS:
    // QtDBus delivers D-Bus signals only to slots named with SLOT(): these are those slots.
    void onResponse(const QDBusMessage &message);
    void onActivated(const QDBusMessage &message);
    void onShortcutsChanged(const QDBusMessage &message);
    void onSessionClosed(const QDBusMessage &message);

private:
    enum class Step
    {
        Idle,
        CreatingSession,
        Binding,
        Bound,
    };
    void registerApp();
    void createSession();
    void bindShortcuts();
    void closeSession();
    // Sends a portal request with a fresh handle_token, listening for its Response first.
    void request(const QString &method, QVariantList arguments, QVariantMap options);
    void listenForResponse(const QString &path);
    void failed(const QString &why);
    void takeShortcuts(const QVariant &shortcuts);

    QDBusConnection m_bus;
    KeyCombination m_keys;
    QString m_description;
    QString m_session;
    QString m_requestPath;
    Step m_step = Step::Idle;
    bool m_registered = false;
};

} // namespace pk
