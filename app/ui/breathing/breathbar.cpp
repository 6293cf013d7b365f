#include "breathbar.h"

#include "common/theme.h"

#include <QPaintEvent>
#include <QPainter>

#include <algorithm>

namespace pk {

BreathBar::BreathBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize BreathBar::sizeHint() const
{
    return {480, 72};
}

QSize BreathBar::minimumSizeHint() const
{
    return {200, 56};
}

QRect BreathBar::trackRect() const
{
    return rect().adjusted(4, 8, -4, -8);
}

int BreathBar::fillWidth(double level) const
{
    return static_cast<int>(std::lround(trackRect().width() * std::clamp(level, 0.0, 1.0)));
}

void BreathBar::setLevel(double level)
{
    level = std::clamp(level, 0.0, 1.0);
    const int before = fillWidth(m_level);
    const int after = fillWidth(level);
    m_level = level;
    if (before == after)
        return; // not one pixel changed: nothing to repaint
    // Only the strip that changed colour, in widget (left-to-right or mirrored) coordinates.
    const QRect track = trackRect();
    QRect strip(track.left() + std::min(before, after) - 2, track.top(),
                std::abs(after - before) + 4, track.height());
    if (isRightToLeft())
        strip.moveLeft(width() - strip.right() - 1);
    m_dirty = strip;
    update(strip);
}

void BreathBar::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.setClipRegion(event->region());
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect track = trackRect();
    const bool contrast = theme::currentLook().highContrast;
    QColor empty = theme::accent();
    empty.setAlpha(contrast ? 0 : 40);
    // The empty track keeps a visible edge (3:1 at least) so its length can be seen.
    painter.setPen(QPen(contrast ? theme::text() : theme::fieldBorder(), 2));
    painter.setBrush(empty);
    painter.drawRoundedRect(QRectF(track).adjusted(1, 1, -1, -1), 12, 12);
    painter.setPen(Qt::NoPen);
    QRect fill = track;
    fill.setWidth(fillWidth(m_level));
    if (isRightToLeft())
        fill.moveRight(track.right());
    painter.setBrush(theme::accent());
    painter.drawRoundedRect(fill, 12, 12);
}

} // namespace pk
