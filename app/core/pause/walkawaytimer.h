#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace pk {

// The walk-away timer ("pause at the door"): a calm countdown of a few minutes that can be
// ended early. It ticks only while it counts, and computes from monotonic elapsed time.
class WalkAwayTimer : public QObject
{
    Q_OBJECT

public:
    explicit WalkAwayTimer(QObject *parent = nullptr);

    void start(qint64 plannedMs);
    // Ends early (the person is back); emits stopped() with the time away.
    void stop();
    // Stops without a signal (the whole pause was left).
    void cancel();

    bool isRunning() const { return m_timer.isActive(); }
    qint64 plannedMs() const { return m_plannedMs; }
    qint64 elapsedMs() const;
    int secondsLeft() const;
    // Milliseconds since start(); a test can replace the monotonic clock with its own.
    void setElapsedSource(std::function<qint64()> source);

Q_SIGNALS:
    void secondsLeftChanged(int seconds);
    void finished();
    void stopped(qint64 actualMs);

private:
    void tick();

    QElapsedTimer m_clock;
    std::function<qint64()> m_elapsed;
    QTimer m_timer;
    qint64 m_plannedMs = 0;
    int m_shownSeconds = -1;
};

} // namespace pk
