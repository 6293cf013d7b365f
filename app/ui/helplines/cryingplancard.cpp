#include "cryingplancard.h"

#include "common/wrapbutton.h"
#include "helplinecard.h"

#include <QDesktopServices>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace pk {

CryingPlanCard::CryingPlanCard(const QList<PlanContact> &contacts, QWidget *parent)
    : QFrame(parent)
    , m_edit(new WrapButton(this))
{
    setObjectName(QStringLiteral("contentCard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(8);
    auto *title = new QLabel(tr("Your own people"), this);
    title->setObjectName(QStringLiteral("cardName"));
    layout->addWidget(title);

    if (contacts.isEmpty()) {
        auto *empty = new QLabel(tr("Write down now who you can call when it gets too much: a "
                                    "partner, a neighbour, a friend."),
                                 this);
        empty->setObjectName(QStringLiteral("cardPurpose"));
        empty->setWordWrap(true);
        layout->addWidget(empty);
    }
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setColumnStretch(0, 1);
    for (int row = 0; row < contacts.size(); ++row) {
        const PlanContact &contact = contacts.at(row);
        QString text = QStringLiteral("<b>%1</b>").arg(contact.name.toHtmlEscaped());
        if (!contact.number.isEmpty())
            text += QStringLiteral("&nbsp;&nbsp;") + QChar(0x2066) +
                    contact.number.toHtmlEscaped() + QChar(0x2069);
        if (!contact.note.isEmpty())
            text += QStringLiteral("<br>") + contact.note.toHtmlEscaped();
        auto *who = new QLabel(text, this);
        who->setObjectName(QStringLiteral("cardPurpose"));
        who->setTextFormat(Qt::RichText);
        who->setAlignment(Qt::AlignAbsolute | Qt::AlignVCenter |
                          (QGuiApplication::isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft));
        who->setWordWrap(true);
        grid->addWidget(who, row, 0);
        if (contact.number.isEmpty())
            continue;
        auto *call = new WrapButton(tr("Call"), this);
        call->setAccessibleName(tr("Call %1").arg(contact.name));
        call->setAccessibleDescription(
            tr("Opens your phone or calling app to call %1.").arg(contact.name));
        const QUrl url(HelplineCard::telUri(contact.number));
        connect(call, &QPushButton::clicked, this, [url] { QDesktopServices::openUrl(url); });
        grid->addWidget(call, row, 1);
        m_calls.append(call);
    }
    layout->addLayout(grid);

    m_edit->setText(contacts.isEmpty() ? tr("Make my crying plan") : tr("Edit my crying plan"));
    m_edit->setAccessibleName(m_edit->text());
    m_edit->setAccessibleDescription(
        tr("The people you want to call, kept only on this computer. You can print it."));
    layout->addWidget(m_edit, 0, Qt::AlignLeading);
    connect(m_edit, &QPushButton::clicked, this, &CryingPlanCard::editRequested);
}

} // namespace pk
