#include "breathcircle.h"

#include "common/theme.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace pk {

BreathCircle::BreathCircle(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize BreathCircle::sizeHint() const
{
    return {340, 340};
}

QSize BreathCircle::minimumSizeHint() const
{
    return {160, 160};
}

double BreathCircle::radiusFor(double level) const
{
    const double maxRadius = std::min(width(), height()) / 2.0 - 4.0;
    const double minRadius = maxRadius * 0.35;
    return minRadius + (maxRadius - minRadius) * std::clamp(level, 0.0, 1.0);
}

void BreathCircle::setLevel(double level)
{
    level = std::clamp(level, 0.0, 1.0);
    // Skip repaints smaller than a quarter pixel of radius: nobody can see them.
    if (std::abs(radiusFor(level) - radiusFor(m_level)) < 0.25)
        return;
    // Only the square around the larger of the two circles changes (plus the pen's width).
    const double reach = std::max(radiusFor(level), radiusFor(m_level)) + 4.0;
    const QPointF centre(width() / 2.0, height() / 2.0);
    m_level = level;
    m_dirty = QRectF(centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach).toAlignedRect();
    update(m_dirty);
}

void BreathCircle::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF centre(width() / 2.0, height() / 2.0);
    const double maxRadius = radiusFor(1.0);

    QColor guide = theme::accent();
    guide.setAlpha(70);
    painter.setPen(QPen(guide, 2.0, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(centre, maxRadius, maxRadius);

    QColor fill = theme::accent();
    fill.setAlpha(90);
    painter.setPen(QPen(theme::accent(), 3.0));
    painter.setBrush(fill);
    const double radius = radiusFor(m_level);
    painter.drawEllipse(centre, radius, radius);
}

} // namespace pk
