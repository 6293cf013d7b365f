#include "pausescreen.h"

#include "breathing/breathingcatalog.h"
#include "breathing/breathingview.h"
#include "breathing/custompatternstore.h"
#include "breathing/exercisechooser.h"
#include "breathing/ownpatterneditor.h"
#include "calmercard.h"
#include "checkincard.h"
#include "common/emergencystrip.h"
#include "needhelppage.h"
#include "pause/pausesession.h"
#include "safefirstcard.h"
#include "sound/cueplayer.h"
#include "tensecard.h"
#include "walkawaycard.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QRandomGenerator>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pk {

PauseScreen::PauseScreen(PauseSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_strip(new EmergencyStrip(this))
    , m_ok(new QPushButton(this))
    , m_pages(new QStackedWidget(this))
    , m_safeFirst(new SafeFirstCard(m_pages))
    , m_breathing(new BreathingView(m_pages))
    , m_checkIn(new CheckInCard(m_pages))
    , m_calmer(new CalmerCard(m_pages))
    , m_tense(new TenseCard(m_pages))
    , m_needHelp(new NeedHelpPage(m_pages))
    , m_walkAway(new WalkAwayCard(m_pages))
    , m_chooser(new ExerciseChooser(m_pages))
    , m_ownPattern(new OwnPatternEditor(m_pages))
{
    setObjectName(QStringLiteral("pauseScreen"));
    setAttribute(Qt::WA_StyledBackground);
    for (QWidget *page :
         std::initializer_list<QWidget *>{m_safeFirst, m_breathing, m_checkIn, m_calmer, m_tense,
                                          m_needHelp, m_walkAway, m_chooser, m_ownPattern})
        m_pages->addWidget(page);

    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(m_strip, 1);
    top->addWidget(m_ok);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 24);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &PauseScreen::leave);
    connect(m_ok, &QPushButton::clicked, this, &PauseScreen::leave);
    connectSteps();
    retranslateUi();
}

PauseScreen::~PauseScreen() = default;

void PauseScreen::connectSteps()
{
    connect(m_safeFirst, &SafeFirstCard::confirmed, this, [this] { startBreathing({}, 0); });
    connect(m_breathing, &BreathingView::finished, this,
            [this](const QString &id, qint64 plannedMs, qint64 actualMs) {
                m_session->breathingCompleted(id, plannedMs, actualMs);
                checkIn();
            });
    connect(m_breathing, &BreathingView::stoppedEarly, this,
            [this](const QString &id, qint64 plannedMs, qint64 actualMs) {
                m_session->breathingStopped(id, plannedMs, actualMs);
                checkIn();
            });
    connect(m_breathing, &BreathingView::phaseStarted, this, [this](BreathPhaseKind kind) {
        if (m_cues)
            m_cues->phaseStarted(kind);
    });
    connect(m_checkIn, &CheckInCard::answered, this,
            [this](PauseSession::CheckIn a) { answer(static_cast<int>(a)); });
    connect(m_calmer, &CalmerCard::breatheAgain, this, &PauseScreen::breatheAgain);
    connect(m_calmer, &CalmerCard::backToChild, this, &PauseScreen::leave);
    connect(m_tense, &TenseCard::breatheAgain, this, &PauseScreen::breatheAgain);
    connect(m_tense, &TenseCard::chooseExercise, this, &PauseScreen::showChooser);
    connect(m_tense, &TenseCard::walkAway, this, [this] {
        m_walkAway->reset();
        showStep(m_walkAway);
    });
    connect(m_chooser, &ExerciseChooser::chosen, this, &PauseScreen::startBreathing);
    connect(m_chooser, &ExerciseChooser::ownPatternRequested, this, [this] {
        m_ownPattern->reset();
        showStep(m_ownPattern);
    });
    connect(m_ownPattern, &OwnPatternEditor::saved, this, [this](const CustomPattern &pattern) {
        CustomPatternStore store(m_settings);
        const QStringList problems = store.add(pattern);
        if (!problems.isEmpty()) {
            m_ownPattern->showProblems(problems);
            return;
        }
        const QList<BreathExercise> own = store.exercises();
        startBreathing(own.constLast().pattern.id, 0);
    });
    connect(m_ownPattern, &OwnPatternEditor::cancelled, this, &PauseScreen::showChooser);
    connect(m_walkAway, &WalkAwayCard::started, m_session, &PauseSession::walkAwayStarted);
    connect(m_walkAway, &WalkAwayCard::endedEarly, this, [this](qint64 actualMs) {
        m_session->walkAwayEnded(actualMs);
        checkIn();
    });
    connect(m_walkAway, &WalkAwayCard::timeUp, this, [this] {
        m_session->walkAwayEnded(m_walkAway->timer()->plannedMs());
        if (m_cues)
            m_cues->chime();
    });
    connect(m_walkAway, &WalkAwayCard::backToChild, this, &PauseScreen::leave);
    connect(m_needHelp, &NeedHelpPage::backToChild, this, &PauseScreen::leave);
    connect(m_needHelp, &NeedHelpPage::allHelplinesRequested, this, [this] {
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
    m_safeFirst->setAudience(audience);
    m_exerciseId = m_preferred;
    m_preferred.clear();
    m_sessionMs = 0;
    if (safeFirst)
        showStep(m_safeFirst);
    else
        startBreathing(m_exerciseId, 0);
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
        if (m_pages->currentWidget() == page)
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
    m_breathing->setReducedMotion(m_settings &&
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
    m_chooser->setExercises(exercises(), m_exerciseId);
    showStep(m_chooser);
}

void PauseScreen::checkIn()
{
    showStep(m_checkIn);
}

QString PauseScreen::pickTip(std::optional<Situation> situation)
{
    const Tip tip = m_tips.oneFor(m_audience, situation, m_tipSeed++);
    m_session->tipShown(tip.id);
    return tip.id.isEmpty() ? QString() : tip.displayText(m_language);
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
        m_calmer->setTip(pickTip(Situation::Exhausted));
        showStep(m_calmer);
        break;
    case PauseSession::CheckIn::StillTense:
        m_tense->setTip(pickTip(Situation::InTheMoment));
        showStep(m_tense);
        break;
    case PauseSession::CheckIn::NeedHelp: {
        const QString region = m_settings ? m_settings->value(Settings::Key::Region).toString()
                                          : QStringLiteral("BE-VLG");
        m_needHelp->showLines(m_helplines, region, ContentIds::audienceId(m_audience),
                              QDateTime::currentDateTime(), m_language);
        m_needHelp->showPeople(peopleToCall());
        showStep(m_needHelp);
        break;
    }
    }
}

void PauseScreen::showStep(QWidget *page)
{
    if (page != m_breathing)
        m_breathing->stop();
    m_pages->setCurrentWidget(page);
    // Breathing has no button of its own: focus the way out so Enter/Space never surprise.
    if (page == m_breathing)
        m_ok->setFocus(Qt::OtherFocusReason);
    else
        page->setFocus(Qt::OtherFocusReason);
}

void PauseScreen::leave()
{
    if (m_breathing->isRunning()) {
        m_breathing->stop();
        m_session->breathingStopped(m_breathing->exerciseId(), m_breathing->plannedMs(),
                                    m_breathing->elapsedMs());
    }
    if (m_walkAway->timer()->isRunning()) {
        m_walkAway->timer()->cancel();
        m_session->walkAwayEnded(m_walkAway->timer()->elapsedMs());
    }
    Q_EMIT closeRequested();
}

void PauseScreen::retranslateUi()
{
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
