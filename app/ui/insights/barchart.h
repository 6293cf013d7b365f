#pragma once

#include <QStringList>
#include <QWidget>

namespace pk {

// A calm bar chart painted by hand (no Qt Charts: GPL-only, and megabytes for a few bars):
// one bar per value, its number on top, an optional label under it; mirrored right to left.
class BarChart : public QWidget
{
    Q_OBJECT

public:
    explicit BarChart(QWidget *parent = nullptr);

    // labels: one per bar ("" for none). The accessible description should say the same in words.
    void setBars(const QList<qint64> &values, const QStringList &labels);
    QList<qint64> values() const { return m_values; }
    QStringList labels() const { return m_labels; }
    // Show the number above every bar that is not zero (off for many thin bars).
    void setShowValues(bool show);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<qint64> m_values;
    QStringList m_labels;
    bool m_showValues = true;
};

} // namespace pk
