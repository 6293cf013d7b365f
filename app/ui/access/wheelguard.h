#pragma once

#include <QObject>

class QWidget;

namespace pk {

// A list, slider or spin box changes with the mouse wheel only while it has keyboard focus.
// Otherwise the wheel scrolls the page it sits on, so scrolling Settings or My pauses never
// changes a setting by accident. The wheel no longer gives these controls focus either.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    explicit WheelGuard(QObject *parent = nullptr);

    // The control a wheel event over this widget would change (a combo box, slider or spin
    // box, or the widget inside one), or nullptr.
    static QWidget *guardedControl(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace pk
