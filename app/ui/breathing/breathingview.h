#pragma once

#include "breathing/breathclock.h"
#include "breathing/breathingcatalog.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;

namespace pk {

class BreathCircle;

// Breathing with a timer: the circle, the phase word and the seconds left.
// Ticks only while a session runs; every frame asks the pure engine where we are.
class BreathingView : public QWidget
{
    Q_OBJECT

public:
    explicit BreathingView(QWidget *parent = nullptr);

    void start(const QString &exerciseId, qint64 wishedMs);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    QString exerciseId() const { return m_exercise.pattern.id; }
    qint64 plannedMs() const { return m_sessionMs; }
    QLabel *phaseWordLabel() const { return m_phaseWord; }
    BreathCircle *circle() const { return m_circle; }

    static QString phaseWord(BreathPhaseKind kind);
    // Milliseconds since start(); a test can replace the monotonic clock with its own.
    void setElapsedSource(std::function<qint64()> source);

Q_SIGNALS:
    void finished(const QString &exerciseId, qint64 plannedMs, qint64 actualMs);

protected:
    void changeEvent(QEvent *event) override;

private:
    void tick();
    void showState(const BreathState &state);

    BreathExercise m_exercise;
    qint64 m_sessionMs = 0;
    QElapsedTimer m_clock;
    std::function<qint64()> m_elapsed;
    QTimer m_timer;
    BreathState m_shown;
    QLabel *m_name;
    BreathCircle *m_circle;
    QLabel *m_phaseWord;
    QLabel *m_seconds;
    QLabel *m_timeLeft;
};

} // namespace pk
