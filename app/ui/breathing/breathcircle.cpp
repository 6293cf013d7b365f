#include "breathcircle.h"

#include "common/theme.h"

#include <QPaintEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace pk {
namespace {

// Room for the soft glow around the circle, in pixels.
constexpr double GlowWidth = 10.0;

} // namespace

BreathCircle::BreathCircle(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("breathCircle"));
    // It paints its own background, so nothing under it is repainted on every frame.
    setAttribute(Qt::WA_OpaquePaintEvent, true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize BreathCircle::sizeHint() const
{
    return {420, 420};
}

QSize BreathCircle::minimumSizeHint() const
{
    // Never a dot: on a 1024x568 screen at 200 % text this still leaves a third of the height.
    return {190, 190};
}

double BreathCircle::radiusFor(double level) const
{
    const double maxRadius = std::min(width(), height()) / 2.0 - GlowWidth - 2.0;
    const double minRadius = maxRadius * 0.4;
    return minRadius + (maxRadius - minRadius) * std::clamp(level, 0.0, 1.0);
}

double BreathCircle::pixelsPerLevel() const
{
    return radiusFor(1.0) - radiusFor(0.0);
}

void BreathCircle::setLevel(double level)
{
    level = std::clamp(level, 0.0, 1.0);
    // Skip repaints smaller than a quarter pixel of radius: nobody can see them.
    if (std::abs(radiusFor(level) - radiusFor(m_level)) < 0.25)
        return;
    // Only the square around the larger of the two circles changes (with its glow).
    const double reach = std::max(radiusFor(level), radiusFor(m_level)) + GlowWidth + 2.0;
    const QPointF centre(width() / 2.0, height() / 2.0);
    m_level = level;
    m_dirty = QRectF(centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach).toAlignedRect();
    update(m_dirty);
}

void BreathCircle::setNumber(const QString &number)
{
    if (number == m_number)
        return;
    m_number = number;
    const double r = radiusFor(0.0);
    const QPointF centre(width() / 2.0, height() / 2.0);
    update(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r).toAlignedRect());
}

void BreathCircle::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.setClipRegion(event->region());
    const bool contrast = theme::currentLook().highContrast;
    const QColor ground = theme::calmBackground();
    const QColor accent = theme::accent();
    painter.fillRect(event->rect(), ground);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF centre(width() / 2.0, height() / 2.0);
    const auto mix = [&ground](const QColor &colour, double amount) {
        return QColor::fromRgbF(ground.redF() + (colour.redF() - ground.redF()) * amount,
                                ground.greenF() + (colour.greenF() - ground.greenF()) * amount,
                                ground.blueF() + (colour.blueF() - ground.blueF()) * amount);
    };

    // Where the breath is going: a quiet outline at the largest size.
    painter.setPen(QPen(contrast ? accent : mix(accent, 0.25), contrast ? 2.0 : 1.5));
    painter.setBrush(Qt::NoBrush);
    const double maxRadius = radiusFor(1.0);
    painter.drawEllipse(centre, maxRadius, maxRadius);

    // The breath: a soft glow (one wide, faint ring), the filled circle with a clear edge.
    // Opaque colours mixed in advance: no blending of every pixel on every frame.
    const double radius = radiusFor(m_level);
    if (!contrast) {
        painter.setPen(QPen(mix(accent, 0.12), GlowWidth));
        const double glow = radius + GlowWidth / 2.0;
        painter.drawEllipse(centre, glow, glow);
    }
    painter.setBrush(contrast ? ground : mix(accent, 0.3));
    painter.setPen(QPen(accent, contrast ? 4.0 : 2.5));
    painter.drawEllipse(centre, radius, radius);

    if (!m_number.isEmpty()) {
        painter.setPen(theme::text());
        painter.setFont(font());
        const double r = radiusFor(0.0);
        painter.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                         m_number);
    }
}

} // namespace pk
