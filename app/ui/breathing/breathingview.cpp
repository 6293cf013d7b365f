#include "breathingview.h"

#include "breathcircle.h"

#include <QAccessible>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace pk {

BreathingView::BreathingView(QWidget *parent)
    : QWidget(parent)
    , m_exercise(BreathingCatalog::find(BreathingCatalog::defaultId()))
    , m_name(new QLabel(this))
    , m_circle(new BreathCircle(this))
    , m_phaseWord(new QLabel(this))
    , m_seconds(new QLabel(this))
    , m_timeLeft(new QLabel(this))
{
    m_name->setObjectName(QStringLiteral("exerciseName"));
    m_phaseWord->setObjectName(QStringLiteral("phaseWord"));
    m_seconds->setObjectName(QStringLiteral("phaseSeconds"));
    m_timeLeft->setObjectName(QStringLiteral("timeLeft"));
    for (QLabel *label : {m_name, m_phaseWord, m_seconds, m_timeLeft})
        label->setAlignment(Qt::AlignCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_name);
    layout->addWidget(m_circle, 1);
    layout->addWidget(m_phaseWord);
    layout->addWidget(m_seconds);
    layout->addWidget(m_timeLeft);

    // About 60 frames a second, only while breathing runs; the engine decides what is shown.
    m_timer.setInterval(16);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &BreathingView::tick);
    setElapsedSource({});
}

void BreathingView::setElapsedSource(std::function<qint64()> source)
{
    m_elapsed = source ? std::move(source) : [this] {
        return m_clock.elapsed();
    };
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
        return tr("Count");
    }
    return {};
}

void BreathingView::start(const QString &exerciseId, qint64 wishedMs)
{
    m_exercise = BreathingCatalog::find(exerciseId);
    m_sessionMs = m_exercise.pattern.sessionMsFor(wishedMs);
    m_name->setText(BreathingCatalog::displayName(m_exercise));
    m_shown = BreathState();
    m_shown.phaseIndex = -1; // forces the first frame to set every label
    m_clock.start();
    showState(breathStateAt(m_exercise.pattern, m_sessionMs, 0));
    m_timer.start();
}

void BreathingView::stop()
{
    m_timer.stop();
}

void BreathingView::tick()
{
    const qint64 elapsed = m_elapsed();
    const BreathState state = breathStateAt(m_exercise.pattern, m_sessionMs, elapsed);
    showState(state);
    if (state.finished) {
        m_timer.stop();
        Q_EMIT finished(m_exercise.pattern.id, m_sessionMs, elapsed);
    }
}

void BreathingView::showState(const BreathState &state)
{
    m_circle->setLevel(state.lungLevel);
    const bool newPhase = state.phaseIndex != m_shown.phaseIndex || state.cycle != m_shown.cycle;
    if (newPhase || state.finished != m_shown.finished) {
        m_phaseWord->setText(state.finished ? tr("Well done") : phaseWord(state.kind));
        m_circle->setAccessibleName(m_phaseWord->text());
        QAccessibleEvent event(m_phaseWord, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
    if (newPhase || state.phaseSecondsLeft() != m_shown.phaseSecondsLeft())
        m_seconds->setText(state.finished ? QString() : QString::number(state.phaseSecondsLeft()));
    const int total = state.totalSecondsLeft();
    if (newPhase || total != m_shown.totalSecondsLeft()) {
        m_timeLeft->setText(
            tr("%1:%2 left").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0')));
    }
    m_shown = state;
}

void BreathingView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_name->setText(BreathingCatalog::displayName(m_exercise));
        m_shown.phaseIndex = -1;
        showState(
            breathStateAt(m_exercise.pattern, m_sessionMs, m_clock.isValid() ? m_elapsed() : 0));
    }
    QWidget::changeEvent(event);
}

} // namespace pk
