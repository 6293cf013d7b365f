#pragma once

#include <QFont>
#include <QHash>
#include <QPushButton>

class QStyleOptionButton;

namespace pk {

// A push button whose text breaks between words when the button is narrower than its text in
// one line (200 % text, a long translation, a small window): it grows taller instead of clipping.
// text() stays the whole text; only the painted text has line breaks.
class WrapButton : public QPushButton
{
    Q_OBJECT

public:
    explicit WrapButton(QWidget *parent = nullptr);
    explicit WrapButton(const QString &text, QWidget *parent = nullptr);

    // Wide enough for the text in one line (or its own lines), as tall as that needs at the
    // current width.
    QSize sizeHint() const override;
    // As narrow as the longest word.
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    // The text as painted at this width of the button: broken into lines between words.
    QString wrappedText(int buttonWidth) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QStyleOptionButton measuringOption() const;
    QSize sizeForText(const QString &text) const;
    QSize oneLineSize() const;
    int chromeWidth() const;
    // The size of a text in this button's font, and the width of one line of it; remembered,
    // because layouts ask many times.
    QSize textSize(const QString &text) const;
    int advance(const QString &line) const;
    void forgetMeasuresOfAnotherFont() const;

    int m_lines = 0;
    mutable QHash<QString, QSize> m_textSizes; // for m_measuredFont at m_measuredDpi
    mutable QHash<QString, int> m_advances;    // likewise
    mutable QFont m_measuredFont;
    mutable int m_measuredDpi = 0;
};

} // namespace pk
