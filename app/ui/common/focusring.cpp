#include "focusring.h"

#include "theme.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
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
    static QPointer<QApplication> installedOn;
    if (installedOn == app)
        return;
    installedOn = app;
    // A new ring when the old one went with a window or a list it was drawn on.
    QObject::connect(app, &QApplication::focusChanged, app, [](QWidget *, QWidget *now) {
        if (!g_ring)
            g_ring = new FocusRing;
        g_ring->follow(now);
    });
    QObject::connect(app, &QObject::destroyed, [] { delete g_ring; });
}

// Where the ring is drawn: the viewport of the nearest scroll area around the target (so the
// ring is clipped like the control it belongs to), or the window.
QWidget *FocusRing::surfaceFor(QWidget *target)
{
    for (QWidget *w = target->parentWidget(); w && !w->isWindow(); w = w->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w->parentWidget());
            area && area->viewport() == w)
            return w;
    }
    return target->window();
}

void FocusRing::follow(QWidget *target)
{
    for (const QPointer<QWidget> &watched : std::as_const(m_watched)) {
        if (watched)
            watched->removeEventFilter(this);
    }
    m_watched.clear();
    m_target = target && theme::hasDarkFill(target) ? target : nullptr;
    if (auto *button = qobject_cast<QAbstractButton *>(target)) {
        // A choice that becomes checked while focused gets its dark fill (and the ring) then.
        disconnect(button, &QAbstractButton::toggled, this, nullptr);
        connect(button, &QAbstractButton::toggled, this, &FocusRing::followFocus);
    }
    if (!m_target) {
        hide();
        // Not kept by a dialog or a list that may go away.
        setParent(nullptr);
        return;
    }
    // The target and everything between it and the surface: a scroll area that scrolls, or a
    // layout that moves a parent, moves the target without telling it.
    QWidget *surface = surfaceFor(m_target);
    for (QWidget *w = m_target; w && w != surface; w = w->parentWidget()) {
        w->installEventFilter(this);
        m_watched.append(w);
    }
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
    QWidget *surface = surfaceFor(m_target);
    if (parentWidget() != surface)
        setParent(surface);
    const int reach = RingWidth + Gap;
    setGeometry(QRect(m_target->mapTo(surface, QPoint(0, 0)), m_target->size())
                    .adjusted(-reach, -reach, reach, reach));
    raise();
    show();
    update();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (m_target && m_watched.contains(qobject_cast<QWidget *>(watched))) {
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
