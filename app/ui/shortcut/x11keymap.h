#pragma once

#include "shortcut/keycombination.h"

#include <QList>

#include <xcb/xcb.h>

namespace pk {

// The X server's keyboard as a key grab needs it: which keycodes make a key, and which of
// the eight modifier bits stand for Alt, Super and Num Lock on this keyboard.
class X11Keymap
{
public:
    // Reads the keyboard and modifier mappings (two round trips).
    static X11Keymap read(xcb_connection_t *connection);

    // The X keysym of a key KeyCombination supports (letters in lower case), 0 for none.
    static xcb_keysym_t keysymFor(Qt::Key key);
    // The keycodes that give keysym without AltGr (the first two levels of the first group).
    QList<xcb_keycode_t> keycodesFor(xcb_keysym_t keysym) const;
    // The modifier bits of keys (Ctrl, Alt, Shift, Super), 0 if a modifier has no bit here.
    uint16_t modifierMask(Qt::KeyboardModifiers modifiers) const;
    uint16_t numLockMask() const { return m_numLock; }

private:
    uint16_t maskHolding(const QList<xcb_keysym_t> &keysyms, uint16_t fallback) const;
    bool keycodeGives(xcb_keycode_t keycode, xcb_keysym_t keysym, int levels) const;

    xcb_keycode_t m_minKeycode = 0;
    int m_perKeycode = 0;
    QList<xcb_keysym_t> m_keysyms;
    QList<xcb_keycode_t> m_modifierKeycodes; // 8 rows of m_perModifier keycodes
    int m_perModifier = 0;
    uint16_t m_alt = XCB_MOD_MASK_1;
    uint16_t m_super = XCB_MOD_MASK_4;
    uint16_t m_numLock = XCB_MOD_MASK_2;
};

} // namespace pk
