#include "needhelppage.h"

#include "common/theme.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace pk {

NeedHelpPage::NeedHelpPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_call112(new QPushButton(this))
    , m_dialHint(new QLabel(this))
    , m_listTitle(new QLabel(this))
    , m_list(new QWidget)
    , m_listLayout(new QVBoxLayout(m_list))
    , m_back(new QPushButton(this))
    , m_all(new QPushButton(this))
{
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_listTitle->setObjectName(QStringLiteral("cardText"));
    m_dialHint->setObjectName(QStringLiteral("cardText"));
    for (QLabel *label : {m_title, m_listTitle, m_dialHint}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    m_dialHint->setVisible(false);
    m_call112->setObjectName(QStringLiteral("emergencyStrip"));
    m_listLayout->setSpacing(12);
    m_listLayout->setContentsMargins(8, 0, 8, 0);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_list);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setObjectName(QStringLiteral("helpList"));
    scroll->viewport()->setAutoFillBackground(false);
    m_list->setAutoFillBackground(false);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    layout->addWidget(m_title);
    layout->addWidget(m_call112, 0, Qt::AlignHCenter);
    layout->addWidget(m_dialHint);
    layout->addWidget(m_listTitle);
    layout->addWidget(scroll, 1);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    buttons->addStretch(1);
    buttons->addWidget(m_all);
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    setFocusProxy(m_call112);

    connect(m_call112, &QPushButton::clicked, this, &NeedHelpPage::call112);
    connect(m_back, &QPushButton::clicked, this, &NeedHelpPage::backToChild);
    connect(m_all, &QPushButton::clicked, this, &NeedHelpPage::allHelplinesRequested);
    retranslateUi();
}

void NeedHelpPage::call112()
{
    if (!QDesktopServices::openUrl(QUrl(QStringLiteral("tel:112"))))
        m_dialHint->setVisible(true);
}

void NeedHelpPage::showLines(const HelplineDirectory &directory, const QString &region,
                             const QString &audience, const QDateTime &now, const QString &language)
{
    m_language = language;
    m_lines.clear();
    m_states.clear();
    const QTimeZone zone = HelplineDirectory::zoneFor(region);
    for (const Helpline &line : directory.forRegion(region, audience, now)) {
        if (line.phoneNumber() == QLatin1String("112"))
            continue; // 112 has its own big button above the list
        m_lines.append(line);
        m_states.append(HelplineDirectory::status(line, now, zone).state);
    }
    retranslateUi();
}

void NeedHelpPage::showPeople(const QList<PlanContact> &people)
{
    m_people.clear();
    for (const PlanContact &person : people) {
        if (!person.isEmpty())
            m_people.append(person);
    }
    retranslateUi();
}

void NeedHelpPage::retranslateUi()
{
    m_title->setText(tr("In danger, or is someone hurt? Call 112 now."));
    m_call112->setText(tr("Call 112"));
    m_call112->setAccessibleName(m_call112->text());
    m_call112->setAccessibleDescription(tr("Emergency number: police, ambulance, fire."));
    m_dialHint->setText(tr("This computer cannot dial. Use a phone and call 112."));
    m_listTitle->setText(tr("You can also call someone who listens:"));
    if (auto *list = findChild<QScrollArea *>(QStringLiteral("helpList")))
        list->setAccessibleName(m_listTitle->text()); // it takes focus, to scroll long lists
    m_all->setText(tr("My people and all helplines"));
    m_all->setAccessibleName(m_all->text());
    m_all->setAccessibleDescription(
        tr("Ends the pause and opens Who can help: your own people to call, and every line "
           "with call, copy and QR code."));
    m_back->setText(tr("Back to my child"));
    m_back->setAccessibleName(m_back->text());
    m_back->setAccessibleDescription(tr("Ends the pause and returns to the start screen."));

    while (QLayoutItem *item = m_listLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_shown.clear();
    for (const PlanContact &person : std::as_const(m_people)) {
        const QString head =
            person.number.isEmpty() ? person.name : tr("%1: %2").arg(person.name, person.number);
        addEntry(head, QString(), person.note);
        m_shown.append(person.name + QLatin1Char(' ') + person.number);
    }
    for (int i = 0; i < m_lines.size(); ++i) {
        const Helpline &line = m_lines.at(i);
        QString status;
        if (m_states.at(i) == OpeningHours::State::Open)
            status = tr("Open now");
        else if (m_states.at(i) == OpeningHours::State::Closed)
            status = tr("Closed now");
        const QString head = line.name.contains(line.phoneNumber())
                                 ? line.name
                                 : tr("%1: %2").arg(line.name, line.phoneNumber());
        addEntry(head, status, line.displayPurpose(m_language));
        m_shown.append(line.name + QLatin1Char(' ') + line.phoneNumber());
    }
    m_listLayout->addStretch(1);
}

void NeedHelpPage::addEntry(const QString &head, const QString &status, const QString &detail)
{
    auto *label = new QLabel(m_list);
    label->setObjectName(QStringLiteral("helpLine"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setText(
        QStringLiteral("<b>%1</b>%2%3")
            .arg(head.toHtmlEscaped(),
                 status.isEmpty() ? QString() : QStringLiteral(" · ") + status,
                 detail.isEmpty() ? QString() : QStringLiteral("<br>") + detail.toHtmlEscaped()));
    label->setAccessibleName(head);
    m_listLayout->addWidget(label);
}

void NeedHelpPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace pk
