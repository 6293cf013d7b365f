#include "focusring.h"

#include "theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QPainter>

namespace pk {
namespace {

constexpr int RingWidth = 3;
constexpr int Gap = 1; // between the control's own (light) border and the ring

QPointer<FocusRing> g_ring;

} // namespace

FocusRing::FocusRing()
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setAttribute(Qt::WA_TranslucentBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
}

FocusRing *FocusRing::instance()
{
    return g_ring;
}

void FocusRing::install(QApplication *app)
{
    if (g_ring)
        return;
    g_ring = new FocusRing;
    QObject::connect(app, &QApplication::focusChanged, g_ring,
                     [](QWidget *, QWidget *now) { g_ring->follow(now); });
    QObject::connect(app, &QObject::destroyed, [] { delete g_ring; });
}

void FocusRing::follow(QWidget *target)
{
    if (m_target)
        m_target->removeEventFilter(this);
    m_target = target && theme::hasDarkFill(target) ? target : nullptr;
    if (auto *button = qobject_cast<QAbstractButton *>(target)) {
        // A choice that becomes checked while focused gets its dark fill (and the ring) then.
        disconnect(button, &QAbstractButton::toggled, this, nullptr);
        connect(button, &QAbstractButton::toggled, this, &FocusRing::followFocus);
    }
    if (!m_target) {
        hide();
        return;
    }
    m_target->installEventFilter(this);
    place();
}

void FocusRing::followFocus()
{
    if (QApplication::focusWidget() == sender())
        follow(QApplication::focusWidget());
}

void FocusRing::place()
{
    if (!m_target || !m_target->isVisible()) {
        hide();
        return;
    }
    QWidget *window = m_target->window();
    if (parentWidget() != window)
        setParent(window);
    const int reach = RingWidth + Gap;
    setGeometry(QRect(m_target->mapTo(window, QPoint(0, 0)), m_target->size())
                    .adjusted(-reach, -reach, reach, reach));
    raise();
    show();
    update();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_target) {
        switch (event->type()) {
        case QEvent::Move:
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::Hide:
            place();
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FocusRing::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(theme::colours(theme::currentLook()).focusRing, RingWidth));
    painter.setBrush(Qt::NoBrush);
    const double half = RingWidth / 2.0;
    painter.drawRoundedRect(QRectF(rect()).adjusted(half, half, -half, -half), 14, 14);
}

} // namespace pk
