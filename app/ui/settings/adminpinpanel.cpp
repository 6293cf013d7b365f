#include "adminpinpanel.h"

#include "common/theme.h"
#include "pin/pingate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace pk {

AdminPinPanel::AdminPinPanel(PinGate *gate, QWidget *parent)
    : QWidget(parent)
    , m_gate(gate)
    , m_label(new QLabel(this))
    , m_pin(new QLineEdit(this))
    , m_unlock(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_wait(new QTimer(this))
{
    setObjectName(QStringLiteral("adminPinPanel"));
    m_label->setObjectName(QStringLiteral("settingLabel"));
    m_label->setBuddy(m_pin);
    m_pin->setObjectName(QStringLiteral("adminPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(64);
    m_unlock->setObjectName(QStringLiteral("adminUnlock"));
    m_status->setObjectName(QStringLiteral("settingNote"));
    m_status->setWordWrap(true);
    m_wait->setSingleShot(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_pin, 1);
    row->addWidget(m_unlock);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(m_label);
    layout->addLayout(row);
    layout->addWidget(m_status);

    connect(m_unlock, &QPushButton::clicked, this, &AdminPinPanel::tryPin);
    connect(m_pin, &QLineEdit::returnPressed, this, &AdminPinPanel::tryPin);
    connect(m_wait, &QTimer::timeout, this, [this] {
        m_unlock->setEnabled(true);
        retranslateUi();
    });
    connect(m_gate, &PinGate::checked, this, &AdminPinPanel::showResult);
    showWait(); // a wait left from an earlier run is kept
    retranslateUi();
}

void AdminPinPanel::tryPin()
{
    if (m_unlocked || !m_unlock->isEnabled())
        return;
    // The check takes about a second: it runs off the UI thread, the window stays responsive.
    const PinGate::Result result = m_gate->startCheck(m_pin->text());
    m_pin->clear();
    if (result == PinGate::Result::Checking) {
        m_unlock->setEnabled(false);
        retranslateUi();
        return;
    }
    showResult(result);
}

void AdminPinPanel::showResult(PinGate::Result result)
{
    m_wrong = result == PinGate::Result::Wrong;
    m_unlock->setEnabled(true);
    if (result == PinGate::Result::Accepted) {
        m_unlocked = true;
        m_pin->setEnabled(false);
        m_unlock->setEnabled(false);
        retranslateUi();
        Q_EMIT unlocked();
        return;
    }
    showWait();
    retranslateUi();
}

void AdminPinPanel::showWait()
{
    const qint64 ms = m_gate->msUntilNextTry();
    if (ms <= 0)
        return;
    m_unlock->setEnabled(false);
    m_wait->start(int(ms));
}

void AdminPinPanel::retranslateUi()
{
    m_label->setText(tr("Admin PIN"));
    m_unlock->setText(tr("Unlock"));
    m_pin->setAccessibleName(tr("Admin PIN"));
    m_pin->setAccessibleDescription(tr("The administrator's PIN shows the record of pauses."));
    m_unlock->setAccessibleName(tr("Unlock"));
    m_unlock->setAccessibleDescription(tr("Checks the admin PIN."));
    QString status;
    if (!m_gate->hasPin())
        status = tr("No admin PIN is set for this computer.");
    else if (m_unlocked)
        status = tr("Unlocked until Pauzeknop closes.");
    else if (m_gate->isChecking())
        status = tr("Checking the PIN...");
    else if (m_wait->isActive())
        status = tr("That PIN is not right. Wait %1 s, then try again.")
                     .arg((m_gate->msUntilNextTry() + 999) / 1000);
    else if (m_wrong)
        status = tr("That PIN is not right. Please try again.");
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    const bool usable = m_gate->hasPin() && !m_unlocked;
    m_pin->setEnabled(usable);
    if (!usable || m_gate->isChecking())
        m_unlock->setEnabled(false);
}

void AdminPinPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace pk
