#include "tipcard.h"

#include "common/flowlayout.h"
#include "common/wrapbutton.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pk {

TipCard::TipCard(const Tip &tip, bool favourite, Wording wording, QWidget *parent)
    : QFrame(parent)
    , m_tip(tip)
    , m_wording(std::move(wording))
    , m_text(new QLabel(this))
    , m_source(new QLabel(this))
    , m_helped(new WrapButton(this))
    , m_favourite(new WrapButton(this))
{
    setObjectName(QStringLiteral("contentCard"));
    m_text->setObjectName(QStringLiteral("tipText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setObjectName(QStringLiteral("tipSource"));
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::PlainText);
    m_favourite->setCheckable(true);
    m_favourite->setChecked(favourite);

    auto *actions = new FlowLayout;
    actions->setHorizontalSpacing(10);
    actions->addWidget(m_helped);
    actions->addWidget(m_favourite);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 18, 22, 16);
    layout->setSpacing(8);
    layout->addWidget(m_text);
    layout->addWidget(m_source);
    layout->addLayout(actions);

    connect(m_helped, &QPushButton::clicked, this, [this] {
        m_thanked = true;
        retranslateUi();
        m_helped->setEnabled(false);
        Q_EMIT helped(m_tip.id);
    });
    connect(m_favourite, &QPushButton::toggled, this, [this](bool on) {
        updateFavourite(on);
        Q_EMIT favouriteToggled(m_tip.id, on);
    });
    retranslateUi();
}

QString TipCard::text() const
{
    return m_text->text();
}

void TipCard::rewrite()
{
    m_text->setText(m_wording ? m_wording(m_tip) : m_tip.displayText());
}

void TipCard::retranslateUi()
{
    rewrite();
    m_source->setText(tr("Source: %1").arg(m_tip.displaySource()));
    m_helped->setText(m_thanked ? tr("Thank you") : tr("This helped"));
    m_helped->setAccessibleName(tr("This helped"));
    m_helped->setAccessibleDescription(
        tr("Tells Pauzeknop, anonymously, that this tip helped you."));
    updateFavourite(m_favourite->isChecked());
}

void TipCard::updateFavourite(bool on)
{
    m_favourite->setText(on ? tr("★ Saved") : tr("☆ Save"));
    m_favourite->setAccessibleName(on ? tr("Saved in my tips") : tr("Save in my tips"));
    m_favourite->setAccessibleDescription(
        on ? tr("This tip is in your own list. Press to take it out.")
           : tr("Keeps this tip in your own list, on this computer only."));
}

void TipCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace pk
