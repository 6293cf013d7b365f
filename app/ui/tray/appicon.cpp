#include "appicon.h"

#include <QIconEngine>
#include <QPainter>
#include <QPixmap>

namespace pk {
namespace {

void draw(QPainter *painter, const QRectF &box)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(box.topLeft());
    painter->scale(box.width() / 64.0, box.height() / 64.0);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0x2A, 0x66, 0x62));
    painter->drawEllipse(QRectF(2, 2, 60, 60));
    painter->setBrush(QColor(0xF4, 0xF1, 0xEA));
    painter->drawRoundedRect(QRectF(20, 18, 8, 28), 3, 3);
    painter->drawRoundedRect(QRectF(36, 18, 8, 28), 3, 3);
    painter->restore();
}

// Draws the icon at whatever size is asked, when it is asked: the window system and the tray
// take the sizes they need and nothing is kept (eight ready-made sizes held 360 KB).
class AppIconEngine : public QIconEngine
{
public:
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(rect.width(), rect.height());
        draw(painter, QRectF(rect.x() + (rect.width() - side) / 2.0,
                             rect.y() + (rect.height() - side) / 2.0, side, side));
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        return AppIcon::pixmap(std::min(size.width(), size.height()));
    }
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (int side : {16, 22, 24, 32, 48, 64, 128, 256})
            sizes.append(QSize(side, side));
        return sizes;
    }
    QIconEngine *clone() const override { return new AppIconEngine; }
    QString key() const override { return QStringLiteral("pauzeknop-app-icon"); }
};

} // namespace

QPixmap AppIcon::pixmap(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    draw(&painter, QRectF(0, 0, size, size));
    return pixmap;
}

QIcon AppIcon::icon()
{
    return QIcon(new AppIconEngine);
}

} // namespace pk
