#include "helplinesscreen.h"

#include "common/scrollareas.h"
#include "content/contentlibrary.h"
#include "content/cryingplan.h"
#include "cryingplancard.h"
#include "helplinecard.h"
#include "regionheading.h"
#include "settings/settings.h"
#include "usage/usagelog.h"

#include <QApplication>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace pk {

HelplinesScreen::HelplinesScreen(const ContentLibrary *content, Settings *settings, UsageLog *log,
                                 QWidget *parent)
    : ScreenPage(parent)
    , m_content(content)
    , m_settings(settings)
    , m_log(log)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_heading(new RegionHeading(settings, this))
    , m_scroll(new QScrollArea(this))
    , m_list(new QVBoxLayout)
    , m_changeTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("screenPage"));
    m_changeTimer->setSingleShot(true);
    connect(m_changeTimer, &QTimer::timeout, this, &HelplinesScreen::refresh);
    contentLayout()->addWidget(m_heading);

    auto *inner = new QWidget;
    inner->setObjectName(QStringLiteral("cardList"));
    inner->setLayout(m_list);
    m_list->setContentsMargins(0, 0, 8, 0);
    m_list->setSpacing(14);
    m_scroll->setWidget(inner);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    contentLayout()->addWidget(m_scroll, 1);

    // Keyboard users see the card they tab into.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_scroll->widget()->isAncestorOf(now))
            m_scroll->ensureWidgetVisible(now, 20, 40);
    });
    QScrollBar *bar = m_scroll->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, &HelplinesScreen::buildMoreIfNearTheEnd);
    connect(bar, &QScrollBar::rangeChanged, this, &HelplinesScreen::buildMoreIfNearTheEnd);
    // The one region: a change anywhere (here, Settings, I need help) shows at once.
    connect(m_heading, &RegionHeading::regionChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(m_settings, &Settings::changed, this, [this](Settings::Key key) {
        // A hidden screen catches up when it is shown again.
        if (isVisible() && (key == Settings::Key::CryingPlan || key == Settings::Key::Audience))
            refresh();
    });
    retranslateUi();
}

void HelplinesScreen::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    refresh();
}

void HelplinesScreen::setPersonalPlanShown(bool shown)
{
    m_planShown = shown;
    refresh();
}

HelplineCard *HelplinesScreen::addCard(const Helpline &line, const Helpline *alternative)
{
    auto *card = new HelplineCard(line, m_builtAt, m_builtFor, alternative);
    connect(card, &HelplineCard::called, this, [this](const QString &id) {
        if (m_log)
            m_log->record(UsageEvent::HelplineCalled, id);
    });
    connect(card, &HelplineCard::copied, this, [this](const QString &id) {
        if (m_log)
            m_log->record(UsageEvent::HelplineCopied, id);
    });
    // Before the stretch that closes the list; shown now (not later, as a layout would), so
    // the list's size counts it when deciding whether to build more.
    m_list->insertWidget(m_list->count() - 1, card);
    card->show();
    m_cards.append(card);
    return card;
}

void HelplinesScreen::refresh()
{
    const QString region = m_heading->region();
    const QDateTime now = m_now();
    const QString audience = m_settings->value(Settings::Key::Audience).toString();
    const QString language = QLocale().name().left(2);
    QList<Helpline> lines = m_content->helplines().forRegion(region, audience, now, language);

    while (QLayoutItem *item = m_list->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_list->addStretch(1);
    m_cards.clear();
    m_planCard = nullptr;
    m_builtAt = now;
    m_builtFor = region;
    m_alternative = Helpline();

    QDateTime nextChange;
    for (const Helpline &line : std::as_const(lines)) {
        const OpeningHours::Status status = HelplineDirectory::status(line, now, region);
        if (m_alternative.id.isEmpty() && !line.emergency &&
            status.state == OpeningHours::State::Open && !line.phoneNumber().isEmpty())
            m_alternative = line;
        if (status.change.isValid() && (!nextChange.isValid() || status.change < nextChange))
            nextChange = status.change;
    }
    // 112 first; then the organisation's contact person and the user's own people.
    while (!lines.isEmpty() && lines.constFirst().emergency)
        addCard(lines.takeFirst(), nullptr);
    addOrganisationContact();
    if (m_planShown && !m_settings->sharedPcMode()) {
        m_planCard = new CryingPlanCard(CryingPlan::load(*m_settings));
        connect(m_planCard, &CryingPlanCard::editRequested, this,
                &HelplinesScreen::editPlanRequested);
        m_list->insertWidget(m_list->count() - 1, m_planCard);
    }
    m_pending = lines;
    buildMore();
    // One wake-up when a line opens or closes, only while the screen is visible.
    m_changeTimer->stop();
    if (nextChange.isValid() && isVisible())
        m_changeTimer->start(
            int(std::clamp<qint64>(now.msecsTo(nextChange) + 1000, 1000, 6 * 3600 * 1000)));
}

void HelplinesScreen::buildMore()
{
    if (m_building || m_pending.isEmpty())
        return;
    m_building = true;
    const Helpline *alternative = m_alternative.id.isEmpty() ? nullptr : &m_alternative;
    for (int i = 0; i < BatchSize && !m_pending.isEmpty(); ++i)
        addCard(m_pending.takeFirst(), alternative);
    m_building = false;
}

void HelplinesScreen::buildMoreIfNearTheEnd()
{
    if (m_pending.isEmpty() || m_checkScheduled)
        return;
    // Looked at once the layout has settled: a list that is still being laid out reports a
    // range of zero for a moment.
    m_checkScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_checkScheduled = false;
        if (!m_pending.isEmpty() && isNearTheEnd(m_scroll))
            buildMore();
    });
}

void HelplinesScreen::addOrganisationContact()
{
    const OrganisationContact contact = m_settings->organisationContact();
    if (contact.isEmpty())
        return;
    Helpline line;
    line.id = QStringLiteral("organisation-contact");
    line.name = contact.name.isEmpty() ? m_settings->organisationName() : contact.name;
    const QString organisation = m_settings->organisationName();
    line.purpose.english = organisation.isEmpty()
                               ? tr("Your contact person here.")
                               : tr("Your contact person at %1.").arg(organisation);
    if (!contact.hours.isEmpty())
        line.purpose.english += QLatin1Char(' ') + tr("Hours: %1").arg(contact.hours);
    line.fromOrganisation = true;
    line.verified = true; // the organisation's own word; no "checked on" date to show
    if (!contact.phone.isEmpty())
        line.channels = {{HelplineChannel::Kind::Phone, contact.phone, {}, false}};
    addCard(line, nullptr);
}

void HelplinesScreen::retranslateUi()
{
    setTitle(tr("Who can help"));
    // Built when shown (showEvent), so start-up does not pay for cards nobody sees yet.
    if (isVisible())
        refresh();
}

void HelplinesScreen::showEvent(QShowEvent *event)
{
    ScreenPage::showEvent(event);
    if (m_log)
        m_log->record(UsageEvent::HelplineViewed);
    refresh();
}

void HelplinesScreen::hideEvent(QHideEvent *event)
{
    m_changeTimer->stop();
    ScreenPage::hideEvent(event);
}

} // namespace pk
