#include "checkincard.h"

#include "common/theme.h"
#include "common/wrapbutton.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pk {

CheckInCard::CheckInCard(QWidget *parent)
    : StepPage(parent)
    , m_title(new QLabel(this))
    , m_calmer(new WrapButton(this))
    , m_tense(new WrapButton(this))
    , m_help(new WrapButton(this))
{
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);

    body()->addWidget(m_title);
    actions()->setSpacing(18);
    for (QPushButton *button : {m_calmer, m_tense, m_help}) {
        theme::setRole(button, "door");
        button->setMinimumWidth(360);
        actions()->addWidget(button, 0, Qt::AlignHCenter);
    }
    setFocusProxy(m_calmer);

    connect(m_calmer, &QPushButton::clicked, this,
            [this] { Q_EMIT answered(PauseSession::CheckIn::Calmer); });
    connect(m_tense, &QPushButton::clicked, this,
            [this] { Q_EMIT answered(PauseSession::CheckIn::StillTense); });
    connect(m_help, &QPushButton::clicked, this,
            [this] { Q_EMIT answered(PauseSession::CheckIn::NeedHelp); });
    retranslateUi();
}

QPushButton *CheckInCard::button(PauseSession::CheckIn answer) const
{
    switch (answer) {
    case PauseSession::CheckIn::Calmer:
        return m_calmer;
    case PauseSession::CheckIn::StillTense:
        return m_tense;
    case PauseSession::CheckIn::NeedHelp:
        return m_help;
    }
    return m_calmer;
}

void CheckInCard::retranslateUi()
{
    m_title->setText(tr("How do you feel now?"));
    m_calmer->setText(tr("Calmer"));
    m_calmer->setAccessibleDescription(tr("Shows a warm word, a tip and the way back."));
    m_tense->setText(tr("Still tense"));
    m_tense->setAccessibleDescription(
        tr("Offers another round, a different exercise or a few minutes away."));
    m_help->setText(tr("I need help"));
    m_help->setAccessibleDescription(tr("Shows who you can call, 112 first."));
    for (QPushButton *button : {m_calmer, m_tense, m_help})
        button->setAccessibleName(button->text());
}

void CheckInCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    StepPage::changeEvent(event);
}

} // namespace pk
