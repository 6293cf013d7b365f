#pragma once

#include <QObject>

namespace pk {

// For the start-up benchmark: prints "first-paint" on stdout when the watched widget first
// paints. Installed only when PAUZEKNOP_REPORT_FIRST_PAINT is set; costs nothing otherwise.
class FirstPaintProbe : public QObject
{
public:
    static void installIfRequested(QObject *watched);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace pk
