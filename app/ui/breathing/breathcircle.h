#pragma once

#include <QWidget>

namespace pk {

// The breathing circle: grows on the in-breath, holds, shrinks on the out-breath; a soft fill
// with a glow, and the one number of breathing in its middle.
// It repaints only itself, and only when its level really changed by a visible amount.
class BreathCircle : public QWidget
{
    Q_OBJECT

public:
    explicit BreathCircle(QWidget *parent = nullptr);

    void setLevel(double level); // 0 (empty lungs) .. 1 (full)
    // The one number of breathing (seconds of the step, or the count), in the middle.
    void setNumber(const QString &number);
    QString number() const { return m_number; }
    // How many pixels of radius lie between empty and full lungs at the current size.
    double pixelsPerLevel() const;
    double level() const { return m_level; }
    // The area the last visible change asked to repaint.
    QRect lastDirtyRect() const { return m_dirty; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double radiusFor(double level) const;

    double m_level = 0.0;
    QString m_number;
    QRect m_dirty;
};

} // namespace pk
