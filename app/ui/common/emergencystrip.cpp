#include "emergencystrip.h"

#include <QDesktopServices>
#include <QEvent>
#include <QUrl>

namespace pk {

EmergencyStrip::EmergencyStrip(QWidget *parent)
    : WrapButton(parent)
{
    setObjectName(QStringLiteral("emergencyStrip"));
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(this, &QPushButton::clicked, this, &EmergencyStrip::call);
    retranslateUi();
}

void EmergencyStrip::setCompact(bool compact)
{
    setObjectName(compact ? QStringLiteral("emergencyButton") : QStringLiteral("emergencyStrip"));
    setSizePolicy(compact ? QSizePolicy::Maximum : QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void EmergencyStrip::call()
{
    m_dialFailed = !QDesktopServices::openUrl(QUrl(QStringLiteral("tel:112")));
    retranslateUi();
}

void EmergencyStrip::retranslateUi()
{
    setText(m_dialFailed ? tr("Danger? Dial 112 on any phone. It is free, day and night.")
                         : tr("Danger? Call 112"));
    setAccessibleName(tr("Danger? Call 112"));
    setAccessibleDescription(
        tr("If your child is hurt or in danger, call the emergency number 112 now."));
}

void EmergencyStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    WrapButton::changeEvent(event);
}

} // namespace pk
