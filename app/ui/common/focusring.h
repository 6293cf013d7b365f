#pragma once

#include <QPointer>
#include <QWidget>

class QApplication;

namespace pk {

// The outer line of the focus ring on dark filled controls (primary buttons, Pause, a checked
// choice). Their own border turns light when focused; this ring, drawn just outside them in the
// theme's focus colour, stands out against the background: at least 3:1 against both.
class FocusRing : public QWidget
{
    Q_OBJECT

public:
    // Follows the keyboard focus of the whole application from now on (once per app).
    static void install(QApplication *app);
    QWidget *target() const { return m_target; }
    static FocusRing *instance();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    FocusRing();
    void follow(QWidget *target);
    void followFocus();
    void place();
    static QWidget *surfaceFor(QWidget *target);

    QPointer<QWidget> m_target;
    QList<QPointer<QWidget>> m_watched;
};

} // namespace pk
