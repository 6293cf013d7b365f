#include "wrapbutton.h"

#include <QResizeEvent>
#include <QStyleOptionButton>
#include <QStylePainter>
#include <QTextLayout>

#include <cmath>

namespace pk {
namespace {

// The lines of one paragraph at this width, broken between words; a word wider than the line
// keeps a line of its own. width 0 gives one word per line.
QStringList linesOf(const QString &paragraph, const QFont &font, int width, int *widest = nullptr)
{
    QStringList lines;
    QTextLayout layout(paragraph, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
        if (widest)
            *widest = std::max(*widest, int(std::ceil(line.naturalTextWidth())));
    }
    layout.endLayout();
    if (lines.isEmpty())
        lines.append(QString());
    return lines;
}

} // namespace

WrapButton::WrapButton(QWidget *parent)
    : WrapButton(QString(), parent)
{}

WrapButton::WrapButton(const QString &text, QWidget *parent)
    : QPushButton(text, parent)
{
    // Narrower than its one-line text when it must be (then taller): never clipped.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed, QSizePolicy::PushButton);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QStyleOptionButton WrapButton::measuringOption() const
{
    // Sized as when not focused: a focused button's thicker border must not move its lines
    // (nor make it taller than the place its layout gave it).
    QStyleOptionButton option;
    initStyleOption(&option);
    option.state &= ~QStyle::State_HasFocus;
    return option;
}

QSize WrapButton::sizeForText(const QString &text) const
{
    QStyleOptionButton option = measuringOption();
    const QSize size = textSize(text);
    option.rect.setSize(size);
    return style()->sizeFromContents(QStyle::CT_PushButton, &option, size, this);
}

QSize WrapButton::textSize(const QString &text) const
{
    // Shaping the text is the costly part of every size question (190 of them for home's
    // buttons before the first paint, 200 when the pause opens); it depends on the text, the
    // font and the screen only.
    forgetMeasuresOfAnotherFont();
    const auto known = m_textSizes.constFind(text);
    if (known != m_textSizes.cend())
        return *known;
    const QSize size = fontMetrics().size(Qt::TextShowMnemonic, text);
    m_textSizes.insert(text, size);
    return size;
}

int WrapButton::advance(const QString &line) const
{
    forgetMeasuresOfAnotherFont();
    const auto known = m_advances.constFind(line);
    if (known != m_advances.cend())
        return *known;
    const int width = fontMetrics().horizontalAdvance(line);
    m_advances.insert(line, width);
    return width;
}

void WrapButton::forgetMeasuresOfAnotherFont() const
{
    if (font() == m_measuredFont && logicalDpiY() == m_measuredDpi && m_textSizes.size() <= 32 &&
        m_advances.size() <= 32)
        return;
    m_textSizes.clear();
    m_advances.clear();
    m_measuredFont = font();
    m_measuredDpi = logicalDpiY();
}

int WrapButton::chromeWidth() const
{
    // Padding and border around the text, measured on a text wider than any minimum width.
    constexpr int Wide = 4000;
    QStyleOptionButton option = measuringOption();
    const QSize textSize(Wide, fontMetrics().height());
    option.rect.setSize(textSize);
    return style()->sizeFromContents(QStyle::CT_PushButton, &option, textSize, this).width() - Wide;
}

QSize WrapButton::oneLineSize() const
{
    return sizeForText(text().isEmpty() ? QStringLiteral("XXXX") : text());
}

QString WrapButton::wrappedText(int buttonWidth) const
{
    const int room = std::max(1, buttonWidth - chromeWidth());
    QStringList lines;
    for (const QString &paragraph : text().split(QLatin1Char('\n'))) {
        // A pixel or two of rounding is no reason for another line.
        if (advance(paragraph) <= room + 2)
            lines.append(paragraph);
        else
            lines.append(linesOf(paragraph, font(), room));
    }
    return lines.join(QLatin1Char('\n'));
}

QSize WrapButton::sizeHint() const
{
    const QSize oneLine = oneLineSize();
    if (width() <= 0 || width() >= oneLine.width())
        return oneLine;
    return {oneLine.width(), std::max(oneLine.height(), heightForWidth(width()))};
}

QSize WrapButton::minimumSizeHint() const
{
    int widest = 0;
    for (const QString &paragraph : text().split(QLatin1Char('\n')))
        linesOf(paragraph, font(), 0, &widest);
    const QSize oneLine = oneLineSize();
    return {std::min(oneLine.width(), widest + chromeWidth()), oneLine.height()};
}

bool WrapButton::hasHeightForWidth() const
{
    return true;
}

int WrapButton::heightForWidth(int width) const
{
    const int oneLine = oneLineSize().height();
    return std::max(oneLine, sizeForText(wrappedText(width)).height());
}

void WrapButton::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text = wrappedText(width());
    painter.drawControl(QStyle::CE_PushButton, option);
}

void WrapButton::resizeEvent(QResizeEvent *event)
{
    QPushButton::resizeEvent(event);
    // A different number of lines needs a different height: the layout asks again.
    const auto lines = int(wrappedText(event->size().width()).count(QLatin1Char('\n')));
    if (lines != m_lines) {
        m_lines = lines;
        updateGeometry();
    }
}

} // namespace pk
