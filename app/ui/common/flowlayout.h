#pragma once

#include <QLayout>
#include <QList>

namespace pk {

// A row of buttons that wraps onto the next line when it does not fit (200 % text, a long
// translation, a narrow window), instead of squeezing them. Lines follow the reading direction
// and the alignment of the layout (leading, centred or trailing). An item that is too wide for a
// line by itself (a word-wrapping button) gets the whole line and its height for that width.
class FlowLayout : public QLayout
{
    Q_OBJECT

public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    // Where a line that does not fill the width sits: Qt::AlignLeading (default), AlignHCenter or
    // AlignTrailing, mirrored for right-to-left languages.
    void setLineAlignment(Qt::Alignment alignment) { m_lineAlignment = alignment; }
    // Spread: a line of several items puts its spare room between them (the first at the leading
    // edge, the last at the trailing edge), like a footer with a choice on one side and links on
    // the other.
    void setSpread(bool spread) { m_spread = spread; }
    // Fill: the items of a line share its spare room (a label with its list box grows the box).
    void setFill(bool fill) { m_fill = fill; }
    // A group of items (a label and its field) that always stays on one line.
    void addLayout(QLayout *layout);
    void setHorizontalSpacing(int spacing) { m_horizontal = spacing; }
    void setVerticalSpacing(int spacing) { m_vertical = spacing; }
    int horizontalSpacing() const;
    int verticalSpacing() const;
    // How many lines the items took at the last layout (1 when they share one row).
    int lineCount() const { return m_lines; }

    void addItem(QLayoutItem *item) override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    int count() const override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    Qt::Orientations expandingDirections() const override { return {}; }
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    Qt::Alignment m_lineAlignment = Qt::AlignLeading;
    bool m_spread = false;
    bool m_fill = false;
    int m_horizontal = -1;
    int m_vertical = -1;
    mutable int m_lines = 1;
};

} // namespace pk
