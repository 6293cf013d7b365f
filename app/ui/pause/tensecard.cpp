#include "tensecard.h"

#include "common/theme.h"
#include "common/wrapbutton.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pk {

TenseCard::TenseCard(QWidget *parent)
    : StepPage(parent)
    , m_title(new QLabel(this))
    , m_tip(new QLabel(this))
    , m_again(new WrapButton(this))
    , m_other(new WrapButton(this))
    , m_walkAway(new WrapButton(this))
{
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_tip->setObjectName(QStringLiteral("pauseTip"));
    for (QLabel *label : {m_title, m_tip}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    m_tip->setVisible(false);

    QVBoxLayout *layout = body();
    layout->setSpacing(18);
    layout->addWidget(m_title);
    layout->addSpacing(8);
    for (QPushButton *button : {m_again, m_other, m_walkAway}) {
        theme::setRole(button, "door");
        button->setMinimumWidth(420);
        layout->addWidget(button, 0, Qt::AlignHCenter);
    }
    layout->addSpacing(8);
    layout->addWidget(m_tip);
    setFocusProxy(m_again);

    connect(m_again, &QPushButton::clicked, this, &TenseCard::breatheAgain);
    connect(m_other, &QPushButton::clicked, this, &TenseCard::chooseExercise);
    connect(m_walkAway, &QPushButton::clicked, this, &TenseCard::walkAway);
    retranslateUi();
}

void TenseCard::setTip(const QString &text)
{
    m_tip->setText(text.isEmpty() ? QString() : tr("A tip: %1").arg(text));
    m_tip->setVisible(!text.isEmpty());
}

QString TenseCard::tipText() const
{
    return m_tip->text();
}

void TenseCard::retranslateUi()
{
    m_title->setText(tr("That's OK. Take a little more time."));
    m_again->setText(tr("Another round"));
    m_again->setAccessibleDescription(tr("Breathes the same exercise once more."));
    m_other->setText(tr("A different exercise"));
    m_other->setAccessibleDescription(tr("Lets you choose another breathing exercise."));
    m_walkAway->setText(tr("Walk away for a few minutes"));
    m_walkAway->setAccessibleDescription(
        tr("A timer of 2, 5 or 10 minutes that reminds you to look at your child."));
    for (QPushButton *button : {m_again, m_other, m_walkAway})
        button->setAccessibleName(button->text());
}

void TenseCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    StepPage::changeEvent(event);
}

} // namespace pk
