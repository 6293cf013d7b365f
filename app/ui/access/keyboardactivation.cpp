#include "keyboardactivation.h"

#include <QKeyEvent>
#include <QPushButton>
#include <QToolButton>

namespace pk {

KeyboardActivation::KeyboardActivation(QObject *parent)
    : QObject(parent)
{}

bool KeyboardActivation::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        return false;
    if ((key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    // Push and tool buttons only: in a dialog, Enter on a check box still means "OK".
    auto *button = qobject_cast<QAbstractButton *>(watched);
    if (!button || !(qobject_cast<QPushButton *>(button) || qobject_cast<QToolButton *>(button)))
        return false;
    // Key presses reach the focused widget: receiving one is being focused.
    if (!button->isEnabled() || !button->isVisible())
        return false;
    // A held key presses once, like a held Space.
    if (!key->isAutoRepeat())
        button->click();
    return true;
}

} // namespace pk
