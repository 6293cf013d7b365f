#pragma once

#include <QList>
#include <QObject>

class QAbstractButton;
class QWidget;

namespace pk {

// Tab and Shift+Tab follow the order a person reads the window in: the order of the layouts,
// which Qt mirrors for right-to-left languages, whatever order the widgets were created in.
// A group of exclusive choices (exercises, durations, situations) is one stop: Tab lands on
// the chosen one, the arrow keys move through the group and choose, like radio buttons.
class FocusOrder : public QObject
{
    Q_OBJECT

public:
    explicit FocusOrder(QObject *parent = nullptr);

    // The stops of a window in reading order (visible, enabled, reachable by Tab).
    static QList<QWidget *> stops(QWidget *window);
    // Where Tab (forward) or Shift+Tab goes from a widget; nullptr when nothing can take focus.
    static QWidget *next(QWidget *from, bool forward);
    // Moves focus like Tab would, and scrolls the new focus into view.
    static bool moveFocus(QWidget *from, bool forward);
    // The other buttons of an exclusive group a button belongs to, in reading order (the button
    // itself included); empty for a button that is not one of several exclusive choices.
    static QList<QAbstractButton *> exclusiveGroup(QAbstractButton *button);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static bool handleArrow(QWidget *widget, int key);
};

} // namespace pk
