// The yardstick: a bare Qt Widgets window that reports its first paint, like Pauzeknop does.
// With --circle it is the yardstick for breathing: a circle that grows and shrinks, the whole
// window repainted at 60 frames a second. With --word it shows one word of text in a QLabel: the
// least any window with text pays (fontconfig, a font, shaping), for scale.
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPaintEvent>
#include <QPainter>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace {

class BareWindow : public QWidget
{
public:
    BareWindow(bool circle, bool word)
    {
        if (word)
            (new QVBoxLayout(this))->addWidget(new QLabel(QStringLiteral("Pause"), this));
        if (!circle)
            return;
        m_clock.start();
        m_timer.setInterval(16);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { update(); });
        m_timer.start();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), palette().window());
        if (m_clock.isValid()) {
            painter.setRenderHint(QPainter::Antialiasing);
            const double level = 0.5 + 0.5 * std::sin(m_clock.elapsed() / 1000.0);
            const double radius = (0.2 + 0.25 * level) * std::min(width(), height());
            painter.setBrush(QColor(0x2A, 0x66, 0x62, 90));
            painter.drawEllipse(QRectF(rect()).center(), radius, radius);
        }
        if (m_reported)
            return;
        m_reported = true;
        QTimer::singleShot(0, [] {
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
            if (qgetenv("PAUZEKNOP_REPORT_FIRST_PAINT") == "exit")
                std::_Exit(0); // instructions until the first paint, under callgrind
        });
    }

private:
    bool m_reported = false;
    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    BareWindow window(app.arguments().contains(QStringLiteral("--circle")),
                      app.arguments().contains(QStringLiteral("--word")));
    window.resize(960, 700);
    window.show();
    return app.exec();
}
