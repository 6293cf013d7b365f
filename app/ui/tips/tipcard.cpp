#include "tipcard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace pk {

TipCard::TipCard(const Tip &tip, bool favourite, QWidget *parent)
    : QFrame(parent)
    , m_tip(tip)
    , m_text(new QLabel(tip.displayText(QLocale().name().left(2)), this))
    , m_helped(new QPushButton(tr("This helped"), this))
    , m_favourite(new QPushButton(this))
{
    setObjectName(QStringLiteral("contentCard"));
    m_text->setObjectName(QStringLiteral("tipText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *source = new QLabel(tr("Source: %1").arg(tip.source), this);
    source->setObjectName(QStringLiteral("tipSource"));
    source->setWordWrap(true);

    m_helped->setAccessibleName(tr("This helped"));
    m_helped->setAccessibleDescription(
        tr("Tells Pauzeknop, anonymously, that this tip helped you."));
    m_favourite->setCheckable(true);
    m_favourite->setChecked(favourite);
    updateFavourite(favourite);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(10);
    actions->addWidget(m_helped);
    actions->addWidget(m_favourite);
    actions->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 18, 22, 16);
    layout->setSpacing(8);
    layout->addWidget(m_text);
    layout->addWidget(source);
    layout->addLayout(actions);

    connect(m_helped, &QPushButton::clicked, this, [this] {
        m_helped->setText(tr("Thank you"));
        m_helped->setEnabled(false);
        Q_EMIT helped(m_tip.id);
    });
    connect(m_favourite, &QPushButton::toggled, this, [this](bool on) {
        updateFavourite(on);
        Q_EMIT favouriteToggled(m_tip.id, on);
    });
}

QString TipCard::text() const
{
    return m_text->text();
}

void TipCard::updateFavourite(bool on)
{
    m_favourite->setText(on ? tr("★ Saved") : tr("☆ Save"));
    m_favourite->setAccessibleName(on ? tr("Saved in my tips") : tr("Save in my tips"));
    m_favourite->setAccessibleDescription(
        on ? tr("This tip is in your own list. Press to take it out.")
           : tr("Keeps this tip in your own list, on this computer only."));
}

} // namespace pk
