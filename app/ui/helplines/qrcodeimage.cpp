#include "qrcodeimage.h"

#include "common/moduleloader.h"

namespace pk {

QImage QrCodeImage::render(const QString &text, int moduleSize, int quiet)
{
    using Render = QImage (*)(const QString &, int, int);
    static const auto draw = reinterpret_cast<Render>(
        ModuleLoader::resolve("pauzeknop-qrcode", "pauzeknop_qrcode_render"));
    return draw ? draw(text, moduleSize, quiet) : QImage();
}

} // namespace pk
