#include "safefirstcard.h"

#include "common/theme.h"
#include "common/wrapbutton.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pk {

SafeFirstCard::SafeFirstCard(QWidget *parent)
    : StepPage(parent)
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
    , m_continue(new WrapButton(this))
{
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_body->setObjectName(QStringLiteral("cardText"));
    for (QLabel *label : {m_title, m_body}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    theme::setRole(m_continue, "primary");
    m_continue->setDefault(true);

    // The words scroll when 200 % text needs it; the button stays in view under them.
    QVBoxLayout *layout = body();
    layout->addWidget(m_title);
    // The one fixed safety line (ICON, rscp.org.uk): on this card for every audience, right under
    // the title, so that it is in view without scrolling even at 200 % text on a small laptop.
    auto *neverShake = new QLabel(this);
    neverShake->setObjectName(QStringLiteral("cardText"));
    neverShake->setProperty("neverShake", true);
    neverShake->setAlignment(Qt::AlignCenter);
    neverShake->setWordWrap(true);
    layout->addWidget(neverShake);
    layout->addWidget(m_body);
    actions()->addWidget(m_continue, 0, Qt::AlignHCenter);
    setFocusProxy(m_continue);

    connect(m_continue, &QPushButton::clicked, this, &SafeFirstCard::confirmed);
    retranslateUi();
}

void SafeFirstCard::setAudience(Audience audience)
{
    m_audience = audience;
    retranslateUi();
}

QString SafeFirstCard::bodyText() const
{
    return m_body->text();
}

void SafeFirstCard::retranslateUi()
{
    m_title->setText(tr("First make sure your child is safe."));
    if (m_audience == Audience::ChildcareWorker)
        m_body->setText(tr("Ask a colleague to take over, or make the group safe first."));
    else
        m_body->setText(tr("Lay your baby on their back in the cot or another safe place. "
                           "It's OK to walk away for a few minutes."));
    for (QLabel *label : findChildren<QLabel *>()) {
        if (label->property("neverShake").toBool())
            label->setText(tr("Never shake a baby. Put the baby down safely and step away."));
    }
    m_continue->setText(tr("My child is safe. Let's breathe"));
    m_continue->setAccessibleName(m_continue->text());
    m_continue->setAccessibleDescription(tr("Starts the breathing exercise."));
}

void SafeFirstCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    StepPage::changeEvent(event);
}

} // namespace pk
