#pragma once

#include <QWidget>

namespace pk {

// Reduced motion: a bar that fills on the in-breath and empties on the out-breath, instead of
// a scaling circle. It repaints only the strip between the old and the new fill.
class BreathBar : public QWidget
{
    Q_OBJECT

public:
    explicit BreathBar(QWidget *parent = nullptr);

    void setLevel(double level); // 0 (empty lungs) .. 1 (full)
    double level() const { return m_level; }
    double pixelsPerLevel() const { return trackRect().width(); }
    // The area the last visible change asked to repaint.
    QRect lastDirtyRect() const { return m_dirty; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRect trackRect() const;
    int fillWidth(double level) const;

    double m_level = 0.0;
    QRect m_dirty;
};

} // namespace pk
