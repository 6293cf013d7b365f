// The small parts that keep 200 % text and long translations whole: a button that wraps its
// words, a row that wraps its buttons, and a focus ring that stays on its control when a list
// scrolls.
#include "common/flowlayout.h"
#include "common/focusring.h"
#include "common/theme.h"
#include "common/wrapbutton.h"

#include <QApplication>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

using namespace pk;

TEST(WrapButton, ANarrowButtonGrowsTallerInsteadOfCuttingItsWords)
{
    WrapButton button(QStringLiteral("Meine Menschen und alle Hilfsangebote"));
    button.ensurePolished();
    const QSize oneLine = button.sizeHint();
    const int narrow = oneLine.width() / 2;
    EXPECT_GT(button.heightForWidth(narrow), oneLine.height());
    EXPECT_EQ(button.heightForWidth(oneLine.width()), oneLine.height());
    // Broken between words, every word whole, the text itself unchanged.
    const QString painted = button.wrappedText(narrow);
    EXPECT_TRUE(painted.contains(QLatin1Char('\n')));
    EXPECT_EQ(QString(painted).replace(QLatin1Char('\n'), QLatin1Char(' ')), button.text());
    EXPECT_EQ(button.text(), QStringLiteral("Meine Menschen und alle Hilfsangebote"));
    // Never narrower than its longest word.
    const int word = button.fontMetrics().horizontalAdvance(QStringLiteral("Hilfsangebote"));
    EXPECT_GT(button.minimumSizeHint().width(), word);
    EXPECT_LT(button.minimumSizeHint().width(), oneLine.width());
}

TEST(WrapButton, ANewTextOrAnotherFontChangesItsSize)
{
    // Its sizes are remembered: a new text, a bigger font (200 % text) or a smaller one must
    // still give the size of what it shows now.
    WrapButton button(QStringLiteral("Pause"));
    button.ensurePolished();
    const QSize small = button.sizeHint();
    button.setText(QStringLiteral("Pause and breathe for a while"));
    const QSize longer = button.sizeHint();
    EXPECT_GT(longer.width(), small.width());
    EXPECT_FALSE(button.wrappedText(longer.width()).contains(QLatin1Char('\n')));
    QFont font = button.font();
    font.setPointSizeF(font.pointSizeF() * 2);
    button.setFont(font);
    const QSize bigger = button.sizeHint();
    EXPECT_GT(bigger.width(), longer.width());
    EXPECT_GT(bigger.height(), longer.height());
    EXPECT_GT(button.heightForWidth(longer.width()), bigger.height());
    EXPECT_TRUE(button.wrappedText(longer.width()).contains(QLatin1Char('\n')));
    font.setPointSizeF(font.pointSizeF() / 2);
    button.setFont(font);
    EXPECT_EQ(button.sizeHint(), longer);
    button.setText(QStringLiteral("Pause"));
    EXPECT_EQ(button.sizeHint(), small);
}

TEST(WrapButton, FocusDoesNotChangeItsLines)
{
    // The focused look has a thicker border; the words must not jump to another line for it.
    QWidget window;
    auto *button = new WrapButton(QStringLiteral("Ich brauche Hilfe"), &window);
    auto *other = new WrapButton(QStringLiteral("Anders"), &window);
    other->move(0, 100);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QSize oneLine = button->sizeHint();
    button->resize(oneLine);
    const QString unfocused = button->wrappedText(oneLine.width());
    window.activateWindow();
    button->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(button->hasFocus());
    EXPECT_EQ(button->wrappedText(oneLine.width()), unfocused);
    EXPECT_EQ(button->heightForWidth(oneLine.width()), oneLine.height());
}

namespace {

// A window with a row of three buttons in a flow layout, laid out at this width.
struct Row
{
    QWidget window;
    FlowLayout *flow = new FlowLayout;
    QList<QPushButton *> buttons;

    explicit Row(Qt::LayoutDirection direction = Qt::LeftToRight)
    {
        window.setLayoutDirection(direction);
        auto *layout = new QVBoxLayout(&window);
        layout->addLayout(flow);
        layout->addStretch(1);
        for (const char *text : {"Save a summary", "About your privacy", "Delete everything"}) {
            buttons.append(new WrapButton(QString::fromLatin1(text)));
            flow->addWidget(buttons.last());
        }
    }
    void layOut(int width)
    {
        window.resize(width, 600);
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
        QApplication::processEvents();
    }
};

} // namespace

TEST(FlowLayout, ARowThatDoesNotFitWrapsOntoMoreLinesWithoutOverlap)
{
    Row row;
    int oneLine = 0;
    for (QPushButton *button : row.buttons)
        oneLine += button->sizeHint().width();
    row.layOut(oneLine + 200);
    EXPECT_EQ(row.flow->lineCount(), 1);
    EXPECT_EQ(row.buttons.at(0)->y(), row.buttons.at(2)->y());

    row.layOut(oneLine * 2 / 3);
    EXPECT_GE(row.flow->lineCount(), 2);
    for (int i = 0; i < row.buttons.size(); ++i) {
        QPushButton *button = row.buttons.at(i);
        EXPECT_TRUE(row.window.rect().contains(button->geometry())) << i;
        EXPECT_GE(button->width(), button->sizeHint().width()) << "whole, not squeezed: " << i;
        for (int j = i + 1; j < row.buttons.size(); ++j)
            EXPECT_FALSE(button->geometry().intersects(row.buttons.at(j)->geometry())) << i << j;
    }
    // Reading order kept: the first button starts the first line.
    EXPECT_LE(row.buttons.at(0)->y(), row.buttons.at(2)->y());
    EXPECT_LT(row.buttons.at(0)->x(), row.buttons.at(1)->x() + row.buttons.at(1)->width());
}

TEST(FlowLayout, RightToLeftStartsEachLineOnTheRight)
{
    Row row(Qt::RightToLeft);
    row.layOut(2000);
    EXPECT_GT(row.buttons.at(0)->x(), row.buttons.at(1)->x());
    EXPECT_GT(row.buttons.at(1)->x(), row.buttons.at(2)->x());
    EXPECT_GT(row.buttons.at(0)->geometry().right(), 2000 - 40);
}

TEST(FlowLayout, AButtonWiderThanTheLineGetsTheLineAndWrapsItsWords)
{
    Row row;
    const int narrow = row.buttons.at(1)->minimumSizeHint().width() + 30;
    row.layOut(narrow);
    QPushButton *button = row.buttons.at(1);
    EXPECT_LE(button->width(), narrow);
    EXPECT_GE(button->height(), button->heightForWidth(button->width()));
}

TEST(FocusRing, StaysOnItsControlWhenTheListScrolls)
{
    QWidget window;
    window.resize(400, 300);
    auto *layout = new QVBoxLayout(&window);
    auto *area = new QScrollArea;
    layout->addWidget(area);
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    for (int i = 0; i < 12; ++i)
        column->addWidget(new QPushButton(QStringLiteral("Plain %1").arg(i)));
    auto *primary = new QPushButton(QStringLiteral("Call"));
    theme::setRole(primary, "primary");
    column->insertWidget(4, primary);
    area->setWidget(content);
    area->setWidgetResizable(true);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    primary->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(primary->hasFocus());
    FocusRing *ring = FocusRing::instance();
    ASSERT_NE(ring, nullptr);
    ASSERT_EQ(ring->target(), primary);
    // Drawn on the list's viewport, so it is cut off where the control is.
    EXPECT_EQ(ring->parentWidget(), area->viewport());
    const auto around = [&] {
        return ring->geometry().contains(
            QRect(primary->mapTo(area->viewport(), QPoint(0, 0)), primary->size()));
    };
    EXPECT_TRUE(around());
    area->verticalScrollBar()->setValue(area->verticalScrollBar()->value() + 60);
    QApplication::processEvents();
    EXPECT_TRUE(around()) << "the ring stayed where the control was before scrolling";
}
