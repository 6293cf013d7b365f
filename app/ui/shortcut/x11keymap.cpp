#include "x11keymap.h"

#include <cstdlib>

namespace pk {
namespace {

// Keysym values from X11/keysymdef.h, for the few keys a pause key may use.
constexpr xcb_keysym_t keysymF1 = 0xffbe;
constexpr xcb_keysym_t keysymAltL = 0xffe9;
constexpr xcb_keysym_t keysymAltR = 0xffea;
constexpr xcb_keysym_t keysymMetaL = 0xffe7;
constexpr xcb_keysym_t keysymMetaR = 0xffe8;
constexpr xcb_keysym_t keysymSuperL = 0xffeb;
constexpr xcb_keysym_t keysymSuperR = 0xffec;
constexpr xcb_keysym_t keysymNumLock = 0xff7f;

struct NamedKeysym
{
    Qt::Key key;
    xcb_keysym_t keysym;
};

constexpr NamedKeysym namedKeysyms[] = {
    {Qt::Key_Space, 0x0020},  {Qt::Key_Pause, 0xff13},    {Qt::Key_Insert, 0xff63},
    {Qt::Key_Delete, 0xffff}, {Qt::Key_Home, 0xff50},     {Qt::Key_End, 0xff57},
    {Qt::Key_PageUp, 0xff55}, {Qt::Key_PageDown, 0xff56},
};

} // namespace

X11Keymap X11Keymap::read(xcb_connection_t *connection)
{
    X11Keymap map;
    const xcb_setup_t *setup = xcb_get_setup(connection);
    map.m_minKeycode = setup->min_keycode;
    const int count = setup->max_keycode - setup->min_keycode + 1;
    xcb_get_keyboard_mapping_reply_t *keyboard = xcb_get_keyboard_mapping_reply(
        connection, xcb_get_keyboard_mapping(connection, setup->min_keycode, count), nullptr);
    if (keyboard) {
        map.m_perKeycode = keyboard->keysyms_per_keycode;
        const xcb_keysym_t *keysyms = xcb_get_keyboard_mapping_keysyms(keyboard);
        const int length = xcb_get_keyboard_mapping_keysyms_length(keyboard);
        map.m_keysyms = QList<xcb_keysym_t>(keysyms, keysyms + length);
        std::free(keyboard);
    }
    xcb_get_modifier_mapping_reply_t *modifiers =
        xcb_get_modifier_mapping_reply(connection, xcb_get_modifier_mapping(connection), nullptr);
    if (modifiers) {
        map.m_perModifier = modifiers->keycodes_per_modifier;
        const xcb_keycode_t *keycodes = xcb_get_modifier_mapping_keycodes(modifiers);
        map.m_modifierKeycodes = QList<xcb_keycode_t>(
            keycodes, keycodes + xcb_get_modifier_mapping_keycodes_length(modifiers));
        std::free(modifiers);
    }
    map.m_alt = map.maskHolding({keysymAltL, keysymAltR, keysymMetaL, keysymMetaR}, XCB_MOD_MASK_1);
    map.m_super = map.maskHolding({keysymSuperL, keysymSuperR}, XCB_MOD_MASK_4);
    map.m_numLock = map.maskHolding({keysymNumLock}, XCB_MOD_MASK_2);
    return map;
}

xcb_keysym_t X11Keymap::keysymFor(Qt::Key key)
{
    if (key >= Qt::Key_A && key <= Qt::Key_Z)
        return xcb_keysym_t(key - Qt::Key_A + 'a');
    if (key >= Qt::Key_0 && key <= Qt::Key_9)
        return xcb_keysym_t(key);
    if (key >= Qt::Key_F1 && key <= Qt::Key_F24)
        return keysymF1 + xcb_keysym_t(key - Qt::Key_F1);
    for (const NamedKeysym &named : namedKeysyms) {
        if (named.key == key)
            return named.keysym;
    }
    return 0;
}

bool X11Keymap::keycodeGives(xcb_keycode_t keycode, xcb_keysym_t keysym, int levels) const
{
    if (keycode < m_minKeycode || m_perKeycode == 0)
        return false;
    const qsizetype first = qsizetype(keycode - m_minKeycode) * m_perKeycode;
    for (int level = 0; level < std::min(levels, m_perKeycode); ++level) {
        if (first + level < m_keysyms.size() && m_keysyms.at(first + level) == keysym)
            return true;
    }
    return false;
}

QList<xcb_keycode_t> X11Keymap::keycodesFor(xcb_keysym_t keysym) const
{
    QList<xcb_keycode_t> keycodes;
    if (keysym == 0 || m_perKeycode == 0)
        return keycodes;
    const int count = int(m_keysyms.size() / m_perKeycode);
    for (int i = 0; i < count; ++i) {
        const auto keycode = xcb_keycode_t(m_minKeycode + i);
        if (keycodeGives(keycode, keysym, 2))
            keycodes.append(keycode);
    }
    return keycodes;
}

uint16_t X11Keymap::maskHolding(const QList<xcb_keysym_t> &keysyms, uint16_t fallback) const
{
    // Rows 0-2 are Shift, Lock and Control; Mod1..Mod5 follow.
    for (int row = 3; row < 8 && m_perModifier > 0; ++row) {
        for (int i = 0; i < m_perModifier; ++i) {
            const qsizetype index = qsizetype(row) * m_perModifier + i;
            if (index >= m_modifierKeycodes.size() || m_modifierKeycodes.at(index) == 0)
                continue;
            for (xcb_keysym_t keysym : keysyms) {
                if (keycodeGives(m_modifierKeycodes.at(index), keysym, m_perKeycode))
                    return uint16_t(1u << row);
            }
        }
    }
    return fallback;
}

uint16_t X11Keymap::modifierMask(Qt::KeyboardModifiers modifiers) const
{
    uint16_t mask = 0;
    if (modifiers & Qt::ControlModifier)
        mask |= XCB_MOD_MASK_CONTROL;
    if (modifiers & Qt::ShiftModifier)
        mask |= XCB_MOD_MASK_SHIFT;
    if (modifiers & Qt::AltModifier)
        mask |= m_alt;
    if (modifiers & Qt::MetaModifier)
        mask |= m_super;
    return mask;
}

} // namespace pk
