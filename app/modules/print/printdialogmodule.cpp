// The pauzeknop-print module: the system print dialog (Qt PrintSupport), loaded on first print.
#include <QPrintDialog>
#include <QPrinter>

#include <functional>

extern "C" Q_DECL_EXPORT bool
pauzeknop_print_with_dialog(QWidget *parent, const std::function<void(QPagedPaintDevice *)> &draw)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    draw(&printer);
    return true;
}
