#include "firstpaintprobe.h"

#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace pk {

void FirstPaintProbe::installIfRequested(QObject *watched)
{
    if (qEnvironmentVariableIsSet("PAUZEKNOP_REPORT_FIRST_PAINT"))
        watched->installEventFilter(new FirstPaintProbe(watched));
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // After this paint has been flushed to the screen, report it.
        QTimer::singleShot(0, [] {
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
        });
        deleteLater();
    }
    return false;
}

} // namespace pk
