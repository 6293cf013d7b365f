#pragma once

#include <QIcon>

namespace pk {

// Pauzeknop's icon (a calm green disc with the two bars of "pause"), painted in code so the
// tray and the window need no image plugin. packaging/linux has the same drawing as SVG.
class AppIcon
{
public:
    static QIcon icon();
    static QPixmap pixmap(int size);
};

} // namespace pk
