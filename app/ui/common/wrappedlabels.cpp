#include "wrappedlabels.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QScrollArea>

namespace pk {
namespace {

// Watches the scrolled widget's size and gives each wrapped label its height for its width.
class WrappedLabels : public QObject
{
public:
    explicit WrappedLabels(QScrollArea *area)
        : QObject(area)
        , m_area(area)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest) {
            QWidget *content = m_area->widget();
            if (content && watched == content) {
                bool changed = false;
                for (QLabel *label : content->findChildren<QLabel *>()) {
                    if (!label->wordWrap() || label->width() <= 0)
                        continue;
                    const int needed = label->heightForWidth(label->width());
                    if (needed > 0 && needed != label->minimumHeight()) {
                        label->setMinimumHeight(needed);
                        changed = true;
                    }
                }
                // The area sizes its widget again (and shows its scroll bar) for the new heights.
                if (changed)
                    QCoreApplication::postEvent(m_area, new QEvent(QEvent::LayoutRequest));
            }
        }
        return false;
    }

private:
    QScrollArea *m_area;
};

} // namespace

void keepWrappedLabelsWhole(QScrollArea *area)
{
    if (QWidget *content = area->widget())
        content->installEventFilter(new WrappedLabels(area));
}

} // namespace pk
