#include "liveannouncer.h"

#include <QAccessible>
#include <QWidget>

namespace pk {

void LiveAnnouncer::announce(QWidget *anchor, const QString &text)
{
    if (!anchor || text.isEmpty())
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // The name still follows, so the label itself sends no event with its new text.
    anchor->setAccessibleName(text);
    QAccessibleAnnouncementEvent event(anchor, text);
    QAccessible::updateAccessibility(&event);
#else
    // setAccessibleName sends exactly one NameChanged event, and only when the name changes.
    if (anchor->accessibleName() == text) {
        QAccessibleEvent event(anchor, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
        return;
    }
    anchor->setAccessibleName(text);
#endif
}

void LiveAnnouncer::setName(QWidget *widget, const QString &name)
{
    if (widget && widget->accessibleName() != name)
        widget->setAccessibleName(name);
}

} // namespace pk
