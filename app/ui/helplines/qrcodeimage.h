#pragma once

#include <QImage>
#include <QString>

namespace pk {

// A QR code as a black-on-white image, so a phone camera can dial a tel: link. libqrencode is
// loaded with the pauzeknop-qrcode module when the first code is drawn; without it, no image.
class QrCodeImage
{
public:
    // An empty image when the text cannot be encoded. quiet: modules of white border.
    static QImage render(const QString &text, int moduleSize = 4, int quiet = 2);
};

} // namespace pk
