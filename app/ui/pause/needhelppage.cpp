#include "needhelppage.h"

#include "common/flowlayout.h"
#include "common/wrapbutton.h"
#include "helplines/helprow.h"
#include "helplines/regionheading.h"
#include "settings/settings.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pk {

NeedHelpPage::NeedHelpPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_top(new QVBoxLayout)
    , m_list(new QWidget)
    , m_listLayout(new QVBoxLayout(m_list))
    , m_back(new WrapButton(m_list))
    , m_all(new WrapButton(m_list))
{
    // Its list scrolls by itself, under the title and the region.
    setProperty("scrollsItself", true);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_listLayout->setSpacing(12);
    m_listLayout->setContentsMargins(8, 0, 8, 0);

    // The title and the region scroll with the list: at 200 % text on a small laptop they would
    // otherwise keep 40 % of the height and leave room for part of one line only.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(14);
    contentLayout->addWidget(m_title);
    m_top->setContentsMargins(8, 0, 8, 0);
    contentLayout->addLayout(m_top);
    contentLayout->addWidget(m_list, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setObjectName(QStringLiteral("helpList"));
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    m_list->setAutoFillBackground(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);

    connect(m_back, &QPushButton::clicked, this, &NeedHelpPage::backToChild);
    connect(m_all, &QPushButton::clicked, this, &NeedHelpPage::allHelplinesRequested);
    retranslateUi();
}

void NeedHelpPage::setSources(const HelplineDirectory *directory, Settings *settings)
{
    m_directory = directory;
    if (settings == m_settings)
        return;
    m_settings = settings;
    delete m_heading;
    m_heading = nullptr;
    if (!settings)
        return;
    m_heading = new RegionHeading(settings, this);
    m_top->addWidget(m_heading);
    // The one region: changing it here, or anywhere else, shows the new lines at once.
    connect(m_heading, &RegionHeading::regionChanged, this, &NeedHelpPage::rebuild);
}

void NeedHelpPage::showFor(const QString &audience, const QDateTime &now, const QString &language)
{
    m_audience = audience;
    m_now = now;
    m_language = language;
    rebuild();
}

void NeedHelpPage::showPeople(const QList<PlanContact> &people)
{
    m_people.clear();
    for (const PlanContact &person : people) {
        if (!person.isEmpty())
            m_people.append(person);
    }
    rebuild();
}

QPushButton *NeedHelpPage::callButton() const
{
    return m_rows.isEmpty() ? nullptr : m_rows.constFirst()->callButton();
}

void NeedHelpPage::rebuild()
{
    const bool hadFocus = m_list->isAncestorOf(QApplication::focusWidget());
    while (QLayoutItem *item = m_listLayout->takeAt(0)) {
        // The two buttons live on; only the rows are rebuilt.
        if (QLayout *inner = item->layout()) {
            while (QLayoutItem *button = inner->takeAt(0))
                delete button;
        }
        delete item->widget();
        delete item;
    }
    m_rows.clear();
    m_shown.clear();
    const QString region = m_heading ? m_heading->region() : QStringLiteral("BE-VLG");
    const QList<Helpline> lines =
        m_directory ? m_directory->forRegion(region, m_audience, m_now, m_language)
                    : QList<Helpline>();
    auto add = [this](HelpRow *row, bool listed) {
        m_listLayout->addWidget(row);
        m_rows.append(row);
        if (listed)
            m_shown.append(row->name() + QLatin1Char(' ') + row->number());
    };
    // 112 once, first.
    for (const Helpline &line : lines) {
        if (line.emergency) {
            add(HelpRow::forLine(line, m_now, region, m_language, m_list), false);
            break;
        }
    }
    if (m_rows.isEmpty()) {
        Helpline emergency;
        emergency.id = QStringLiteral("112");
        emergency.name = QStringLiteral("112");
        emergency.emergency = true;
        emergency.purpose.english = tr("Emergency number: police, ambulance, fire.");
        emergency.channels = {{HelplineChannel::Kind::Phone, QStringLiteral("112"), {}, false}};
        add(HelpRow::forLine(emergency, m_now, region, m_language, m_list), false);
    }
    m_rows.constFirst()->callButton()->setText(tr("Call 112"));
    m_rows.constFirst()->callButton()->setAccessibleName(tr("Call 112"));
    for (const PlanContact &person : std::as_const(m_people))
        add(HelpRow::forPerson(person, m_list), true);
    int shown = 0;
    for (const Helpline &line : lines) {
        if (line.emergency || line.phoneNumber().isEmpty() || shown >= MaxLines)
            continue;
        add(HelpRow::forLine(line, m_now, region, m_language, m_list), true);
        ++shown;
    }
    // The ways on come after the short list, where reading (and Tab) ends; "I'm OK now" at the
    // top of the pause stays on screen all the time.
    auto *buttons = new FlowLayout;
    buttons->setHorizontalSpacing(16);
    buttons->setLineAlignment(Qt::AlignHCenter);
    buttons->addWidget(m_all);
    buttons->addWidget(m_back);
    m_listLayout->addLayout(buttons);
    m_listLayout->addStretch(1);
    setFocusProxy(callButton());
    if (hadFocus && callButton())
        callButton()->setFocus(Qt::OtherFocusReason);
}

void NeedHelpPage::retranslateUi()
{
    m_title->setText(tr("You don't have to do this alone."));
    if (auto *list = findChild<QScrollArea *>(QStringLiteral("helpList")))
        list->setAccessibleName(m_title->text()); // it takes focus, to scroll long lists
    m_all->setText(tr("My people and all helplines"));
    m_all->setAccessibleName(m_all->text());
    m_all->setAccessibleDescription(
        tr("Ends the pause and opens Who can help: your own people to call, and every line "
           "with call, copy and QR code."));
    m_back->setText(tr("Back to my child"));
    m_back->setAccessibleName(m_back->text());
    m_back->setAccessibleDescription(tr("Ends the pause and returns to the start screen."));
    rebuild();
}

void NeedHelpPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_language = QLocale().name().left(2);
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace pk
