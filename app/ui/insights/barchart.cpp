#include "barchart.h"

#include "common/theme.h"
#include "format/localnumber.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace pk {

BarChart::BarChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::TabFocus); // screen readers reach the description with the keyboard
}

void BarChart::setBars(const QList<qint64> &values, const QStringList &labels)
{
    m_values = values;
    m_labels = labels;
    update();
}

void BarChart::setShowValues(bool show)
{
    m_showValues = show;
    update();
}

QSize BarChart::sizeHint() const
{
    return {600, fontMetrics().height() * 2 + 150};
}

QSize BarChart::minimumSizeHint() const
{
    return {240, fontMetrics().height() * 2 + 150};
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // Every colour from the look in use: black and white in high contrast.
    const theme::Colours colours = theme::colours(theme::currentLook());
    // A one-pixel edge on whole pixels, crisp rather than two pale half-pixels.
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(colours.cardEdge, 1));
    painter.setBrush(colours.surface);
    painter.drawRoundedRect(frame, 12, 12);
    if (hasFocus()) {
        painter.setPen(QPen(colours.focusRing, 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(frame.adjusted(2, 2, -2, -2), 11, 11);
    }
    if (m_values.isEmpty())
        return;

    const QFontMetrics metrics = fontMetrics();
    const qreal textHeight = metrics.height();
    const QRectF area =
        frame.adjusted(12, 10 + (m_showValues ? textHeight : 0), -12, -(12 + textHeight));
    const qint64 top = std::max<qint64>(1, *std::max_element(m_values.cbegin(), m_values.cend()));
    const int count = int(m_values.size());
    const qreal slot = area.width() / count;
    const qreal barWidth = std::max<qreal>(2, slot * 0.68);

    // The base line.
    painter.setPen(QPen(colours.chartAxis, 2));
    painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));

    QList<QRectF> drawnLabels; // labels that would touch a drawn one are left out
    for (int i = 0; i < count; ++i) {
        const int slotIndex = isRightToLeft() ? count - 1 - i : i;
        const qreal centre = area.left() + slot * (slotIndex + 0.5);
        const qint64 value = m_values.at(i);
        const qreal height = value == 0 ? 0 : std::max<qreal>(4, area.height() * value / top);
        const QRectF bar(centre - barWidth / 2, area.bottom() - height, barWidth, height);
        if (height > 0) {
            QPainterPath path;
            path.addRoundedRect(bar, std::min<qreal>(6, barWidth / 3),
                                std::min<qreal>(6, barWidth / 3));
            painter.fillPath(path, colours.accent);
        }
        painter.setPen(colours.text);
        const QString number = LocalNumber::whole(value);
        if (m_showValues && value > 0) {
            painter.drawText(
                QRectF(centre - slot / 2, bar.top() - textHeight - 2, slot, textHeight),
                Qt::AlignCenter, number);
        }
        const QString label = m_labels.value(i);
        if (!label.isEmpty()) {
            const qreal width = metrics.horizontalAdvance(label) + 8;
            const QRectF place(centre - width / 2, area.bottom() + 4, width, textHeight);
            const bool free =
                std::none_of(drawnLabels.cbegin(), drawnLabels.cend(),
                             [&place](const QRectF &r) { return r.intersects(place); });
            if (free && place.left() >= frame.left() && place.right() <= frame.right()) {
                painter.drawText(place, Qt::AlignCenter, label);
                drawnLabels.append(place);
            }
        }
    }
}

} // namespace pk
