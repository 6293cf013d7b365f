#include "steppage.h"

#include <QEvent>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pk {
namespace {

// A scroll area that asks for the whole height of its content at its width (so it only scrolls
// when the step does not fit), and can give up all but a few lines of it when space is short.
class FitScrollArea : public QScrollArea
{
public:
    explicit FitScrollArea(QWidget *parent)
        : QScrollArea(parent)
    {
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    }

    QSize sizeHint() const override
    {
        const QWidget *content = widget();
        if (!content)
            return QScrollArea::sizeHint();
        const int width = std::max(viewport()->width(), content->minimumSizeHint().width());
        const int height = content->hasHeightForWidth() ? content->heightForWidth(width)
                                                        : content->sizeHint().height();
        return {content->sizeHint().width(), std::max(height, 0) + 2 * frameWidth()};
    }

    QSize minimumSizeHint() const override
    {
        // A few lines of text stay visible above the action.
        return {QScrollArea::minimumSizeHint().width(),
                std::min(sizeHint().height(), 4 * fontMetrics().height())};
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The content's height changed (new text, a language, a bigger font): ask again.
        if (watched == widget() && event->type() == QEvent::LayoutRequest)
            updateGeometry();
        return QScrollArea::eventFilter(watched, event);
    }

    void resizeEvent(QResizeEvent *event) override
    {
        QScrollArea::resizeEvent(event);
        updateGeometry(); // a new width wraps the text into another height
    }
};

} // namespace

StepPage::StepPage(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new FitScrollArea(this))
    , m_body(new QVBoxLayout)
    , m_actions(new QVBoxLayout)
{
    // The pause screen leaves the scrolling to this page.
    setProperty("scrollsItself", true);
    auto *content = new QWidget;
    content->setLayout(m_body);
    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->setSpacing(24);
    m_actions->setContentsMargins(0, 0, 0, 0);
    m_actions->setSpacing(12);
    m_scroll->setObjectName(QStringLiteral("plainScroll"));
    m_scroll->setWidget(content);
    content->setAutoFillBackground(false); // after setWidget, which turns it on
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->viewport()->setAutoFillBackground(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addStretch(1);
    layout->addWidget(m_scroll);
    layout->addLayout(m_actions);
    layout->addStretch(2);
}

} // namespace pk
