#include "flowlayout.h"

#include <QStyle>
#include <QWidget>

namespace pk {
namespace {

// What an item takes on a line that is `room` wide: its preferred size, or the whole line and
// its height for that width when it can wrap and is wider than the line.
QSize placeFor(const QLayoutItem *item, int room)
{
    QSize size = item->sizeHint().expandedTo(item->minimumSize()).boundedTo(item->maximumSize());
    if (size.width() > room)
        size.setWidth(std::max(room, item->minimumSize().width()));
    if (item->hasHeightForWidth())
        size.setHeight(item->heightForWidth(size.width()));
    return size;
}

} // namespace

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

int FlowLayout::horizontalSpacing() const
{
    if (m_horizontal >= 0)
        return m_horizontal;
    return spacing() >= 0 ? spacing() : 12;
}

int FlowLayout::verticalSpacing() const
{
    if (m_vertical >= 0)
        return m_vertical;
    return spacing() >= 0 ? spacing() : 10;
}

void FlowLayout::addLayout(QLayout *layout)
{
    addChildLayout(layout);
    addItem(layout);
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0, height = 0, shown = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize size = item->sizeHint();
        width += size.width();
        height = std::max(height, size.height());
        ++shown;
    }
    if (shown > 1)
        width += (shown - 1) * horizontalSpacing();
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

QSize FlowLayout::minimumSize() const
{
    // One item per line: the widest item's own minimum.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int room = std::max(1, area.width());
    // Lines first: which items, at what size.
    struct Line
    {
        QList<std::pair<QLayoutItem *, QSize>> items;
        int width = 0;
        int height = 0;
    };
    QList<Line> lines(1);
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize size = placeFor(item, room);
        Line *line = &lines.last();
        const int needed =
            line->items.isEmpty() ? size.width() : size.width() + horizontalSpacing();
        if (!line->items.isEmpty() && line->width + needed > room) {
            lines.append(Line());
            line = &lines.last();
        }
        line->width += line->items.isEmpty() ? size.width() : size.width() + horizontalSpacing();
        line->height = std::max(line->height, size.height());
        line->items.append({item, size});
    }
    int y = area.top();
    int used = 0;
    for (const Line &line : std::as_const(lines)) {
        if (line.items.isEmpty())
            continue;
        if (used > 0)
            y += verticalSpacing();
        if (apply) {
            // Alignment of the whole line, in the reading direction (mirrored below).
            const Qt::Alignment align = m_lineAlignment & Qt::AlignHorizontal_Mask;
            int x = area.left();
            int gap = horizontalSpacing();
            const auto items = int(line.items.size());
            const int spare = m_fill ? 0 : room - line.width; // fill: the items take it
            if (m_spread && items > 1)
                gap += spare / (items - 1);
            else if (align & Qt::AlignHCenter)
                x += spare / 2;
            else if (align & (Qt::AlignRight | Qt::AlignTrailing))
                x += spare;
            const Qt::LayoutDirection direction =
                parentWidget() ? parentWidget()->layoutDirection() : Qt::LeftToRight;
            const int grow = m_fill ? (room - line.width) / items : 0;
            for (const auto &[item, natural] : line.items) {
                QSize size = natural;
                if (grow > 0) {
                    size.setWidth(std::min(size.width() + grow, item->maximumSize().width()));
                    if (item->hasHeightForWidth())
                        size.setHeight(item->heightForWidth(size.width()));
                }
                const QRect place(x, y + (line.height - size.height()) / 2, size.width(),
                                  size.height());
                item->setGeometry(QStyle::visualRect(direction, area, place));
                x += size.width() + gap;
            }
        }
        y += line.height;
        ++used;
    }
    m_lines = std::max(1, used);
    const QMargins margins = contentsMargins();
    return y - area.top() + margins.top() + margins.bottom();
}

} // namespace pk
