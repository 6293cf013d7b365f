#pragma once

#include <QImage>
#include <QString>

namespace pk {

// A QR code (libqrencode) as a black-on-white image, so a phone camera can dial a tel: link.
class QrCodeImage
{
public:
    // An empty image when the text cannot be encoded. quiet: modules of white border.
    static QImage render(const QString &text, int moduleSize = 4, int quiet = 2);
};

} // namespace pk
