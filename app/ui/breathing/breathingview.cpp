#include "breathingview.h"

#include "access/liveannouncer.h"
#include "breathbar.h"
#include "breathcircle.h"
#include "common/theme.h"
#include "common/wrapbutton.h"
#include "content/biditext.h"
#include "format/localnumber.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace pk {

BreathingView::BreathingView(QWidget *parent)
    : QWidget(parent)
    , m_exercise(BreathingCatalog::find(BreathingCatalog::defaultId()))
    , m_name(new QLabel(this))
    , m_circle(new BreathCircle(this))
    , m_bar(new BreathBar(this))
    , m_phaseWord(new QLabel(this))
    , m_seconds(new QLabel(this))
    , m_timeLeft(new QLabel(this))
    , m_more(new WrapButton(this))
    , m_done(new WrapButton(this))
{
    // The circle takes what room there is; the pause does not wrap this step in a scroll area
    // (which would give the circle its full size and scroll the phase word away).
    setProperty("scrollsItself", true);
    m_name->setObjectName(QStringLiteral("exerciseName"));
    m_phaseWord->setObjectName(QStringLiteral("phaseWord"));
    m_seconds->setObjectName(QStringLiteral("phaseSeconds"));
    m_timeLeft->setObjectName(QStringLiteral("timeLeft"));
    for (QLabel *label : {m_name, m_phaseWord, m_seconds, m_timeLeft})
        label->setAlignment(Qt::AlignCenter);
    // The phase word is the one thing a screen reader hears, once per phase (LiveAnnouncer);
    // the counting labels stay silent.
    m_phaseWord->setAccessibleDescription(tr("What to do now: breathe in, hold or breathe out."));
    m_bar->setVisible(false);
    m_seconds->setVisible(false); // the circle shows the number; the bar (less motion) does not
    // The session countdown is quiet: it stays out of sight, a screen reader can still ask.
    m_timeLeft->setVisible(false);
    // Low-key, but always there: more time, or enough.
    theme::setRole(m_more, "quiet");
    theme::setRole(m_done, "quiet");

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_more);
    buttons->addWidget(m_done);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_name);
    layout->addWidget(m_circle, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_phaseWord);
    layout->addWidget(m_seconds);
    layout->addWidget(m_timeLeft);
    layout->addLayout(buttons);

    // Only while breathing runs, and only when something visible changes: at a phase boundary,
    // when the number changes, or when the circle moved by a pixel and a half (at most 25 times a
    // second).
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &BreathingView::tick);
    connect(m_more, &QPushButton::clicked, this, &BreathingView::extend);
    connect(m_done, &QPushButton::clicked, this, [this] {
        if (!isRunning())
            return;
        stop();
        Q_EMIT stoppedEarly(m_exercise.pattern.id, m_sessionMs, elapsedMs());
    });
    setElapsedSource({});
    retranslateUi();
}

void BreathingView::setElapsedSource(std::function<qint64()> source)
{
    m_elapsed = source ? std::move(source) : [this] {
        return m_clock.isValid() ? m_clock.elapsed() : 0;
    };
}

qint64 BreathingView::elapsedMs() const
{
    return m_elapsed();
}

void BreathingView::setReducedMotion(bool on)
{
    m_reducedMotion = on;
    m_circle->setVisible(!on);
    m_bar->setVisible(on);
    m_seconds->setVisible(on);
}

QString BreathingView::phaseWord(BreathPhaseKind kind)
{
    switch (kind) {
    case BreathPhaseKind::In:
        return tr("Breathe in");
    case BreathPhaseKind::TopUp:
        return tr("A little more in");
    case BreathPhaseKind::HoldIn:
    case BreathPhaseKind::HoldOut:
        return tr("Hold");
    case BreathPhaseKind::Out:
        return tr("Breathe out");
    case BreathPhaseKind::Count:
        return tr("Count slowly");
    }
    return {};
}

void BreathingView::start(const BreathExercise &exercise, qint64 sessionMs)
{
    m_exercise = exercise;
    m_sessionMs = sessionMs > 0 ? sessionMs : exercise.sessionMsFor(exercise.defaultChoice);
    m_name->setText(BreathingCatalog::displayName(m_exercise));
    m_shown = BreathState();
    m_shown.phaseIndex = -1; // forces the first frame to set every label
    m_clock.start();
    m_running = true;
    retranslateUi();
    tick();
}

void BreathingView::stop()
{
    m_running = false;
    m_timer.stop();
}

void BreathingView::extend()
{
    m_sessionMs = m_exercise.extendedMs(m_sessionMs);
    m_more->setVisible(m_exercise.canExtend(m_sessionMs));
    m_shown.phaseIndex = -1;
    if (isRunning())
        tick();
}

void BreathingView::tick()
{
    const qint64 elapsed = elapsedMs();
    const BreathState state = breathStateAt(m_exercise.pattern, m_sessionMs, elapsed);
    showState(state);
    if (state.finished) {
        stop();
        Q_EMIT finished(m_exercise.pattern.id, m_sessionMs, elapsed);
        return;
    }
    if (isRunning())
        m_timer.start(int(nextChangeMs(state, elapsed)));
}

qint64 BreathingView::nextChangeMs(const BreathState &state, qint64 elapsed) const
{
    constexpr qint64 FrameMs = 40;
    // The next phase boundary, and the next change of the number shown (a second of the phase).
    // At least four times a second, so a clock that jumped (after a suspend) is followed soon.
    qint64 next = std::clamp<qint64>(state.phaseRemainingMs, 1, 250);
    next = std::min(next, (state.phaseRemainingMs + 999) % 1000 + 1);
    // The first frame at which the circle (or bar) has moved by a visible pixel.
    const double pixels = m_reducedMotion ? m_bar->pixelsPerLevel() : m_circle->pixelsPerLevel();
    for (qint64 dt = FrameMs; dt < next; dt += FrameMs) {
        const BreathState ahead = breathStateAt(m_exercise.pattern, m_sessionMs, elapsed + dt);
        if (std::abs(ahead.lungLevel - state.lungLevel) * pixels >= 1.5)
            return dt;
    }
    return next;
}

void BreathingView::showState(const BreathState &state)
{
    if (m_reducedMotion)
        m_bar->setLevel(state.lungLevel);
    else
        m_circle->setLevel(state.lungLevel);
    const bool newPhase = state.phaseIndex != m_shown.phaseIndex || state.cycle != m_shown.cycle;
    if (newPhase || state.finished != m_shown.finished) {
        // Announced before the text is set, so the label itself sends no second event.
        LiveAnnouncer::announce(m_phaseWord, state.finished
                                                 ? tr("Well done. The breathing exercise is over.")
                                                 : phaseWord(state.kind));
        m_phaseWord->setText(state.finished ? tr("Well done") : phaseWord(state.kind));
        if (!state.finished && isRunning())
            Q_EMIT phaseStarted(state.kind);
    }
    // Counting to ten shows the number; the other patterns the seconds left in the phase.
    const int number = state.countNumber > 0 ? state.countNumber : state.phaseSecondsLeft();
    const int shownNumber =
        m_shown.countNumber > 0 ? m_shown.countNumber : m_shown.phaseSecondsLeft();
    if (newPhase || number != shownNumber) {
        const QString shown = state.finished ? QString() : LocalNumber::whole(number);
        m_seconds->setText(shown);
        m_circle->setNumber(shown);
    }
    const int total = state.totalSecondsLeft();
    if (newPhase || total != m_shown.totalSecondsLeft()) {
        // A screen reader may read it when asked, in whole minutes; it never ticks. The name
        // first, so the new text itself sends nothing.
        if (!state.finished) // the end is announced on its own
            LiveAnnouncer::setName(m_timeLeft, tr("%Ln minutes left", nullptr, (total + 59) / 60));
        m_timeLeft->setText(
            tr("%1:%2 left")
                .arg(LocalNumber::whole(total / 60), LocalNumber::clock(total).section(u':', 1)));
    }
    m_shown = state;
}

void BreathingView::retranslateUi()
{
    LiveAnnouncer::setName(m_seconds, tr("Seconds of this step"));
    LiveAnnouncer::setName(m_circle, tr("Breathing circle"));
    m_circle->setAccessibleDescription(tr("Grows as you breathe in, shrinks as you breathe out."));
    LiveAnnouncer::setName(m_bar, tr("Breathing bar"));
    m_bar->setAccessibleDescription(tr("Fills as you breathe in, empties as you breathe out."));
    const bool cycles = m_exercise.unit == BreathExercise::Unit::Cycles;
    const QString more = cycles ? tr("One more round") : tr("+1 minute");
    // "+1" stays "+1" inside right-to-left text (the sign would jump behind the digit).
    m_more->setText(BidiText::isolateNumbers(more));
    LiveAnnouncer::setName(m_more, more);
    m_more->setAccessibleDescription(tr("Makes this breathing session a little longer."));
    m_more->setVisible(m_exercise.canExtend(m_sessionMs));
    m_done->setText(tr("I'm done breathing"));
    LiveAnnouncer::setName(m_done, m_done->text());
    m_done->setAccessibleDescription(tr("Stops the timer and asks how you feel."));
}

void BreathingView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_name->setText(BreathingCatalog::displayName(m_exercise));
        m_shown.phaseIndex = -1;
        retranslateUi();
        showState(breathStateAt(m_exercise.pattern, m_sessionMs, elapsedMs()));
    }
    QWidget::changeEvent(event);
}

} // namespace pk
