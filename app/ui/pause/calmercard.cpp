#include "calmercard.h"

#include "common/flowlayout.h"
#include "common/theme.h"
#include "common/wrapbutton.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pk {

CalmerCard::CalmerCard(QWidget *parent)
    : StepPage(parent)
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
    , m_tip(new QLabel(this))
    , m_again(new WrapButton(this))
    , m_back(new WrapButton(this))
{
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_body->setObjectName(QStringLiteral("cardText"));
    m_tip->setObjectName(QStringLiteral("pauseTip"));
    for (QLabel *label : {m_title, m_body, m_tip}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    m_tip->setVisible(false);
    theme::setRole(m_back, "primary");
    m_back->setDefault(true);

    auto *buttons = new FlowLayout;
    buttons->setHorizontalSpacing(16);
    buttons->setLineAlignment(Qt::AlignHCenter);
    buttons->addWidget(m_again);
    buttons->addWidget(m_back);

    body()->addWidget(m_title);
    body()->addWidget(m_body);
    body()->addWidget(m_tip);
    actions()->addLayout(buttons);
    setFocusProxy(m_back);
    setTabOrder(m_back, m_again);

    connect(m_again, &QPushButton::clicked, this, &CalmerCard::breatheAgain);
    connect(m_back, &QPushButton::clicked, this, &CalmerCard::backToChild);
    retranslateUi();
}

void CalmerCard::setTip(const QString &text)
{
    m_tip->setText(text.isEmpty() ? QString() : tr("A tip: %1").arg(text));
    m_tip->setVisible(!text.isEmpty());
}

QString CalmerCard::tipText() const
{
    return m_tip->text();
}

void CalmerCard::retranslateUi()
{
    m_title->setText(tr("Well done."));
    m_body->setText(tr("You took a pause. That was good for you and for your child."));
    m_again->setText(tr("Breathe again"));
    m_again->setAccessibleName(m_again->text());
    m_again->setAccessibleDescription(tr("Starts another round of breathing."));
    // The one wording for leaving the pause.
    m_back->setText(QCoreApplication::translate("pk::PauseScreen", "I'm OK now"));
    m_back->setAccessibleName(m_back->text());
    m_back->setAccessibleDescription(tr("Ends the pause and returns to the start screen."));
}

void CalmerCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    StepPage::changeEvent(event);
}

} // namespace pk
