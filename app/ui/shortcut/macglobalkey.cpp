#include "macglobalkey.h"

#include <Carbon/Carbon.h>

namespace pk {
namespace {

constexpr OSType signature = (OSType('P') << 24) | (OSType('Z') << 16) | (OSType('K') << 8) | 'N';
constexpr UInt32 hotKeyNumber = 1;

struct MacKey
{
    Qt::Key key;
    UInt32 code;
};

// Virtual key codes of HIToolbox/Events.h (they follow the ANSI keyboard, not the alphabet).
constexpr MacKey macKeys[] = {
    {Qt::Key_A, kVK_ANSI_A},
    {Qt::Key_B, kVK_ANSI_B},
    {Qt::Key_C, kVK_ANSI_C},
    {Qt::Key_D, kVK_ANSI_D},
    {Qt::Key_E, kVK_ANSI_E},
    {Qt::Key_F, kVK_ANSI_F},
    {Qt::Key_G, kVK_ANSI_G},
    {Qt::Key_H, kVK_ANSI_H},
    {Qt::Key_I, kVK_ANSI_I},
    {Qt::Key_J, kVK_ANSI_J},
    {Qt::Key_K, kVK_ANSI_K},
    {Qt::Key_L, kVK_ANSI_L},
    {Qt::Key_M, kVK_ANSI_M},
    {Qt::Key_N, kVK_ANSI_N},
    {Qt::Key_O, kVK_ANSI_O},
    {Qt::Key_P, kVK_ANSI_P},
    {Qt::Key_Q, kVK_ANSI_Q},
    {Qt::Key_R, kVK_ANSI_R},
    {Qt::Key_S, kVK_ANSI_S},
    {Qt::Key_T, kVK_ANSI_T},
    {Qt::Key_U, kVK_ANSI_U},
    {Qt::Key_V, kVK_ANSI_V},
    {Qt::Key_W, kVK_ANSI_W},
    {Qt::Key_X, kVK_ANSI_X},
    {Qt::Key_Y, kVK_ANSI_Y},
    {Qt::Key_Z, kVK_ANSI_Z},
    {Qt::Key_0, kVK_ANSI_0},
    {Qt::Key_1, kVK_ANSI_1},
    {Qt::Key_2, kVK_ANSI_2},
    {Qt::Key_3, kVK_ANSI_3},
    {Qt::Key_4, kVK_ANSI_4},
    {Qt::Key_5, kVK_ANSI_5},
    {Qt::Key_6, kVK_ANSI_6},
    {Qt::Key_7, kVK_ANSI_7},
    {Qt::Key_8, kVK_ANSI_8},
    {Qt::Key_9, kVK_ANSI_9},
    {Qt::Key_F1, kVK_F1},
    {Qt::Key_F2, kVK_F2},
    {Qt::Key_F3, kVK_F3},
    {Qt::Key_F4, kVK_F4},
    {Qt::Key_F5, kVK_F5},
    {Qt::Key_F6, kVK_F6},
    {Qt::Key_F7, kVK_F7},
    {Qt::Key_F8, kVK_F8},
    {Qt::Key_F9, kVK_F9},
    {Qt::Key_F10, kVK_F10},
    {Qt::Key_F11, kVK_F11},
    {Qt::Key_F12, kVK_F12},
    {Qt::Key_F13, kVK_F13},
    {Qt::Key_F14, kVK_F14},
    {Qt::Key_F15, kVK_F15},
    {Qt::Key_F16, kVK_F16},
    {Qt::Key_F17, kVK_F17},
    {Qt::Key_F18, kVK_F18},
    {Qt::Key_F19, kVK_F19},
    {Qt::Key_F20, kVK_F20},
    {Qt::Key_Space, kVK_Space},
    {Qt::Key_Home, kVK_Home},
    {Qt::Key_End, kVK_End},
    {Qt::Key_PageUp, kVK_PageUp},
    {Qt::Key_PageDown, kVK_PageDown},
    {Qt::Key_Delete, kVK_ForwardDelete},
};

OSStatus onHotKey(EventHandlerCallRef, EventRef event, void *data)
{
    EventHotKeyID id{};
    GetEventParameter(event, kEventParamDirectObject, typeEventHotKeyID, nullptr, sizeof(id),
                      nullptr, &id);
    if (id.signature == signature && id.id == hotKeyNumber)
        static_cast<MacGlobalKey *>(data)->pressed();
    return noErr;
}

} // namespace

MacGlobalKey::MacGlobalKey(QObject *parent)
    : GlobalKey(parent)
{
    const EventTypeSpec spec{kEventClassKeyboard, kEventHotKeyPressed};
    EventHandlerRef handler = nullptr;
    InstallApplicationEventHandler(&onHotKey, 1, &spec, this, &handler);
    m_handler = handler;
}

MacGlobalKey::~MacGlobalKey()
{
    release();
    if (m_handler)
        RemoveEventHandler(static_cast<EventHandlerRef>(m_handler));
}

void MacGlobalKey::bind(const KeyCombination &keys, const QString &description)
{
    Q_UNUSED(description)
    release();
    const MacKey *found = nullptr;
    for (const MacKey &candidate : macKeys) {
        if (candidate.key == keys.key())
            found = &candidate;
    }
    if (!keys.isValid() || !found) {
        setState(keys.isValid() ? State::Unavailable : State::Off);
        return;
    }
    UInt32 modifiers = 0;
    if (keys.modifiers() & Qt::ControlModifier)
        modifiers |= cmdKey;
    if (keys.modifiers() & Qt::MetaModifier)
        modifiers |= controlKey;
    if (keys.modifiers() & Qt::AltModifier)
        modifiers |= optionKey;
    if (keys.modifiers() & Qt::ShiftModifier)
        modifiers |= shiftKey;
    EventHotKeyRef hotKey = nullptr;
    const OSStatus status =
        RegisterEventHotKey(found->code, modifiers, EventHotKeyID{signature, hotKeyNumber},
                            GetApplicationEventTarget(), 0, &hotKey);
    if (status != noErr) {
        const bool taken = status == eventHotKeyExistsErr;
        qWarning("Pauzeknop: the pause key %s %s.", qUtf8Printable(keys.toString()),
                 taken ? "is taken by another program; choose another in Settings"
                       : "could not be set up");
        setState(taken ? State::Taken : State::Failed, keys.toString());
        return;
    }
    m_hotKey = hotKey;
    setState(State::Active, keys.toString());
}

void MacGlobalKey::unbind()
{
    release();
    setState(State::Off);
}

void MacGlobalKey::release()
{
    if (m_hotKey)
        UnregisterEventHotKey(static_cast<EventHotKeyRef>(m_hotKey));
    m_hotKey = nullptr;
}

} // namespace pk
