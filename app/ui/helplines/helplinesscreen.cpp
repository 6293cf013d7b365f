#include "helplinesscreen.h"

#include "content/contentlibrary.h"
#include "content/cryingplan.h"
#include "cryingplancard.h"
#include "helplinecard.h"
#include "settings/settings.h"
#include "usage/usagelog.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace pk {
namespace {

const char *regionName(const QString &code)
{
    if (code == QLatin1String("BE-BRU"))
        return QT_TRANSLATE_NOOP("pk::HelplinesScreen", "Brussels");
    if (code == QLatin1String("BE-WAL"))
        return QT_TRANSLATE_NOOP("pk::HelplinesScreen", "Wallonia");
    if (code == QLatin1String("BE-DG"))
        return QT_TRANSLATE_NOOP("pk::HelplinesScreen", "German-speaking Community");
    if (code == QLatin1String("NL"))
        return QT_TRANSLATE_NOOP("pk::HelplinesScreen", "The Netherlands");
    return QT_TRANSLATE_NOOP("pk::HelplinesScreen", "Flanders");
}

} // namespace

HelplinesScreen::HelplinesScreen(const ContentLibrary *content, Settings *settings, UsageLog *log,
                                 QWidget *parent)
    : ScreenPage(parent)
    , m_content(content)
    , m_settings(settings)
    , m_log(log)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_regionLabel(new QLabel(this))
    , m_region(new QComboBox(this))
    , m_scroll(new QScrollArea(this))
    , m_list(new QVBoxLayout)
    , m_changeTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("screenPage"));
    m_changeTimer->setSingleShot(true);
    connect(m_changeTimer, &QTimer::timeout, this, &HelplinesScreen::refresh);

    m_regionLabel->setBuddy(m_region);
    auto *regionRow = new QHBoxLayout;
    regionRow->addWidget(m_regionLabel);
    regionRow->addWidget(m_region);
    regionRow->addStretch(1);
    contentLayout()->addLayout(regionRow);

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
    connect(m_region, &QComboBox::activated, this, [this](int index) {
        m_settings->setValue(Settings::Key::Region, m_region->itemData(index));
        refresh();
    });
    connect(m_settings, &Settings::changed, this, [this](Settings::Key key) {
        // A hidden screen catches up when it is shown again.
        if (isVisible() && (key == Settings::Key::CryingPlan || key == Settings::Key::Region ||
                            key == Settings::Key::Audience))
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

void HelplinesScreen::fillRegions()
{
    const QSignalBlocker blocker(m_region);
    m_region->clear();
    for (const QString &code : HelplineDirectory::regions())
        m_region->addItem(tr(regionName(code)), code);
    const int index = m_region->findData(m_settings->value(Settings::Key::Region));
    m_region->setCurrentIndex(index < 0 ? 0 : index);
}

void HelplinesScreen::refresh()
{
    const QString region = m_region->currentData().toString();
    const QDateTime now = m_now();
    const QTimeZone zone = HelplineDirectory::zoneFor(region);
    const QString audience = m_settings->value(Settings::Key::Audience).toString();
    const QList<Helpline> lines = m_content->helplines().forRegion(region, audience, now);

    while (QLayoutItem *item = m_list->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_cards.clear();
    m_planCard = nullptr;

    const Helpline *alternative = nullptr;
    for (const Helpline &line : lines) {
        if (!line.emergency &&
            HelplineDirectory::status(line, now, zone).state == OpeningHours::State::Open) {
            alternative = &line;
            break;
        }
    }
    QDateTime nextChange;
    for (const Helpline &line : lines) {
        auto *card = new HelplineCard(line, now, zone, line.emergency ? nullptr : alternative);
        connect(card, &HelplineCard::called, this, [this](const QString &id) {
            if (m_log)
                m_log->record(UsageEvent::HelplineCalled, id);
        });
        connect(card, &HelplineCard::copied, this, [this](const QString &id) {
            if (m_log)
                m_log->record(UsageEvent::HelplineCopied, id);
        });
        m_list->addWidget(card);
        m_cards.append(card);
        const QDateTime change = HelplineDirectory::status(line, now, zone).change;
        if (change.isValid() && (!nextChange.isValid() || change < nextChange))
            nextChange = change;
        // The organisation's contact person and the user's own people come right after 112.
        if (line.emergency && line.id == lines.constFirst().id)
            addOrganisationContact(now, zone);
        if (line.emergency && m_planShown && !m_settings->sharedPcMode() && !m_planCard) {
            m_planCard = new CryingPlanCard(CryingPlan::load(*m_settings));
            connect(m_planCard, &CryingPlanCard::editRequested, this,
                    &HelplinesScreen::editPlanRequested);
            m_list->addWidget(m_planCard);
        }
    }
    m_list->addStretch(1);
    // One wake-up when a line opens or closes, only while the screen is visible.
    m_changeTimer->stop();
    if (nextChange.isValid() && isVisible())
        m_changeTimer->start(
            int(std::clamp<qint64>(now.msecsTo(nextChange) + 1000, 1000, 6 * 3600 * 1000)));
}

void HelplinesScreen::addOrganisationContact(const QDateTime &now, const QTimeZone &zone)
{
    const OrganisationContact contact = m_settings->organisationContact();
    if (contact.isEmpty())
        return;
    Helpline line;
    line.id = QStringLiteral("organisation-contact");
    line.name = contact.name.isEmpty() ? m_settings->organisationName() : contact.name;
    const QString organisation = m_settings->organisationName();
    line.purpose = organisation.isEmpty() ? tr("Your contact person here.")
                                          : tr("Your contact person at %1.").arg(organisation);
    if (!contact.hours.isEmpty())
        line.purpose += QLatin1Char(' ') + tr("Hours: %1").arg(contact.hours);
    line.fromOrganisation = true;
    line.verified = true; // the organisation's own word; no "checked on" date to show
    if (!contact.phone.isEmpty())
        line.channels = {{HelplineChannel::Kind::Phone, contact.phone, {}, false}};
    auto *card = new HelplineCard(line, now, zone, nullptr);
    connect(card, &HelplineCard::called, this, [this](const QString &id) {
        if (m_log)
            m_log->record(UsageEvent::HelplineCalled, id);
    });
    connect(card, &HelplineCard::copied, this, [this](const QString &id) {
        if (m_log)
            m_log->record(UsageEvent::HelplineCopied, id);
    });
    m_list->addWidget(card);
    m_cards.append(card);
}

void HelplinesScreen::retranslateUi()
{
    setTitle(tr("Who can help"));
    m_regionLabel->setText(tr("Where you live:"));
    m_region->setAccessibleName(tr("Region"));
    m_region->setAccessibleDescription(tr("Shows the helplines for this region."));
    fillRegions();
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
