#include "tipsscreen.h"

#include "common/scrollareas.h"
#include "common/theme.h"
#include "common/wrapbutton.h"
#include "content/contentlibrary.h"
#include "content/tipwording.h"
#include "settings/settings.h"
#include "tipcard.h"
#include "usage/usagelog.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace pk {
namespace {

QString audienceHeading(Audience audience)
{
    switch (audience) {
    case Audience::Parent:
        return TipsScreen::tr("Tips for parents");
    case Audience::Grandparent:
        return TipsScreen::tr("Tips for grandparents");
    case Audience::ChildcareWorker:
        return TipsScreen::tr("Tips for childcare workers");
    case Audience::Other:
        break;
    }
    return TipsScreen::tr("Tips for everyone who minds a child");
}

} // namespace

TipsScreen::TipsScreen(const ContentLibrary *content, Settings *settings, UsageLog *log,
                       QWidget *parent)
    : ScreenPage(parent)
    , m_content(content)
    , m_settings(settings)
    , m_log(log)
    , m_showAll(new QCheckBox(this))
    , m_situationColumn(new QVBoxLayout)
    , m_group(new QButtonGroup(this))
    , m_favourites(new WrapButton(this))
    , m_heading(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_sideScroll(new QScrollArea(this))
    , m_list(new QVBoxLayout)
{
    m_heading->setObjectName(QStringLiteral("sectionTitle"));
    m_heading->setWordWrap(true);
    m_showAll->setObjectName(QStringLiteral("showAll"));
    m_favourites->setCheckable(true);
    m_favourites->setAutoExclusive(true);
    theme::setRole(m_favourites, "tab");
    m_group->setExclusive(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_showAll);
    contentLayout()->addLayout(top);

    // The situations scroll too, so large text never squeezes them on top of each other.
    QScrollArea *sideScroll = m_sideScroll;
    auto *side = new QWidget;
    side->setObjectName(QStringLiteral("cardList"));
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 8, 0);
    sideLayout->setSpacing(6);
    sideLayout->addLayout(m_situationColumn);
    sideLayout->addSpacing(12);
    sideLayout->addWidget(m_favourites);
    sideLayout->addStretch(1);
    m_situationColumn->setSpacing(6);
    sideScroll->setWidget(side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setFocusPolicy(Qt::NoFocus);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideScroll->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);

    auto *inner = new QWidget;
    inner->setObjectName(QStringLiteral("cardList"));
    inner->setLayout(m_list);
    m_list->setContentsMargins(0, 0, 8, 0);
    m_list->setSpacing(14);
    m_scroll->setWidget(inner);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);

    auto *body = new QHBoxLayout;
    body->setSpacing(20);
    body->addWidget(sideScroll);
    body->addWidget(m_scroll, 1);
    contentLayout()->addLayout(body, 1);

    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_scroll->widget()->isAncestorOf(now))
            m_scroll->ensureWidgetVisible(now, 20, 40);
    });
    connect(m_showAll, &QCheckBox::toggled, this, [this] {
        rebuildSituations();
        rebuildCards();
    });
    // toggled, not clicked: arrow keys and a screen reader's "toggle" action choose too.
    connect(m_favourites, &QPushButton::toggled, this, [this](bool on) {
        if (on && m_situation)
            showSituation(std::nullopt);
    });
    connect(m_settings, &Settings::changed, this, [this](Settings::Key key) {
        // The one region and the audience: what is on screen follows at once.
        if ((key == Settings::Key::Audience || key == Settings::Key::Region) && isVisible()) {
            retranslateUi();
            rebuildCards();
        }
    });
    QScrollBar *bar = m_scroll->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, &TipsScreen::buildMoreIfNearTheEnd);
    connect(bar, &QScrollBar::rangeChanged, this, &TipsScreen::buildMoreIfNearTheEnd);
    retranslateUi();
}

QString TipsScreen::region() const
{
    return m_settings->value(Settings::Key::Region).toString();
}

QList<QPushButton *> TipsScreen::situationButtons() const
{
    QList<QPushButton *> buttons;
    for (QAbstractButton *button : m_group->buttons()) {
        if (button != m_favourites)
            buttons.append(static_cast<QPushButton *>(button));
    }
    return buttons;
}

void TipsScreen::showSituation(std::optional<Situation> situation)
{
    m_situation = situation;
    for (QAbstractButton *button : m_group->buttons()) {
        const bool isFavourites = button == m_favourites;
        const bool match =
            situation ? !isFavourites && button->property("situation").toInt() == int(*situation)
                      : isFavourites;
        if (match)
            button->setChecked(true);
    }
    rebuildCards();
}

void TipsScreen::rebuildSituations()
{
    for (QAbstractButton *button : m_group->buttons()) {
        if (button == m_favourites)
            continue;
        m_group->removeButton(button);
        delete button;
    }
    m_group->addButton(m_favourites);
    const Audience audience = m_settings->audience();
    const QList<Situation> situations = m_showAll->isChecked()
                                            ? ContentIds::allSituations()
                                            : m_content->tips().situationsFor(audience, region());
    if (m_situation && !situations.contains(*m_situation))
        m_situation = Situation::InTheMoment;
    for (Situation situation : situations) {
        auto *button = new WrapButton(ContentIds::situationTitle(situation));
        button->setCheckable(true);
        button->setAutoExclusive(true); // one of several: a radio button for screen readers
        button->setProperty("situation", int(situation));
        button->setAccessibleName(ContentIds::situationTitle(situation));
        button->setAccessibleDescription(tr("Shows the tips for this moment."));
        theme::setRole(button, "tab");
        button->setChecked(m_situation == situation);
        m_group->addButton(button);
        m_situationColumn->addWidget(button);
        connect(button, &QPushButton::toggled, this, [this, situation](bool on) {
            if (on && m_situation != situation)
                showSituation(situation);
        });
    }
    m_favourites->setChecked(!m_situation);
}

void TipsScreen::rebuildCards()
{
    while (QLayoutItem *item = m_list->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_list->addStretch(1);
    m_cards.clear();
    const Audience audience = m_settings->audience();
    const QStringList favourites = m_settings->value(Settings::Key::FavouriteTips).toStringList();
    QList<Tip> tips;
    if (!m_situation) {
        for (const QString &id : favourites) {
            if (const Tip *tip = m_content->tips().find(id))
                tips.append(*tip);
        }
    } else {
        tips = m_showAll->isChecked()
                   ? m_content->tips().inSituation(*m_situation, region())
                   : m_content->tips().forAudience(audience, *m_situation, region());
    }
    if (tips.isEmpty()) {
        auto *empty = new QLabel(m_situation ? tr("No tips here yet.")
                                             : tr("Tips you save with ☆ appear here."));
        empty->setObjectName(QStringLiteral("cardPurpose"));
        empty->setWordWrap(true);
        m_list->insertWidget(0, empty);
    }
    m_pending = tips;
    buildMore();
}

void TipsScreen::buildMore()
{
    const QStringList favourites = m_settings->value(Settings::Key::FavouriteTips).toStringList();
    // The words follow the one region and the language on screen when they are shown.
    const TipCard::Wording wording = [this](const Tip &tip) {
        return TipWording::text(tip, m_content->helplines(), region(), QLocale().name().left(2));
    };
    for (int i = 0; i < BatchSize && !m_pending.isEmpty(); ++i) {
        const Tip tip = m_pending.takeFirst();
        auto *card = new TipCard(tip, favourites.contains(tip.id), wording);
        connect(card, &TipCard::helped, this, [this](const QString &id) {
            if (m_log)
                m_log->record(UsageEvent::TipHelpful, id);
        });
        connect(card, &TipCard::favouriteToggled, this, &TipsScreen::setFavourite);
        m_list->insertWidget(m_list->count() - 1, card);
        card->show(); // counted at once by the list's size (buildMoreIfNearTheEnd)
        m_cards.append(card);
        if (m_log && isVisible())
            m_log->record(UsageEvent::TipShown, tip.id);
    }
}

void TipsScreen::buildMoreIfNearTheEnd()
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

void TipsScreen::setFavourite(const QString &id, bool on)
{
    QStringList favourites = m_settings->value(Settings::Key::FavouriteTips).toStringList();
    favourites.removeAll(id);
    if (on)
        favourites.append(id);
    m_settings->setValue(Settings::Key::FavouriteTips, favourites);
}

void TipsScreen::retranslateUi()
{
    setTitle(tr("Tips"));
    m_heading->setText(audienceHeading(m_settings->audience()));
    m_showAll->setText(tr("Show all tips"));
    m_showAll->setAccessibleName(tr("Show all tips"));
    m_showAll->setAccessibleDescription(
        tr("Also shows the tips written for parents, grandparents and childcare workers."));
    m_favourites->setText(tr("★ My tips"));
    m_favourites->setAccessibleName(tr("My tips"));
    m_favourites->setAccessibleDescription(tr("The tips you saved."));
    rebuildSituations();
    // Cards on screen follow a change of language themselves (TipCard); new cards are built
    // when the screen is shown, so start-up does not pay for them.
}

void TipsScreen::resizeEvent(QResizeEvent *event)
{
    ScreenPage::resizeEvent(event);
    // The situations take at most a third of the width (their words wrap): the tips keep lines
    // of a readable length, also with 200 % text on a small screen.
    m_sideScroll->setMaximumWidth(std::max(theme::MinTouchTarget * 5, width() / 3));
}

void TipsScreen::showEvent(QShowEvent *event)
{
    ScreenPage::showEvent(event);
    // The audience or the region may have changed while the screen was hidden.
    retranslateUi();
    rebuildCards();
}

} // namespace pk
