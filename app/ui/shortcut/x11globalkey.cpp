#include "x11globalkey.h"

#include "shortcutlog.h"
#include "x11keymap.h"

#include <QGuiApplication>

#include <cstdlib>

namespace pk {
namespace {

constexpr uint8_t badAccess = 10;         // the error a grab gets when another client holds it
constexpr xcb_timestamp_t repeatMs = 500; // presses this close together are one (auto-repeat)

} // namespace

X11GlobalKey::X11GlobalKey(xcb_connection_t *connection, xcb_window_t root, QObject *parent)
    : GlobalKey(parent)
    , m_connection(connection)
    , m_root(root)
{}

std::unique_ptr<X11GlobalKey> X11GlobalKey::forApplication(QObject *parent)
{
    auto *x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    if (!x11 || !x11->connection())
        return nullptr;
    xcb_connection_t *connection = x11->connection();
    const xcb_screen_iterator_t screens = xcb_setup_roots_iterator(xcb_get_setup(connection));
    if (!screens.rem)
        return nullptr;
    auto key = std::make_unique<X11GlobalKey>(connection, screens.data->root, parent);
    QCoreApplication::instance()->installNativeEventFilter(key.get());
    key->m_filtering = true;
    return key;
}

X11GlobalKey::~X11GlobalKey()
{
    ungrab();
    if (m_filtering && QCoreApplication::instance())
        QCoreApplication::instance()->removeNativeEventFilter(this);
}

void X11GlobalKey::bind(const KeyCombination &keys, const QString &description)
{
    Q_UNUSED(description) // X11 has nowhere to show it
    ungrab();
    m_keys = keys;
    if (!keys.isValid()) {
        setState(State::Off);
        return;
    }
    grab();
}

void X11GlobalKey::unbind()
{
    ungrab();
    m_keys = KeyCombination();
    setState(State::Off);
}

void X11GlobalKey::grab()
{
    const X11Keymap keymap = X11Keymap::read(m_connection);
    m_keycodes = keymap.keycodesFor(X11Keymap::keysymFor(m_keys.key()));
    m_modifiers = keymap.modifierMask(m_keys.modifiers());
    m_ignored = XCB_MOD_MASK_LOCK | keymap.numLockMask();
    if (m_keycodes.isEmpty()) {
        qWarning("Pauzeknop: this keyboard has no key for %s.", qUtf8Printable(m_keys.toString()));
        setState(State::Unavailable);
        return;
    }
    const uint16_t lock = XCB_MOD_MASK_LOCK;
    const uint16_t numLock = keymap.numLockMask();
    QList<std::pair<Grab, xcb_void_cookie_t>> requests;
    for (xcb_keycode_t keycode : std::as_const(m_keycodes)) {
        for (uint16_t extra : {uint16_t(0), lock, numLock, uint16_t(lock | numLock)}) {
            const Grab wanted{keycode, uint16_t(m_modifiers | extra)};
            requests.append(
                {wanted, xcb_grab_key_checked(m_connection, 1, m_root, wanted.modifiers, keycode,
                                              XCB_GRAB_MODE_ASYNC, XCB_GRAB_MODE_ASYNC)});
        }
    }
    bool taken = false;
    bool failed = false;
    for (const auto &[wanted, cookie] : requests) {
        if (xcb_generic_error_t *error = xcb_request_check(m_connection, cookie)) {
            (error->error_code == badAccess ? taken : failed) = true;
            std::free(error);
        } else {
            m_grabs.append(wanted);
        }
    }
    if (taken || failed) {
        ungrab(); // all or nothing: half a grab would work only with Num Lock on, say
        qWarning("Pauzeknop: the pause key %s %s.", qUtf8Printable(m_keys.toString()),
                 taken ? "is taken by another program; choose another in Settings"
                       : "could not be set up");
        setState(taken ? State::Taken : State::Failed, m_keys.toString());
        return;
    }
    qCInfo(lcShortcut, "Pauzeknop: the pause key is active (x11): %s",
           qUtf8Printable(m_keys.toString()));
    setState(State::Active, m_keys.toString());
}

void X11GlobalKey::ungrab()
{
    xcb_void_cookie_t last{};
    for (const Grab &grab : std::as_const(m_grabs))
        last = xcb_ungrab_key_checked(m_connection, grab.keycode, m_root, grab.modifiers);
    // Wait for the server: the key must be free for the next program the moment this returns.
    if (!m_grabs.isEmpty())
        std::free(xcb_request_check(m_connection, last));
    m_grabs.clear();
    m_held = false;
    m_keycodes.clear();
}

bool X11GlobalKey::handleEvent(const xcb_generic_event_t *event)
{
    const uint8_t type = event->response_type & 0x7f;
    if (type == XCB_MAPPING_NOTIFY) {
        // Another keyboard layout: the key may sit on another keycode now.
        if (!m_grabs.isEmpty()) {
            ungrab();
            grab();
        }
        return false; // Qt needs to see it too
    }
    if ((type != XCB_KEY_PRESS && type != XCB_KEY_RELEASE) || m_grabs.isEmpty())
        return false;
    const auto *key = reinterpret_cast<const xcb_key_press_event_t *>(event);
    if (key->event != m_root || !m_keycodes.contains(key->detail))
        return false;
    // A key held down repeats: as presses without a release (detectable auto-repeat), or as a
    // release and a press with the same time stamp. Either way it is one pause. The release
    // counts whatever modifiers are still down: they may have been let go first.
    if (type == XCB_KEY_RELEASE) {
        m_held = false;
        m_releasedAt = key->time;
        return true;
    }
    if ((key->state & 0xff & ~m_ignored) != m_modifiers)
        return false;
    const bool repeat = m_held || (m_releasedAt != 0 && key->time == m_releasedAt);
    m_held = true;
    if (!repeat)
        Q_EMIT activated();
    return true;
}

bool X11GlobalKey::nativeEventFilter(const QByteArray &eventType, void *message, qintptr *result)
{
    Q_UNUSED(result)
    if (eventType != "xcb_generic_event_t")
        return false;
    return handleEvent(static_cast<const xcb_generic_event_t *>(message));
}

} // namespace pk
