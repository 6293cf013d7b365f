// The yardstick: a bare Qt Widgets window that reports its first paint, like Pauzeknop does.
#include <QApplication>
#include <QPaintEvent>
#include <QPainter>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace {

class BareWindow : public QWidget
{
protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter(this).fillRect(rect(), palette().window());
        if (m_reported)
            return;
        m_reported = true;
        QTimer::singleShot(0, [] {
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
        });
    }

private:
    bool m_reported = false;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    BareWindow window;
    window.resize(960, 700);
    window.show();
    return app.exec();
}
