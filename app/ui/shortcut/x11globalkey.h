#pragma once

#include "globalkey.h"

#include <QAbstractNativeEventFilter>
#include <QList>

#include <memory>
#include <xcb/xcb.h>

namespace pk {

// The pause key on X11 without the portal: a passive grab of the key on the root window, in
// every Num Lock / Caps Lock state, heard through Qt's native event filter (no polling). A key
// another client already grabbed is reported as Taken, never lost silently.
class X11GlobalKey : public GlobalKey, public QAbstractNativeEventFilter
{
    Q_OBJECT

public:
    // Grabs on root through connection; events must be handed to handleEvent().
    X11GlobalKey(xcb_connection_t *connection, xcb_window_t root, QObject *parent = nullptr);
    // On Qt's own X11 connection, with the native event filter installed; null when the app
    // does not run on X11.
    static std::unique_ptr<X11GlobalKey> forApplication(QObject *parent = nullptr);
    ~X11GlobalKey() override;

    void bind(const KeyCombination &keys, const QString &description) override;
    void unbind() override;
    QString kind() const override { return QStringLiteral("x11"); }

    // True when event was a press or release of the grabbed key (then it is used up).
    bool handleEvent(const xcb_generic_event_t *event);
    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *result) override;

private:
    struct Grab
    {
        xcb_keycode_t keycode;
        uint16_t modifiers;
    };
    void grab();
    void ungrab();

    xcb_connection_t *m_connection;
    xcb_window_t m_root;
    KeyCombination m_keys;
    QList<Grab> m_grabs;
    QList<xcb_keycode_t> m_keycodes;
    uint16_t m_modifiers = 0;
    uint16_t m_ignored = 0; // Caps Lock and Num Lock: the key works whatever their state
    bool m_held = false;
    xcb_timestamp_t m_releasedAt = 0;
    bool m_filtering = false;
};

} // namespace pk
