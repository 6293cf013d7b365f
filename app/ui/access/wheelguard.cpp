#include "wheelguard.h"

#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QScrollBar>
#include <QWheelEvent>

namespace pk {
namespace {

bool isGuarded(const QWidget *widget)
{
    // Scroll bars are sliders too, but scrolling them is what a wheel is for.
    if (qobject_cast<const QScrollBar *>(widget))
        return false;
    return qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QAbstractSlider *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget);
}

// The scroll area whose page contains the control (not the combo box's own list).
QAbstractScrollArea *pageAround(QWidget *control)
{
    for (QWidget *parent = control->parentWidget(); parent && !parent->isWindow();
         parent = parent->parentWidget()) {
        auto *area = qobject_cast<QAbstractScrollArea *>(parent);
        if (area && area->viewport()->isAncestorOf(control))
            return area;
    }
    return nullptr;
}

} // namespace

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{}

QWidget *WheelGuard::guardedControl(QWidget *widget)
{
    for (QWidget *candidate = widget; candidate && !candidate->isWindow();
         candidate = candidate->parentWidget()) {
        if (isGuarded(candidate))
            return candidate;
    }
    return nullptr;
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (!watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    if (event->type() == QEvent::Polish) {
        // WheelFocus would hand focus to a control the moment the wheel passes over it.
        if (isGuarded(widget) && widget->focusPolicy() == Qt::WheelFocus)
            widget->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (event->type() != QEvent::Wheel)
        return false;
    QWidget *control = guardedControl(widget);
    if (!control || control->hasFocus() || control->isAncestorOf(QApplication::focusWidget()))
        return false;
    // Not for this control: the page under it scrolls instead.
    auto *wheel = static_cast<QWheelEvent *>(event);
    if (QAbstractScrollArea *area = pageAround(control)) {
        QWidget *viewport = area->viewport();
        const QPointF position = viewport->mapFromGlobal(wheel->globalPosition());
        QWheelEvent forwarded(position, wheel->globalPosition(), wheel->pixelDelta(),
                              wheel->angleDelta(), wheel->buttons(), wheel->modifiers(),
                              wheel->phase(), wheel->inverted(), wheel->source());
        QCoreApplication::sendEvent(viewport, &forwarded);
    }
    wheel->accept();
    return true;
}

} // namespace pk
