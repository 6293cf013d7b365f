#include "stackhelper.h"

#include <QStackedLayout>
#include <QWidget>

namespace pk {

void showOnlyPage(QStackedLayout *stack, QWidget *page)
{
    for (int i = 0; i < stack->count(); ++i) {
        QWidget *widget = stack->widget(i);
        const QSizePolicy::Policy policy =
            widget == page ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        widget->setSizePolicy(policy, policy);
    }
    stack->setCurrentWidget(page);
    stack->invalidate();
}

} // namespace pk
