#include "helplinecard.h"

#include "common/flowlayout.h"
#include "common/theme.h"
#include "common/wrapbutton.h"
#include "content/biditext.h"
#include "content/helplinedirectory.h"
#include "content/tipwording.h"
#include "format/localdate.h"
#include "format/localnumber.h"
#include "qrcodeimage.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace pk {
namespace {

// Numbers read left to right in every language, also inside Arabic text.
QString isolated(const QString &number)
{
    return BidiText::leftToRight(number);
}

constexpr int QrModule = 4;

QLabel *label(const QString &text, const char *name, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Numbers and names start left to right; keep them on the reading side of the screen.
    l->setAlignment(Qt::AlignAbsolute | Qt::AlignVCenter |
                    (QGuiApplication::isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft));
    return l;
}

QPushButton *button(const QString &text, const QString &name, const QString &description,
                    QWidget *parent)
{
    auto *b = new WrapButton(text, parent);
    b->setAccessibleName(name);
    b->setAccessibleDescription(description);
    b->setCursor(Qt::PointingHandCursor);
    return b;
}

} // namespace

HelplineCard::HelplineCard(const Helpline &line, const QDateTime &now, const QString &region,
                           const Helpline *alternative, QWidget *parent)
    : QFrame(parent)
    , m_line(line)
    , m_feedback(label({}, "cardNote", this))
    , m_qr(new QLabel(this))
{
    setObjectName(QStringLiteral("contentCard"));
    setProperty("emergency", line.emergency);
    const QString number = line.phoneNumber();
    const QString language = QLocale().name().left(2);

    auto *text = new QVBoxLayout;
    text->setSpacing(6);
    if (line.name != number)
        text->addWidget(label(BidiText::isolated(line.name), "cardName", this));
    text->addWidget(
        label(BidiText::isolateNumbers(line.displayPurpose(language)), "cardPurpose", this));
    if (!number.isEmpty())
        text->addWidget(label(isolated(number), "bigNumber", this));
    QStringList others;
    for (const QString &other : line.phoneNumbers()) {
        if (other != number)
            others.append(isolated(other));
    }
    if (!others.isEmpty())
        text->addWidget(
            label(tr("Also: %1").arg(others.join(QStringLiteral(", "))), "cardPurpose", this));

    const OpeningHours::Status status = HelplineDirectory::status(line, now, region);
    const QTimeZone zone = HelplineDirectory::zoneFor(region);
    m_status = describe(status, now, zone);
    auto stateName = [](OpeningHours::State state) {
        return state == OpeningHours::State::Open     ? "statusOpen"
               : state == OpeningHours::State::Closed ? "statusClosed"
                                                      : "statusUnknown";
    };
    auto *statusColumn = new QVBoxLayout;
    statusColumn->setSpacing(2);
    if (line.channel(HelplineChannel::Kind::Phone))
        statusColumn->addWidget(label(m_status, stateName(status.state), this));
    if (status.state == OpeningHours::State::Closed && alternative)
        statusColumn->addWidget(label(
            tr("Open now: %1, %2")
                .arg(BidiText::isolated(alternative->name), isolated(alternative->phoneNumber())),
            "statusOpen", this));
    if (const HelplineChannel *chat = line.channel(HelplineChannel::Kind::Chat)) {
        const OpeningHours::Status chatStatus = HelplineDirectory::status(*chat, now, region);
        statusColumn->addWidget(label(tr("Chat: %1").arg(describe(chatStatus, now, zone)),
                                      stateName(chatStatus.state), this));
    }
    text->addLayout(statusColumn);
    QStringList badges;
    const QString speaks = TipWording::speaksLine(line, region);
    if (!speaks.isEmpty())
        badges.append(speaks);
    if (line.cost == Helpline::Cost::Free)
        badges.append(tr("Free"));
    if (line.anonymous)
        badges.append(tr("Anonymous"));
    if (!badges.isEmpty())
        text->addWidget(label(badges.join(QStringLiteral("  ·  ")), "badge", this));
    if (!line.verified)
        text->addWidget(label(tr("These details could not be confirmed recently. Check the "
                                 "website before you rely on them."),
                              "cardNote", this));
    else if (line.verifiedOn.isValid())
        text->addWidget(label(tr("Source checked on %1").arg(LocalDate::shortDate(line.verifiedOn)),
                              "cardNote", this));

    auto *actions = new FlowLayout;
    actions->setHorizontalSpacing(10);
    if (!number.isEmpty()) {
        m_call = button(
            tr("Call"), tr("Call %1").arg(line.name),
            tr("Opens your phone or calling app to call %1 on %2.").arg(line.name, number), this);
        theme::setRole(m_call, "primary");
        m_copy = button(tr("Copy number"), tr("Copy the number of %1").arg(line.name),
                        tr("Puts %1 on the clipboard.").arg(number), this);
        actions->addWidget(m_call);
        actions->addWidget(m_copy);
        connect(m_call, &QPushButton::clicked, this, &HelplineCard::call);
        connect(m_copy, &QPushButton::clicked, this, &HelplineCard::copy);
    }
    auto addLink = [&](HelplineChannel::Kind kind, const QString &caption, QPushButton **out) {
        const HelplineChannel *channel = line.channel(kind);
        if (!channel)
            return;
        *out = button(caption, tr("%1: %2").arg(caption, line.name),
                      tr("Opens %1 in your web browser.").arg(channel->value), this);
        const QUrl url(channel->value);
        connect(*out, &QPushButton::clicked, this, [url] { QDesktopServices::openUrl(url); });
        actions->addWidget(*out);
    };
    addLink(HelplineChannel::Kind::Chat, tr("Chat"), &m_chat);
    addLink(HelplineChannel::Kind::Web, tr("Website"), &m_web);
    text->addLayout(actions);
    text->addWidget(m_feedback);
    m_feedback->hide();

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(20, 16, 20, 16);
    row->setSpacing(20);
    row->addLayout(text, 1);
    if (!number.isEmpty()) {
        // The code is drawn when the card is first painted (a long list stays quick to open);
        // the place for it is kept from the start so nothing moves.
        // A tel: link fits a version 2 code (25 modules) plus the quiet zone.
        m_qr->setMinimumSize((25 + 4) * QrModule, (25 + 4) * QrModule);
        m_qr->setAlignment(Qt::AlignCenter);
        m_qr->setAccessibleName(tr("QR code to call %1").arg(line.name));
        m_qr->setToolTip(tr("Scan with your phone's camera to call %1.").arg(number));
        row->addWidget(m_qr, 0, Qt::AlignTop);
    } else {
        m_qr->hide();
    }
}

void HelplineCard::paintEvent(QPaintEvent *event)
{
    drawQrCode();
    QFrame::paintEvent(event);
}

void HelplineCard::drawQrCode()
{
    if (m_qr->isHidden() || !m_qr->pixmap().isNull() || m_line.phoneNumber().isEmpty())
        return;
    m_qr->setPixmap(
        QPixmap::fromImage(QrCodeImage::render(telUri(m_line.phoneNumber()), QrModule)));
}

bool HelplineCard::qrCodeDrawn() const
{
    return !m_qr->pixmap().isNull();
}

bool HelplineCard::hasQrCode()
{
    drawQrCode();
    return !m_qr->isHidden() && !m_qr->pixmap().isNull();
}

QString HelplineCard::statusText() const
{
    return m_status;
}

QString HelplineCard::telUri(const QString &number)
{
    QString digits;
    // A number typed with Arabic-Indic or Persian digits dials as 0-9.
    for (const QChar c : LocalNumber::toLatinDigits(number)) {
        if ((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
            (c == QLatin1Char('+') && digits.isEmpty()))
            digits.append(c);
    }
    return QStringLiteral("tel:") + digits;
}

QString HelplineCard::describe(const OpeningHours::Status &status, const QDateTime &now,
                               const QTimeZone &zone)
{
    const QLocale locale;
    const QDateTime local = status.change.toTimeZone(zone);
    const QString time = locale.toString(local.time(), QStringLiteral("HH:mm"));
    const qint64 days = now.toTimeZone(zone).date().daysTo(local.date());
    switch (status.state) {
    case OpeningHours::State::Open:
        if (!status.change.isValid())
            return tr("Open now");
        if (days == 0)
            return tr("Open now, until %1").arg(time);
        return tr("Open now, until %1 at %2").arg(locale.dayName(local.date().dayOfWeek()), time);
    case OpeningHours::State::Closed:
        if (!status.change.isValid())
            return tr("Closed");
        if (days == 0)
            return tr("Closed now, opens at %1").arg(time);
        if (days == 1)
            return tr("Closed now, opens tomorrow at %1").arg(time);
        return tr("Closed now, opens %1 at %2").arg(locale.dayName(local.date().dayOfWeek()), time);
    case OpeningHours::State::Unknown:
        break;
    }
    return tr("Hours not known");
}

void HelplineCard::call()
{
    const QString number = m_line.phoneNumber();
    if (!QDesktopServices::openUrl(QUrl(telUri(number)))) {
        m_feedback->setText(tr("This computer cannot make calls. Dial %1 on a phone, or scan "
                               "the QR code.")
                                .arg(isolated(number)));
        m_feedback->show();
    }
    Q_EMIT called(m_line.id);
}

void HelplineCard::copy()
{
    QGuiApplication::clipboard()->setText(m_line.phoneNumber());
    m_feedback->setText(tr("Number copied."));
    m_feedback->show();
    Q_EMIT copied(m_line.id);
}

} // namespace pk
