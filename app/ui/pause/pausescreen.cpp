#include "pausescreen.h"

#include "breathing/breathingcatalog.h"
#include "breathing/breathingview.h"
#include "breathing/custompatternstore.h"
#include "breathing/exercisechooser.h"
#include "breathing/ownpatterneditor.h"
#include "calmercard.h"
#include "checkincard.h"
#include "common/emergencystrip.h"
#include "common/scrollareas.h"
#include "common/stackhelper.h"
#include "common/wrapbutton.h"
#include "common/wrappedlabels.h"
#include "content/tipwording.h"
#include "needhelppage.h"
#include "pause/pausesession.h"
#include "safefirstcard.h"
#include "sound/cueplayer.h"
#include "tensecard.h"
#include "walkawaycard.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedLayout>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pk {

PauseScreen::PauseScreen(PauseSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_strip(new EmergencyStrip(this))
    , m_ok(new WrapButton(this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("pauseScreen"));
    setAttribute(Qt::WA_StyledBackground);
    m_strip->setCompact(true);
    m_ok->setObjectName(QStringLiteral("leavePause"));

    // 112 and the way out sit in the two top corners, the same on every step.
    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(m_strip, 0, Qt::AlignTop);
    top->addStretch(1);
    top->addWidget(m_ok, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 20);
    layout->setSpacing(8);
    layout->addLayout(top);
    // Lines of a readable length on a wide screen: the steps keep to a 1000 px column.
    m_pages->setMaximumWidth(1000);
    auto *column = new QHBoxLayout;
    column->addStretch(1);
    column->addWidget(m_pages, 1000);
    column->addStretch(1);
    layout->addLayout(column, 1);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &PauseScreen::leave);
    connect(m_ok, &QPushButton::clicked, this, &PauseScreen::leave);
    retranslateUi();
}

PauseScreen::~PauseScreen() = default;

// Each step sits in a scroll area that only scrolls when 200 % text on a small screen needs
// it: nothing is ever squeezed or clipped. Steps built on StepPage scroll their words themselves
// and keep their main action in view.
QWidget *PauseScreen::scrollable(QWidget *page)
{
    // A step that keeps its main action in view under its own scrolling part (StepPage).
    if (page->property("scrollsItself").toBool())
        return page;
    QScrollArea *scroll = makePlainScroll(page, m_pages);
    page->setAutoFillBackground(false);
    scroll->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored); // until it is shown
    keepWrappedLabelsWhole(scroll);
    return scroll;
}

template <typename Page>
Page *PauseScreen::page(Page *&member)
{
    if (!member) {
        member = new Page;
        m_pages->addWidget(scrollable(member));
        connectPage(member);
    }
    return member;
}

SafeFirstCard *PauseScreen::safeFirstCard()
{
    return page(m_safeFirst);
}
BreathingView *PauseScreen::breathingView()
{
    return page(m_breathing);
}
CheckInCard *PauseScreen::checkInCard()
{
    return page(m_checkIn);
}
CalmerCard *PauseScreen::calmerCard()
{
    return page(m_calmer);
}
TenseCard *PauseScreen::tenseCard()
{
    return page(m_tense);
}
NeedHelpPage *PauseScreen::needHelpPage()
{
    return page(m_needHelp);
}
WalkAwayCard *PauseScreen::walkAwayCard()
{
    return page(m_walkAway);
}
ExerciseChooser *PauseScreen::chooser()
{
    return page(m_chooser);
}
OwnPatternEditor *PauseScreen::ownPatternEditor()
{
    return page(m_ownPattern);
}

void PauseScreen::prepare(const QSize &size)
{
    safeFirstCard();
    breathingView();
    checkInCard();
    if (isVisible())
        return;
    // Lay out and draw once off screen: fonts, glyphs and layouts are ready for the first press.
    resize(size);
    ensurePolished();
    QPixmap scratch(size);
    render(&scratch);
}

void PauseScreen::connectPage(SafeFirstCard *page)
{
    connect(page, &SafeFirstCard::confirmed, this, [this] { startBreathing({}, 0); });
}

void PauseScreen::connectPage(BreathingView *page)
{
    connect(page, &BreathingView::finished, this,
            [this](const QString &id, qint64 plannedMs, qint64 actualMs) {
                m_session->breathingCompleted(id, plannedMs, actualMs);
                checkIn();
            });
    connect(page, &BreathingView::stoppedEarly, this,
            [this](const QString &id, qint64 plannedMs, qint64 actualMs) {
                m_session->breathingStopped(id, plannedMs, actualMs);
                checkIn();
            });
    connect(page, &BreathingView::phaseStarted, this, [this](BreathPhaseKind kind) {
        if (m_cues)
            m_cues->phaseStarted(kind);
    });
}

void PauseScreen::connectPage(CheckInCard *page)
{
    connect(page, &CheckInCard::answered, this,
            [this](PauseSession::CheckIn a) { answer(static_cast<int>(a)); });
}

void PauseScreen::connectPage(CalmerCard *page)
{
    connect(page, &CalmerCard::breatheAgain, this, &PauseScreen::breatheAgain);
    connect(page, &CalmerCard::backToChild, this, &PauseScreen::leave);
}

void PauseScreen::connectPage(TenseCard *page)
{
    connect(page, &TenseCard::breatheAgain, this, &PauseScreen::breatheAgain);
    connect(page, &TenseCard::chooseExercise, this, &PauseScreen::showChooser);
    connect(page, &TenseCard::walkAway, this, [this] {
        walkAwayCard()->reset();
        showStep(m_walkAway);
    });
}

void PauseScreen::connectPage(ExerciseChooser *page)
{
    connect(page, &ExerciseChooser::chosen, this, &PauseScreen::startBreathing);
    connect(page, &ExerciseChooser::ownPatternRequested, this, [this] {
        ownPatternEditor()->reset();
        showStep(m_ownPattern);
    });
}

void PauseScreen::connectPage(OwnPatternEditor *page)
{
    connect(page, &OwnPatternEditor::saved, this, [this](const CustomPattern &pattern) {
        CustomPatternStore store(m_settings);
        const QStringList problems = store.add(pattern);
        if (!problems.isEmpty()) {
            m_ownPattern->showProblems(problems);
            return;
        }
        const QList<BreathExercise> own = store.exercises();
        startBreathing(own.constLast().pattern.id, 0);
    });
    connect(page, &OwnPatternEditor::cancelled, this, &PauseScreen::showChooser);
}

void PauseScreen::connectPage(WalkAwayCard *page)
{
    connect(page, &WalkAwayCard::started, m_session, &PauseSession::walkAwayStarted);
    connect(page, &WalkAwayCard::endedEarly, this, [this](qint64 actualMs) {
        m_session->walkAwayEnded(actualMs);
        checkIn();
    });
    connect(page, &WalkAwayCard::timeUp, this, [this] {
        m_session->walkAwayEnded(m_walkAway->timer()->plannedMs());
        if (m_cues)
            m_cues->chime();
    });
    connect(page, &WalkAwayCard::backToChild, this, &PauseScreen::leave);
    connect(page, &WalkAwayCard::answered, this,
            [this](PauseSession::CheckIn a) { answer(static_cast<int>(a)); });
}

void PauseScreen::connectPage(NeedHelpPage *page)
{
    connect(page, &NeedHelpPage::backToChild, this, &PauseScreen::leave);
    connect(page, &NeedHelpPage::allHelplinesRequested, this, [this] {
        if (m_breathing)
            m_breathing->stop();
        Q_EMIT helplinesRequested();
    });
}

void PauseScreen::setSettings(Settings *settings)
{
    m_settings = settings;
}

void PauseScreen::setContent(const TipCatalog &tips, const HelplineDirectory &helplines)
{
    m_tips = tips;
    m_helplines = helplines;
}

const TipCatalog &PauseScreen::tips() const
{
    if (!m_tips)
        m_tips.emplace();
    return *m_tips;
}

const HelplineDirectory &PauseScreen::helplines() const
{
    if (!m_helplines)
        m_helplines.emplace();
    return *m_helplines;
}

void PauseScreen::setLanguage(const QString &code)
{
    m_language = code;
}

void PauseScreen::setCuePlayer(CuePlayer *player)
{
    m_cues = player;
}

void PauseScreen::preferExercise(const QString &id)
{
    m_preferred = id;
}

QList<BreathExercise> PauseScreen::exercises() const
{
    QList<BreathExercise> all = BreathingCatalog::builtIn();
    all.append(CustomPatternStore(m_settings).exercises());
    return all;
}

void PauseScreen::begin(bool safeFirst, Audience audience)
{
    m_audience = audience;
    m_tipSeed = QRandomGenerator::global()->generate();
    m_tipId.clear();
    safeFirstCard()->setAudience(audience);
    m_exerciseId = m_preferred;
    m_preferred.clear();
    m_sessionMs = 0;
    if (safeFirst)
        showStep(safeFirstCard());
    else
        startBreathing(m_exerciseId, 0);
}

QWidget *PauseScreen::holderOf(QWidget *page)
{
    // page -> the scroll area's viewport -> the scroll area in the stack
    if (!page || page->property("scrollsItself").toBool())
        return page;
    QWidget *viewport = page->parentWidget();
    return viewport && viewport->parentWidget() ? viewport->parentWidget() : page;
}

PauseScreen::Step PauseScreen::step() const
{
    const QList<std::pair<QWidget *, Step>> steps{
        {m_breathing, Step::Breathing}, {m_checkIn, Step::CheckIn},
        {m_calmer, Step::Calmer},       {m_tense, Step::StillTense},
        {m_needHelp, Step::NeedHelp},   {m_walkAway, Step::WalkAway},
        {m_chooser, Step::Choosing},    {m_ownPattern, Step::OwnPattern},
    };
    for (const auto &[page, step] : steps) {
        if (page && m_pages->currentWidget() == holderOf(page))
            return step;
    }
    return Step::SafeFirst;
}

void PauseScreen::startBreathing(const QString &exerciseId, qint64 sessionMs)
{
    QString id = exerciseId;
    if (id.isEmpty())
        id = m_exerciseId;
    if (id.isEmpty() && m_settings)
        id = m_settings->value(Settings::Key::Exercise).toString();
    const BreathExercise exercise = BreathingCatalog::find(id, exercises());
    if (sessionMs <= 0) {
        int choice = exercise.defaultChoice;
        // The person's usual length applies to the exercise they chose in settings.
        if (m_settings && exercise.unit == BreathExercise::Unit::Minutes &&
            exercise.pattern.id == m_settings->value(Settings::Key::Exercise).toString())
            choice = exercise.choiceForSeconds(
                m_settings->value(Settings::Key::DurationSeconds).toInt());
        sessionMs = exercise.sessionMsFor(choice);
    }
    m_exerciseId = exercise.pattern.id;
    m_sessionMs = sessionMs;
    breathingView()->setReducedMotion(m_settings &&
                                      m_settings->value(Settings::Key::ReducedMotion).toBool());
    if (m_cues)
        m_cues->setLanguage(m_language);
    m_breathing->start(exercise, sessionMs);
    showStep(m_breathing);
}

void PauseScreen::breatheAgain()
{
    startBreathing(m_exerciseId, m_sessionMs);
}

void PauseScreen::showChooser()
{
    chooser()->setExercises(exercises(), m_exerciseId);
    showStep(m_chooser);
}

void PauseScreen::checkIn()
{
    showStep(checkInCard());
}

QString PauseScreen::pickTip(std::optional<Situation> situation)
{
    const QString region =
        m_settings ? m_settings->value(Settings::Key::Region).toString() : QString();
    const Tip tip = tips().oneFor(m_audience, situation, m_tipSeed++, region);
    m_session->tipShown(tip.id);
    m_tipId = tip.id;
    return tipText();
}

QString PauseScreen::tipText() const
{
    const Tip *tip = tips().find(m_tipId);
    if (!tip)
        return {};
    // The tip names the lines of the one region, in the language on screen now.
    const QString region =
        m_settings ? m_settings->value(Settings::Key::Region).toString() : QStringLiteral("BE-VLG");
    return TipWording::text(*tip, helplines(), region, QLocale().name().left(2));
}

QList<PlanContact> PauseScreen::peopleToCall() const
{
    if (!m_settings)
        return {};
    // A shared PC keeps no personal contacts: the organisation's contact person comes first.
    if (m_settings->sharedPcMode()) {
        const OrganisationContact contact = m_settings->organisationContact();
        return {{contact.name, contact.phone, contact.hours}};
    }
    return CryingPlan::load(*m_settings);
}

void PauseScreen::answer(int value)
{
    const auto checkIn = static_cast<PauseSession::CheckIn>(value);
    m_session->checkedIn(checkIn);
    switch (checkIn) {
    case PauseSession::CheckIn::Calmer:
        // Looking ahead: a plan, help from others, rest.
        calmerCard()->setTip(pickTip(Situation::Exhausted));
        showStep(m_calmer);
        break;
    case PauseSession::CheckIn::StillTense:
        tenseCard()->setTip(pickTip(Situation::InTheMoment));
        showStep(m_tense);
        break;
    case PauseSession::CheckIn::NeedHelp: {
        needHelpPage()->setSources(&helplines(), m_settings);
        needHelpPage()->showFor(ContentIds::audienceId(m_audience), QDateTime::currentDateTime(),
                                m_language);
        m_needHelp->showPeople(peopleToCall());
        showStep(m_needHelp);
        break;
    }
    }
}

void PauseScreen::showStep(QWidget *page)
{
    if (page != m_breathing && m_breathing)
        m_breathing->stop();
    showOnlyPage(qobject_cast<QStackedLayout *>(m_pages->layout()), holderOf(page));
    // "I need help" starts with its own large 112 row (what 112 is for, Call and Copy): the
    // corner button would say 112 a second time on the same screen.
    m_strip->setVisible(page != m_needHelp);
    // Breathing has no button of its own: focus the way out so Enter/Space never surprise.
    if (page == m_breathing)
        m_ok->setFocus(Qt::OtherFocusReason);
    else
        page->setFocus(Qt::OtherFocusReason);
}

void PauseScreen::leave()
{
    if (m_breathing && m_breathing->isRunning()) {
        m_breathing->stop();
        m_session->breathingStopped(m_breathing->exerciseId(), m_breathing->plannedMs(),
                                    m_breathing->elapsedMs());
    }
    if (m_walkAway && m_walkAway->timer()->isRunning()) {
        m_walkAway->timer()->cancel();
        m_session->walkAwayEnded(m_walkAway->timer()->elapsedMs());
    }
    Q_EMIT closeRequested();
}

void PauseScreen::retranslateUi()
{
    // A tip already on screen changes language too.
    if (!m_tipId.isEmpty()) {
        if (m_calmer)
            m_calmer->setTip(tipText());
        if (m_tense)
            m_tense->setTip(tipText());
    }
    m_ok->setText(tr("I'm OK now"));
    m_ok->setAccessibleName(m_ok->text());
    m_ok->setAccessibleDescription(tr("Ends the pause at any moment. Escape does the same."));
}

void PauseScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace pk
