// The pauzeknop-qrcode module: QR codes through libqrencode, loaded on the first QR code.
#include <QImage>
#include <QPainter>
#include <QString>
#include <qrencode.h>

#include <memory>

extern "C" Q_DECL_EXPORT QImage pauzeknop_qrcode_render(const QString &text, int moduleSize,
                                                        int quiet)
{
    const QByteArray data = text.toUtf8();
    if (data.isEmpty() || moduleSize < 1 || quiet < 0)
        return {};
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(data.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return {};
    const int width = code->width;
    const int side = (width + 2 * quiet) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x) {
            if (code->data[y * width + x] & 1)
                painter.fillRect((x + quiet) * moduleSize, (y + quiet) * moduleSize, moduleSize,
                                 moduleSize, Qt::black);
        }
    }
    return image;
}
