#include "helprow.h"

#include "common/theme.h"
#include "common/wrapbutton.h"
#include "content/biditext.h"
#include "content/helplinedirectory.h"
#include "content/tipwording.h"
#include "helplinecard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace pk {
namespace {

// The same words as on the cards of Who can help, translated once for both.
QString card(const char *text)
{
    return QCoreApplication::translate("pk::HelplineCard", text);
}

} // namespace

HelpRow::HelpRow(const QString &name, const QString &number, QWidget *parent)
    : QFrame(parent)
    , m_name(name)
    , m_number(number)
    , m_textColumn(new QWidget(this))
{
    setObjectName(QStringLiteral("contentCard"));
    auto *column = new QVBoxLayout(m_textColumn);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);
}

void HelpRow::addLine(const QString &text, const char *objectName)
{
    if (text.isEmpty())
        return;
    auto *label = new QLabel(text, m_textColumn);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // On the reading side, whatever the text: a Latin name, a number or a line not translated
    // yet starts on the right in Arabic like the rest (a label would otherwise follow the
    // direction of its own text, and rows would zig-zag).
    label->setAlignment(Qt::AlignAbsolute | Qt::AlignVCenter |
                        (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft));
    m_textColumn->layout()->addWidget(label);
}

void HelpRow::finish()
{
    m_feedback = new QLabel(m_textColumn);
    m_feedback->setObjectName(QStringLiteral("cardNote"));
    m_feedback->setWordWrap(true);
    m_feedback->hide();
    m_textColumn->layout()->addWidget(m_feedback);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(18, 12, 18, 12);
    row->setSpacing(16);
    row->addWidget(m_textColumn, 1);
    if (m_number.isEmpty())
        return;
    m_call = new WrapButton(card("Call"), this);
    m_call->setAccessibleName(card("Call %1").arg(m_name));
    m_call->setAccessibleDescription(
        card("Opens your phone or calling app to call %1 on %2.").arg(m_name, m_number));
    theme::setRole(m_call, "primary");
    m_copy = new WrapButton(card("Copy number"), this);
    m_copy->setAccessibleName(card("Copy the number of %1").arg(m_name));
    m_copy->setAccessibleDescription(card("Puts %1 on the clipboard.").arg(m_number));
    for (QPushButton *button : {m_call, m_copy}) {
        button->setCursor(Qt::PointingHandCursor);
        button->setMinimumHeight(48);
    }
    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_call);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    row->addLayout(buttons);
    connect(m_call, &QPushButton::clicked, this, &HelpRow::call);
    connect(m_copy, &QPushButton::clicked, this, &HelpRow::copy);
}

HelpRow *HelpRow::forLine(const Helpline &line, const QDateTime &now, const QString &region,
                          const QString &language, QWidget *parent)
{
    const QString number = line.phoneNumber();
    auto *row = new HelpRow(line.name, number, parent);
    row->setProperty("emergency", line.emergency);
    if (line.name != number)
        row->addLine(BidiText::isolated(line.name), "cardName");
    row->addLine(BidiText::isolateNumbers(line.displayPurpose(language)), "cardPurpose");
    if (!number.isEmpty())
        row->addLine(BidiText::leftToRight(number), "bigNumber");
    const OpeningHours::Status status = HelplineDirectory::status(line, now, region);
    if (!number.isEmpty() && !line.emergency)
        row->m_statusText = HelplineCard::describe(status, now, HelplineDirectory::zoneFor(region));
    QStringList facts;
    if (!row->m_statusText.isEmpty())
        facts.append(row->m_statusText);
    const QString speaks = TipWording::speaksLine(line, region);
    if (!speaks.isEmpty() && !line.emergency)
        facts.append(speaks);
    row->addLine(facts.join(QStringLiteral("  ·  ")),
                 status.state == OpeningHours::State::Open     ? "statusOpen"
                 : status.state == OpeningHours::State::Closed ? "statusClosed"
                                                               : "statusUnknown");
    row->finish();
    return row;
}

HelpRow *HelpRow::forPerson(const PlanContact &person, QWidget *parent)
{
    auto *row = new HelpRow(person.name, person.number.trimmed(), parent);
    row->addLine(BidiText::isolated(person.name), "cardName");
    row->addLine(person.note, "cardPurpose");
    if (!row->m_number.isEmpty())
        row->addLine(BidiText::leftToRight(row->m_number), "bigNumber");
    row->finish();
    return row;
}

void HelpRow::call()
{
    if (!QDesktopServices::openUrl(QUrl(HelplineCard::telUri(m_number)))) {
        m_feedback->setText(tr("This computer cannot make calls. Dial %1 on a phone.")
                                .arg(BidiText::leftToRight(m_number)));
        m_feedback->show();
    }
    Q_EMIT called();
}

void HelpRow::copy()
{
    QGuiApplication::clipboard()->setText(m_number);
    m_feedback->setText(card("Number copied."));
    m_feedback->show();
    Q_EMIT copied();
}

} // namespace pk
