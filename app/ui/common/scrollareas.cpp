#include "scrollareas.h"

#include <QScrollArea>
#include <QScrollBar>

#include <algorithm>

namespace pk {

QScrollArea *makePlainScroll(QWidget *content, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setObjectName(QStringLiteral("plainScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->setAutoFillBackground(false);
    return scroll;
}

bool isNearTheEnd(const QScrollArea *scroll)
{
    const int viewport = scroll->viewport()->height();
    const int content = std::max(scroll->widget()->height(), scroll->widget()->sizeHint().height());
    const int below = content - scroll->verticalScrollBar()->value() - viewport;
    return below <= viewport;
}

} // namespace pk
