#include "donecard.h"

#include "common/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pk {

DoneCard::DoneCard(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
    , m_again(new QPushButton(this))
    , m_back(new QPushButton(this))
{
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_body->setObjectName(QStringLiteral("cardText"));
    for (QLabel *label : {m_title, m_body}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    theme::setRole(m_back, "primary");
    m_back->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    buttons->addStretch(1);
    buttons->addWidget(m_again);
    buttons->addWidget(m_back);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(24);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addLayout(buttons);
    layout->addStretch(2);
    setFocusProxy(m_back);

    connect(m_again, &QPushButton::clicked, this, &DoneCard::breatheAgain);
    connect(m_back, &QPushButton::clicked, this, &DoneCard::backToChild);
    retranslateUi();
}

void DoneCard::retranslateUi()
{
    m_title->setText(tr("You took a pause."));
    m_body->setText(tr("That was a good thing to do. Go back when you feel ready, "
                       "or breathe one more round."));
    m_again->setText(tr("Breathe again"));
    m_again->setAccessibleName(m_again->text());
    m_again->setAccessibleDescription(tr("Starts another round of calm breathing."));
    m_back->setText(tr("Back to my child"));
    m_back->setAccessibleName(m_back->text());
    m_back->setAccessibleDescription(tr("Ends the pause and returns to the start screen."));
}

void DoneCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace pk
