// What the style really paints (issue #11, item 9): a check box's border and check mark and a list
// box's edge stand out at 3:1 or more against the page in the normal and the high-contrast look,
// and a chart in high contrast is drawn in black and white only. Measured on rendered pixels.
#include "common/theme.h"
#include "insights/barchart.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QStyleOptionButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace pk;

namespace {

struct Case
{
    const char *name;
    theme::Look look;
};

const Case looks[] = {{"normal", {false, 100}}, {"high contrast", {true, 100}}};

// The strongest contrast any of the pixels has against the ground colour.
double strongest(const QImage &image, const QList<QPoint> &pixels, const QColor &ground)
{
    double best = 1.0;
    for (const QPoint &p : pixels)
        best = std::max(best, theme::contrastRatio(image.pixelColor(p), ground));
    return best;
}

// A page in the look's background colour, as every screen has.
class Page : public QWidget
{
public:
    Page()
    {
        setObjectName(QStringLiteral("screenPage"));
        setAttribute(Qt::WA_StyledBackground);
        resize(320, 200);
    }
};

class AppStyleTest : public ::testing::Test
{
protected:
    void TearDown() override { theme::apply(*qApp); }
};

} // namespace

TEST_F(AppStyleTest, CheckBoxBorderAndMarkStandOutAtThreeToOne)
{
    for (const Case &c : looks) {
        theme::apply(*qApp, c.look);
        const theme::Colours k = theme::colours(c.look);
        Page page;
        auto *box = new QCheckBox(QStringLiteral("Less motion"), &page);
        box->setFocusPolicy(Qt::NoFocus); // the focus border is measured elsewhere
        box->move(20, 20);
        box->adjustSize();
        page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
        QStyleOptionButton option;
        option.initFrom(box);
        const QRect indicator = box->style()
                                    ->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box)
                                    .translated(box->pos());
        ASSERT_GE(indicator.width(), 16) << c.name;

        // Across the left edge of the box, from the page into the box: the border is there.
        QImage image = page.grab().toImage();
        const QColor ground = image.pixelColor(5, 5);
        ASSERT_EQ(ground.rgb(), k.background.rgb()) << c.name; // measured on the page's colour
        QList<QPoint> edge;
        for (int x = indicator.left(); x < indicator.left() + indicator.width() / 4; ++x)
            edge.append({x, indicator.center().y()});
        EXPECT_GE(strongest(image, edge, ground), 3.0) << c.name << " border";

        // Ticked: the mark in the middle of the box against the box's own fill.
        box->setChecked(true);
        image = page.grab().toImage();
        const QRect inner = indicator.adjusted(indicator.width() / 4, indicator.height() / 4,
                                               -indicator.width() / 4, -indicator.height() / 4);
        QList<QPoint> middle;
        for (int y = inner.top(); y <= inner.bottom(); ++y)
            for (int x = inner.left(); x <= inner.right(); ++x)
                middle.append({x, y});
        EXPECT_GE(strongest(image, middle, k.surface), 3.0) << c.name << " check mark";
    }
}

// At 200 % text the box grows with its words (it stayed 26 px beside 30 pt text), and a focused
// check box shows the one ring of the style sheet, with no tinted box behind its words.
TEST_F(AppStyleTest, CheckBoxGrowsWithTheTextAndHasOneFocusRing)
{
    for (int scale : {100, 200}) {
        theme::apply(*qApp, {false, scale});
        Page page;
        page.resize(700, 200);
        auto *box = new QCheckBox(QStringLiteral("Less motion"), &page);
        box->move(20, 20);
        box->adjustSize();
        page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        box->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(box->hasFocus());
        page.setAttribute(Qt::WA_KeyboardFocusChange); // as after Tab: focus is shown
        QStyleOptionButton option;
        option.initFrom(box);
        const QRect indicator =
            box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
        const QFontMetrics metrics(box->font());
        EXPECT_GE(indicator.height(), metrics.height() * 9 / 10) << scale << " %";

        // Behind the words: the page's own colour is by far the most common one.
        const QRect words = box->style()
                                ->subElementRect(QStyle::SE_CheckBoxContents, &option, box)
                                .adjusted(4, 4, -4, -4)
                                .translated(box->pos());
        const QImage image = page.grab().toImage();
        const QColor ground = image.pixelColor(5, 5);
        int plain = 0, all = 0;
        for (int y = words.top(); y <= words.bottom(); ++y) {
            for (int x = words.left(); x <= words.right(); ++x, ++all)
                plain += image.pixel(x, y) == ground.rgb() ? 1 : 0;
        }
        EXPECT_GT(plain * 2, all) << scale << " %: a tinted box behind the words";
    }
}

// A field's placeholder is drawn in the theme's placeholder colour: 4.5:1 on the white field in
// the normal look, 7:1 in high contrast, also for a field that was already there when the look
// changed (the style sheet alone drew it at half the text colour: 3.0:1 and 3.9:1).
TEST_F(AppStyleTest, PlaceholdersAreReadable)
{
    theme::apply(*qApp, {false, 100});
    Page page;
    auto *field = new QLineEdit(&page);
    field->setObjectName(QStringLiteral("planField"));
    field->setPlaceholderText(QStringLiteral("Name"));
    field->setFocusPolicy(Qt::NoFocus); // a focused field hides nothing, but keep it plain
    field->setGeometry(20, 20, 240, 48);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    for (const auto &[look, wanted] :
         {std::pair{theme::Look{false, 100}, 4.5}, std::pair{theme::Look{true, 100}, 7.0},
          std::pair{theme::Look{false, 100}, 4.5}}) {
        theme::apply(*qApp, look);
        QApplication::processEvents();
        const QImage image = field->grab().toImage();
        const QColor fill = image.pixelColor(image.width() - 12, image.height() / 2);
        QList<QPoint> words;
        for (int y = 8; y < image.height() - 8; ++y)
            for (int x = 8; x < image.width() / 2; ++x)
                words.append({x, y});
        EXPECT_GE(strongest(image, words, fill), wanted)
            << (look.highContrast ? "high contrast" : "normal");
    }
}

TEST_F(AppStyleTest, ListBoxEdgeStandsOutAtThreeToOne)
{
    for (const Case &c : looks) {
        theme::apply(*qApp, c.look);
        Page page;
        auto *combo = new QComboBox(&page);
        combo->setFocusPolicy(Qt::NoFocus);
        combo->addItem(QStringLiteral("Flanders"));
        combo->setGeometry(20, 60, 220, 48);
        page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
        const QImage image = page.grab().toImage();
        const QColor ground = image.pixelColor(5, 5);
        // Down through the top edge and up through the bottom edge, in the middle.
        const int x = combo->geometry().center().x();
        QList<QPoint> top, bottom;
        for (int d = 0; d < 4; ++d) {
            top.append({x, combo->geometry().top() + d});
            bottom.append({x, combo->geometry().bottom() - d});
        }
        EXPECT_GE(strongest(image, top, ground), 3.0) << c.name << " top edge";
        EXPECT_GE(strongest(image, bottom, ground), 3.0) << c.name << " bottom edge";
    }
}

TEST_F(AppStyleTest, ChartsInHighContrastAreBlackAndWhite)
{
    theme::apply(*qApp, {true, 100});
    Page page;
    auto *chart = new BarChart(&page);
    chart->setBars({3, 0, 5},
                   {QStringLiteral("Mon"), QStringLiteral("Tue"), QStringLiteral("Wed")});
    chart->setGeometry(10, 10, 300, 180);
    chart->setFocusPolicy(Qt::NoFocus); // its focus ring has the focus colour, tested elsewhere
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    const QImage image = chart->grab().toImage();
    int coloured = 0, dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor p = image.pixelColor(x, y);
            // Smoothed edges give greys; any tint is a colour of the normal look.
            if (std::max({p.red(), p.green(), p.blue()}) -
                    std::min({p.red(), p.green(), p.blue()}) >
                8)
                ++coloured;
            if (p.lightness() < 40)
                ++dark;
        }
    }
    EXPECT_EQ(coloured, 0);
    EXPECT_GT(dark, 100); // the bars, the base line and the frame are there, in black
    // The frame: the top edge in the middle is black against the white page.
    QList<QPoint> top;
    for (int y = 0; y < 4; ++y)
        top.append({image.width() / 2, y});
    EXPECT_GE(strongest(image, top, QColor(0xFF, 0xFF, 0xFF)), 7.0) << "frame";
}
