#include "paintprobe.h"

#include "home/homescreen.h"
#include "mainwindow.h"
#include "pause/pausescreen.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QPushButton>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace pk {
namespace {

QElapsedTimer g_requested;
bool g_reporting = false;

void print(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fflush(stdout);
    // PAUZEKNOP_REPORT_FIRST_PAINT=exit: the process ends right there (instructions until the
    // first paint, counted under callgrind).
    if (line == "first-paint\n" && qgetenv("PAUZEKNOP_REPORT_FIRST_PAINT") == "exit")
        std::_Exit(0);
}

void report(const QByteArray &line)
{
    // After this paint has been flushed to the screen.
    QTimer::singleShot(0, [line] { print(line); });
}

} // namespace

PaintProbe::PaintProbe(QObject *parent, std::function<void()> onPaint, bool once)
    : QObject(parent)
    , m_onPaint(std::move(onPaint))
    , m_once(once)
{}

void PaintProbe::afterFirstPaint(QWidget *watched, QObject *context, std::function<void()> work)
{
    auto *probe = new PaintProbe(
        watched,
        [context, work = std::move(work)] {
            // Two hops: whatever else this paint queued (the benchmark's report) goes first.
            QTimer::singleShot(0, context,
                               [context, work] { QTimer::singleShot(0, context, work); });
        },
        true);
    watched->installEventFilter(probe);
}

bool PaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        if (m_once)
            watched->removeEventFilter(this);
        m_onPaint();
        if (m_once)
            deleteLater();
    }
    return false;
}

void PaintProbe::pauseRequested()
{
    if (g_reporting)
        g_requested.start();
}

void PaintProbe::installIfRequested(MainWindow *window)
{
    if (!qEnvironmentVariableIsSet("PAUZEKNOP_REPORT_FIRST_PAINT"))
        return;
    g_reporting = true;
    auto first = std::make_shared<bool>(false);
    const auto firstPaint = [first] {
        if (!std::exchange(*first, true))
            report("first-paint\n");
    };
    const auto watchPause = [firstPaint](PauseScreen *pause) {
        pause->installEventFilter(new PaintProbe(
            pause,
            [firstPaint] {
                firstPaint();
                if (g_requested.isValid()) {
                    // Timed once the whole frame (the pause and all it holds) was flushed.
                    QTimer::singleShot(0, [since = g_requested] {
                        print(QByteArray("pause-painted ") +
                              QByteArray::number(since.nsecsElapsed() / 1e6, 'f', 2) + '\n');
                    });
                    g_requested.invalidate();
                }
            },
            false));
    };
    window->home()->installEventFilter(new PaintProbe(window->home(), firstPaint, true));
    if (window->hasPause())
        watchPause(window->pause());
    else
        connect(window, &MainWindow::pauseCreated, window, watchPause);

    const int presses = qEnvironmentVariableIntValue("PAUZEKNOP_BENCH_PRESSES");
    if (presses > 0) {
        auto *presser = new PaintProbe(window, {}, true);
        presser->pressPauseLater(window, presses);
    }
}

void PaintProbe::pressPauseLater(MainWindow *window, int left)
{
    // Home, settled; press Pause; a while later leave the pause again and go on.
    QTimer::singleShot(600, this, [this, window, left] {
        window->home()->pauseButton()->click();
        QTimer::singleShot(300, this, [this, window, left] {
            window->closePause();
            if (left > 1)
                pressPauseLater(window, left - 1);
            else
                report("presses-done\n");
        });
    });
}

} // namespace pk
