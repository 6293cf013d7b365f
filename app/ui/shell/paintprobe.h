#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace pk {

class MainWindow;

// Tells when something was painted. afterFirstPaint() runs work once a widget was first put on
// screen (the pause is made ready then). For the benchmark only, when PAUZEKNOP_REPORT_FIRST_PAINT
// is set, it prints "first-paint" once and "pause-painted <ms>" after each opening of the pause
// (ms from the request to the painted pause); PAUZEKNOP_BENCH_PRESSES=N presses Pause on home N
// times, leaving the pause in between. Without those variables it costs nothing.
class PaintProbe : public QObject
{
    Q_OBJECT

public:
    static void afterFirstPaint(QWidget *watched, QObject *context, std::function<void()> work);
    static void installIfRequested(MainWindow *window);
    // Called when a pause was asked for (home, tray, hand-off), to time it.
    static void pauseRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit PaintProbe(QObject *parent, std::function<void()> onPaint, bool once);
    void pressPauseLater(MainWindow *window, int left);

    std::function<void()> m_onPaint;
    bool m_once;
};

} // namespace pk
