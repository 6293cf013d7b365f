#include "windowsglobalkey.h"

#include <QCoreApplication>

#include <windows.h>

namespace pk {
namespace {

constexpr int hotKeyId = 0x5042; // any id from 0x0000 to 0xBFFF, unique within the app

UINT virtualKeyFor(Qt::Key key)
{
    if ((key >= Qt::Key_A && key <= Qt::Key_Z) || (key >= Qt::Key_0 && key <= Qt::Key_9))
        return UINT(key); // VK_A..VK_Z and VK_0..VK_9 are the ASCII codes
    if (key >= Qt::Key_F1 && key <= Qt::Key_F24)
        return VK_F1 + UINT(key - Qt::Key_F1);
    switch (key) {
    case Qt::Key_Space:
        return VK_SPACE;
    case Qt::Key_Pause:
        return VK_PAUSE;
    case Qt::Key_Insert:
        return VK_INSERT;
    case Qt::Key_Delete:
        return VK_DELETE;
    case Qt::Key_Home:
        return VK_HOME;
    case Qt::Key_End:
        return VK_END;
    case Qt::Key_PageUp:
        return VK_PRIOR;
    case Qt::Key_PageDown:
        return VK_NEXT;
    default:
        return 0;
    }
}

} // namespace

WindowsGlobalKey::WindowsGlobalKey(QObject *parent)
    : GlobalKey(parent)
{
    QCoreApplication::instance()->installNativeEventFilter(this);
}

WindowsGlobalKey::~WindowsGlobalKey()
{
    release();
    QCoreApplication::instance()->removeNativeEventFilter(this);
}

void WindowsGlobalKey::bind(const KeyCombination &keys, const QString &description)
{
    Q_UNUSED(description)
    release();
    const UINT key = virtualKeyFor(keys.key());
    if (!keys.isValid() || key == 0) {
        setState(State::Off);
        return;
    }
    UINT modifiers = MOD_NOREPEAT;
    if (keys.modifiers() & Qt::ControlModifier)
        modifiers |= MOD_CONTROL;
    if (keys.modifiers() & Qt::AltModifier)
        modifiers |= MOD_ALT;
    if (keys.modifiers() & Qt::ShiftModifier)
        modifiers |= MOD_SHIFT;
    if (keys.modifiers() & Qt::MetaModifier)
        modifiers |= MOD_WIN;
    // No window: WM_HOTKEY goes to this (the GUI) thread's queue, which Qt's dispatcher
    // shows to native event filters.
    if (!RegisterHotKey(nullptr, hotKeyId, modifiers, key)) {
        const bool taken = GetLastError() == ERROR_HOTKEY_ALREADY_REGISTERED;
        qWarning("Pauzeknop: the pause key %s %s.", qUtf8Printable(keys.toString()),
                 taken ? "is taken by another program; choose another in Settings"
                       : "could not be set up");
        setState(taken ? State::Taken : State::Failed, keys.toString());
        return;
    }
    m_registered = true;
    setState(State::Active, keys.toString());
}

void WindowsGlobalKey::unbind()
{
    release();
    setState(State::Off);
}

void WindowsGlobalKey::release()
{
    if (m_registered)
        UnregisterHotKey(nullptr, hotKeyId);
    m_registered = false;
}

bool WindowsGlobalKey::nativeEventFilter(const QByteArray &eventType, void *message,
                                         qintptr *result)
{
    Q_UNUSED(result)
    if (eventType != "windows_generic_MSG" || !m_registered)
        return false;
    const auto *msg = static_cast<const MSG *>(message);
    if (msg->message != WM_HOTKEY || msg->wParam != WPARAM(hotKeyId))
        return false;
    Q_EMIT activated();
    return true;
}

} // namespace pk
