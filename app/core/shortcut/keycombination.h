#pragma once

#include <QString>

namespace pk {

// One global key such as Ctrl+Alt+P: what Settings keep for "Pause from anywhere" and what
// every platform's grab is made from. Only combinations that cannot get in the way of typing
// are valid: Ctrl, Alt or the Super (Windows) key with a letter, digit, F-key or a few others,
// and none the system keeps for itself (Ctrl+Alt+Delete, Ctrl+Alt+F1..F12).
class KeyCombination
{
public:
    KeyCombination() = default; // none: the shortcut is off
    KeyCombination(Qt::KeyboardModifiers modifiers, Qt::Key key);

    // "Ctrl+Alt+P", "ctrl + shift + f9", "Super+1"; invalid (off) for "off", "" or what is not
    // understood. Modifier names: Ctrl/Control, Alt, Shift, Meta/Super/Win/Logo.
    static KeyCombination parse(const QString &text);
    // The text Settings keep: "off" for the shortcut switched off.
    static QString offText() { return QStringLiteral("off"); }
    static bool isSupportedKey(Qt::Key key);

    bool isValid() const;
    Qt::KeyboardModifiers modifiers() const { return m_modifiers; }
    Qt::Key key() const { return m_key; }
    // "Ctrl+Alt+Shift+Meta+P", as QKeySequence::PortableText writes it; "off" when invalid.
    QString toString() const;
    // "CTRL+ALT+p": the trigger format of the freedesktop shortcuts specification (portal).
    QString toPortalTrigger() const;

    bool operator==(const KeyCombination &other) const;

private:
    Qt::KeyboardModifiers m_modifiers;
    Qt::Key m_key = Qt::Key_unknown;
};

} // namespace pk
