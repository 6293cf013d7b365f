#pragma once

#include "breathing/breathclock.h"
#include "breathing/breathingcatalog.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace pk {

class BreathBar;
class BreathCircle;

// Breathing with a timer: the circle (or, with reduced motion, a filling bar), the phase word
// and one number. Ticks only while a session runs, and only when something visible changes;
// every tick asks the pure engine where we are, and only what changed is repainted.
class BreathingView : public QWidget
{
    Q_OBJECT

public:
    explicit BreathingView(QWidget *parent = nullptr);

    void start(const BreathExercise &exercise, qint64 sessionMs);
    void stop();
    bool isRunning() const { return m_running; }
    QString exerciseId() const { return m_exercise.pattern.id; }
    const BreathExercise &exercise() const { return m_exercise; }
    qint64 plannedMs() const { return m_sessionMs; }
    qint64 elapsedMs() const;
    void setReducedMotion(bool on);
    bool reducedMotion() const { return m_reducedMotion; }

    QLabel *phaseWordLabel() const { return m_phaseWord; }
    QLabel *secondsLabel() const { return m_seconds; }
    BreathCircle *circle() const { return m_circle; }
    BreathBar *bar() const { return m_bar; }
    QPushButton *moreButton() const { return m_more; }
    QPushButton *doneButton() const { return m_done; }

    static QString phaseWord(BreathPhaseKind kind);
    // Milliseconds since start(); a test can replace the monotonic clock with its own.
    void setElapsedSource(std::function<qint64()> source);

Q_SIGNALS:
    void finished(const QString &exerciseId, qint64 plannedMs, qint64 actualMs);
    // "I'm done breathing" before the end.
    void stoppedEarly(const QString &exerciseId, qint64 plannedMs, qint64 actualMs);
    void phaseStarted(pk::BreathPhaseKind kind);

protected:
    void changeEvent(QEvent *event) override;

private:
    void tick();
    void showState(const BreathState &state);
    // Milliseconds from now until something visible changes.
    qint64 nextChangeMs(const BreathState &state, qint64 elapsed) const;
    void extend();
    void retranslateUi();

    BreathExercise m_exercise;
    qint64 m_sessionMs = 0;
    bool m_reducedMotion = false;
    bool m_running = false;
    QElapsedTimer m_clock;
    std::function<qint64()> m_elapsed;
    QTimer m_timer;
    BreathState m_shown;
    QLabel *m_name;
    BreathCircle *m_circle;
    BreathBar *m_bar;
    QLabel *m_phaseWord;
    QLabel *m_seconds;
    QLabel *m_timeLeft;
    QPushButton *m_more;
    QPushButton *m_done;
};

} // namespace pk
