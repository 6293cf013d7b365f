#include "appicon.h"

#include <QPainter>
#include <QPixmap>

namespace pk {

QPixmap AppIcon::pixmap(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 64.0, size / 64.0);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x2A, 0x66, 0x62));
    painter.drawEllipse(QRectF(2, 2, 60, 60));
    painter.setBrush(QColor(0xF4, 0xF1, 0xEA));
    painter.drawRoundedRect(QRectF(20, 18, 8, 28), 3, 3);
    painter.drawRoundedRect(QRectF(36, 18, 8, 28), 3, 3);
    return pixmap;
}

QIcon AppIcon::icon()
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(pixmap(size));
    return icon;
}

} // namespace pk
