#include "focusorder.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QBoxLayout>
#include <QButtonGroup>
#include <QFormLayout>
#include <QGridLayout>
#include <QHash>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSet>
#include <QTextEdit>

#include <algorithm>

namespace pk {
namespace {

bool isExclusiveChoice(const QAbstractButton *button)
{
    if (!button->isCheckable())
        return false;
    if (const QButtonGroup *group = button->group())
        return group->exclusive();
    return button->autoExclusive();
}

// The buttons of one exclusive group share this key: their QButtonGroup, or their parent.
const QObject *groupKey(const QAbstractButton *button)
{
    if (button->group())
        return button->group();
    return button->parentWidget();
}

bool isStop(const QWidget *widget)
{
    if (!widget->isEnabled())
        return false;
    if (const QWidget *proxy = widget->focusProxy(); proxy && !widget->isAncestorOf(proxy))
        return false;
    // Qt takes Tab focus away from the unchosen buttons of a group; the arrows still reach them.
    const auto *button = qobject_cast<const QAbstractButton *>(widget);
    if (button && isExclusiveChoice(button))
        return widget->focusPolicy() != Qt::NoFocus;
    return (widget->focusPolicy() & Qt::TabFocus) != 0;
}

// Walks the layouts of a window in their own order: that is the reading order, and Qt mirrors
// it on screen for right-to-left languages.
class Collector
{
public:
    QList<QWidget *> stops;

    void children(QWidget *widget)
    {
        if (QLayout *layout = widget->layout())
            items(layout);
        // Children that no layout places (an overlay, a floating button) come after the rest.
        for (QObject *child : widget->children()) {
            if (auto *childWidget = qobject_cast<QWidget *>(child))
                visit(childWidget);
        }
    }

private:
    void visit(QWidget *widget)
    {
        if (!widget || widget->isWindow() || widget->isHidden() || m_seen.contains(widget))
            return;
        m_seen.insert(widget);
        const bool stop = isStop(widget);
        if (stop)
            stops.append(widget);
        if (auto *scroll = qobject_cast<QScrollArea *>(widget)) {
            visit(scroll->widget());
            return;
        }
        // Lists, text areas, combo and spin boxes: one stop, their insides are their own.
        if (qobject_cast<QAbstractScrollArea *>(widget) || (stop && !widget->layout()))
            return;
        children(widget);
    }

    void items(QLayout *layout)
    {
        QList<QLayoutItem *> ordered;
        if (auto *grid = qobject_cast<QGridLayout *>(layout)) {
            QList<std::pair<std::pair<int, int>, QLayoutItem *>> cells;
            for (int i = 0; i < grid->count(); ++i) {
                int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
                grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
                cells.append({{row, column}, grid->itemAt(i)});
            }
            std::stable_sort(cells.begin(), cells.end(),
                             [](const auto &a, const auto &b) { return a.first < b.first; });
            for (const auto &cell : std::as_const(cells))
                ordered.append(cell.second);
        } else if (auto *form = qobject_cast<QFormLayout *>(layout)) {
            for (int row = 0; row < form->rowCount(); ++row) {
                for (auto role :
                     {QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole}) {
                    if (QLayoutItem *item = form->itemAt(row, role))
                        ordered.append(item);
                }
            }
        } else {
            for (int i = 0; i < layout->count(); ++i)
                ordered.append(layout->itemAt(i));
            const auto *box = qobject_cast<QBoxLayout *>(layout);
            if (box && (box->direction() == QBoxLayout::RightToLeft ||
                        box->direction() == QBoxLayout::BottomToTop))
                std::reverse(ordered.begin(), ordered.end());
        }
        for (QLayoutItem *item : std::as_const(ordered)) {
            if (QWidget *widget = item->widget())
                visit(widget);
            else if (QLayout *inner = item->layout())
                items(inner);
        }
    }

    QSet<const QWidget *> m_seen;
};

QList<QWidget *> allStops(QWidget *window)
{
    Collector collector;
    if (window)
        collector.children(window);
    return collector.stops;
}

// One stop per exclusive group: the chosen button, or the first. index maps every widget of
// the raw list (group members included) to its stop.
QList<QWidget *> collapseGroups(const QList<QWidget *> &raw, QHash<const QWidget *, int> *index)
{
    QList<QWidget *> result;
    QHash<const QObject *, int> groupStop;
    for (QWidget *widget : raw) {
        const auto *button = qobject_cast<const QAbstractButton *>(widget);
        const QObject *key = button && isExclusiveChoice(button) ? groupKey(button) : nullptr;
        if (!key) {
            index->insert(widget, int(result.size()));
            result.append(widget);
            continue;
        }
        const auto found = groupStop.constFind(key);
        if (found == groupStop.constEnd()) {
            groupStop.insert(key, int(result.size()));
            index->insert(widget, int(result.size()));
            result.append(widget);
        } else {
            index->insert(widget, *found);
            if (button->isChecked())
                result[*found] = widget;
        }
    }
    return result;
}

bool wantsTabItself(const QWidget *widget)
{
    if (const auto *edit = qobject_cast<const QTextEdit *>(widget))
        return !edit->tabChangesFocus() && !edit->isReadOnly();
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(widget))
        return !edit->tabChangesFocus() && !edit->isReadOnly();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(widget))
        return view->tabKeyNavigation();
    return false;
}

void focusAndReveal(QWidget *target, bool forward)
{
    target->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    for (QWidget *parent = target->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(parent))
            scroll->ensureWidgetVisible(target);
    }
}

} // namespace

FocusOrder::FocusOrder(QObject *parent)
    : QObject(parent)
{}

QList<QWidget *> FocusOrder::stops(QWidget *window)
{
    QHash<const QWidget *, int> index;
    return collapseGroups(allStops(window), &index);
}

QWidget *FocusOrder::next(QWidget *from, bool forward)
{
    if (!from)
        return nullptr;
    QHash<const QWidget *, int> index;
    const QList<QWidget *> list = collapseGroups(allStops(from->window()), &index);
    if (list.isEmpty())
        return nullptr;
    int at = -1;
    for (const QWidget *widget = from; widget && at < 0;
         widget = widget->isWindow() ? nullptr : widget->parentWidget())
        at = index.value(widget, -1);
    const auto count = int(list.size());
    if (at < 0)
        return forward ? list.constFirst() : list.constLast();
    return list.at((at + (forward ? 1 : count - 1)) % count);
}

bool FocusOrder::moveFocus(QWidget *from, bool forward)
{
    QWidget *target = next(from, forward);
    if (!target)
        return false;
    focusAndReveal(target, forward);
    return true;
}

QList<QAbstractButton *> FocusOrder::exclusiveGroup(QAbstractButton *button)
{
    QList<QAbstractButton *> members;
    if (!button || !isExclusiveChoice(button))
        return members;
    const QObject *key = groupKey(button);
    for (QWidget *widget : allStops(button->window())) {
        auto *other = qobject_cast<QAbstractButton *>(widget);
        if (other && isExclusiveChoice(other) && groupKey(other) == key)
            members.append(other);
    }
    if (members.size() < 2)
        members.clear();
    return members;
}

bool FocusOrder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    // Only where the key arrives first, not again while it travels up to the parents.
    const QWidget *focus = QApplication::focusWidget();
    if (focus && focus != widget)
        return false;
    const Qt::WindowType type = widget->window()->windowType();
    if (type != Qt::Window && type != Qt::Dialog)
        return false; // popups (an open combo box list) keep their own keys
    const auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
        if (wantsTabItself(widget))
            return false;
        const bool forward = key->key() == Qt::Key_Tab && !(modifiers & Qt::ShiftModifier);
        return moveFocus(widget, forward);
    }
    if (modifiers == Qt::NoModifier)
        return handleArrow(widget, key->key());
    return false;
}

bool FocusOrder::handleArrow(QWidget *widget, int key)
{
    auto *button = qobject_cast<QAbstractButton *>(widget);
    if (!button)
        return false;
    const bool rightToLeft = button->isRightToLeft();
    bool forward = true;
    switch (key) {
    case Qt::Key_Down:
        break;
    case Qt::Key_Up:
        forward = false;
        break;
    case Qt::Key_Right:
        forward = !rightToLeft;
        break;
    case Qt::Key_Left:
        forward = rightToLeft;
        break;
    default:
        return false;
    }
    const QList<QAbstractButton *> group = exclusiveGroup(button);
    if (group.isEmpty()) // Qt moves along its own chain here: keep to the reading order
        return moveFocus(button, forward);
    const auto to = group.indexOf(button) + (forward ? 1 : -1);
    if (to < 0 || to >= group.size())
        return true; // the ends of a list stay put
    QAbstractButton *target = group.at(to);
    const bool choose = button->isChecked();
    focusAndReveal(target, forward);
    if (choose)
        target->click();
    return true;
}

} // namespace pk
