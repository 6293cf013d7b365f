#include "appstyle.h"

#include "theme.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QStyleFactory>
#include <QStyleOption>

namespace pk {

AppStyle::AppStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
    // Qt 6.4 style sheets know no placeholder colour: set it on each field once the style sheet
    // has given the field its palette (when it is first shown and whenever the look changes).
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool AppStyle::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::Polish && type != QEvent::PaletteChange)
        return QProxyStyle::eventFilter(watched, event);
    if (auto *field = qobject_cast<QLineEdit *>(watched)) {
        const QColor wanted = theme::colours(theme::currentLook()).placeholder;
        if (field->palette().color(QPalette::PlaceholderText) != wanted) {
            QPalette palette = field->palette();
            palette.setColor(QPalette::PlaceholderText, wanted);
            field->setPalette(palette);
        }
    }
    return QProxyStyle::eventFilter(watched, event);
}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                             QPainter *painter, const QWidget *widget) const
{
    // A focused check box has the style sheet's ring around it; Fusion's tinted focus box behind
    // its words would be a second, fainter ring.
    if (element == PE_FrameFocusRect && qobject_cast<const QCheckBox *>(widget))
        return;
    if (element != PE_IndicatorCheckBox) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    // A white box with a border in the fields' colour, the check mark in the text colour.
    const theme::Colours colours = theme::colours(theme::currentLook());
    const bool enabled = option->state & State_Enabled;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal border = std::max<qreal>(2.0, option->rect.height() / 12.0);
    const QRectF box =
        QRectF(option->rect).adjusted(border / 2, border / 2, -border / 2, -border / 2);
    painter->setPen(QPen(enabled ? colours.fieldBorder : colours.placeholder, border));
    painter->setBrush(option->state & State_Sunken ? colours.calmBackground : colours.surface);
    painter->drawRoundedRect(box, 3, 3);
    const QColor mark = enabled ? colours.text : colours.placeholder;
    QPen pen(mark, std::max<qreal>(2.0, box.height() / 7.0));
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const QRectF inner =
        box.adjusted(box.width() / 5, box.height() / 5, -box.width() / 5, -box.height() / 5);
    if (option->state & State_On) {
        QPainterPath check;
        check.moveTo(inner.left(), inner.center().y());
        check.lineTo(inner.left() + inner.width() * 0.38, inner.bottom());
        check.lineTo(inner.right(), inner.top());
        painter->drawPath(check);
    } else if (option->state & State_NoChange) {
        painter->drawLine(QPointF(inner.left(), inner.center().y()),
                          QPointF(inner.right(), inner.center().y()));
    }
    painter->restore();
}

void AppStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                  QPainter *painter, const QWidget *widget) const
{
    if (control == CC_ComboBox) {
        // Fusion draws the edge of a list box in the window colour made 40 % darker: give it a
        // window colour whose darker shade is the fields' border colour.
        QStyleOptionComboBox box;
        if (const auto *combo = qstyleoption_cast<const QStyleOptionComboBox *>(option)) {
            box = *combo;
            const QColor edge = theme::colours(theme::currentLook()).fieldBorder;
            box.palette.setColor(QPalette::Window, edge.lighter(140));
            QProxyStyle::drawComplexControl(control, &box, painter, widget);
            return;
        }
    }
    QProxyStyle::drawComplexControl(control, option, painter, widget);
}

} // namespace pk
