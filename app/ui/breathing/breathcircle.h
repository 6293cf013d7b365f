#pragma once

#include <QWidget>

namespace pk {

// The breathing circle: grows on the in-breath, holds, shrinks on the out-breath.
// It repaints only itself, and only when its level really changed by a visible amount.
class BreathCircle : public QWidget
{
    Q_OBJECT

public:
    explicit BreathCircle(QWidget *parent = nullptr);

    void setLevel(double level); // 0 (empty lungs) .. 1 (full)
    double level() const { return m_level; }
    // The area the last visible change asked to repaint.
    QRect lastDirtyRect() const { return m_dirty; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double radiusFor(double level) const;

    double m_level = 0.0;
    QRect m_dirty;
};

} // namespace pk
