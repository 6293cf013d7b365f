// The theme's colours meet their contrast targets (issue #11, items 3 and 9): text 4.5:1 (7:1 in
// high contrast), placeholders too, field borders and non-text parts 3:1, and the focus ring 3:1
// against both the control's own fill and the background, in both looks.
#include "common/focusring.h"
#include "common/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyleOptionButton>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

using namespace pk;
using namespace pk::theme;

namespace {

struct Case
{
    const char *name;
    Look look;
    double text;
};

const Case looks[] = {{"normal", {false, 100}, 4.5}, {"high contrast", {true, 100}, 7.0}};

} // namespace

TEST(Theme, TextAndPlaceholdersAreReadableOnEveryBackground)
{
    for (const Case &c : looks) {
        const Colours k = colours(c.look);
        for (const QColor &ground : {k.background, k.calmBackground, k.surface}) {
            EXPECT_GE(contrastRatio(k.text, ground), c.text) << c.name;
            EXPECT_GE(contrastRatio(k.quietText, ground), c.text) << c.name;
        }
        EXPECT_GE(contrastRatio(k.placeholder, k.surface), c.text) << c.name << " placeholder";
        EXPECT_GE(contrastRatio(k.onAccent, k.accent), c.text) << c.name << " text on buttons";
    }
}

TEST(Theme, EdgesCircleBarAndChartsStandOutAtThreeToOne)
{
    for (const Case &c : looks) {
        const Colours k = colours(c.look);
        for (const QColor &ground : {k.background, k.calmBackground, k.surface}) {
            EXPECT_GE(contrastRatio(k.fieldBorder, ground), 3.0) << c.name << " field border";
            // The circle's edge, the bar's fill and chart bars use the accent.
            EXPECT_GE(contrastRatio(k.accent, ground), 3.0) << c.name << " accent";
        }
    }
}

TEST(Theme, TheFocusRingStandsOutAgainstTheFillAndTheBackground)
{
    for (const Case &c : looks) {
        const Colours k = colours(c.look);
        // Plain controls (surface fill): the ring itself against fill and background.
        EXPECT_GE(contrastRatio(k.focusRing, k.surface), 3.0) << c.name;
        for (const QColor &ground : {k.background, k.calmBackground})
            EXPECT_GE(contrastRatio(k.focusRing, ground), 3.0) << c.name;
        // Dark filled controls: a light inner line against the fill, then the ring outside.
        EXPECT_GE(contrastRatio(k.focusInner, k.accent), 3.0) << c.name;
        EXPECT_GE(contrastRatio(k.focusRing, k.focusInner), 3.0) << c.name;
    }
}

TEST(Theme, AFocusedPrimaryButtonGetsTheOuterRing)
{
    QWidget window;
    window.resize(400, 300);
    auto *plain = new QPushButton(QStringLiteral("Plain"), &window);
    auto *primary = new QPushButton(QStringLiteral("Primary"), &window);
    plain->move(20, 20);
    primary->move(20, 120);
    setRole(primary, "primary");
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    primary->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(primary->hasFocus());
    ASSERT_NE(FocusRing::instance(), nullptr);
    EXPECT_EQ(FocusRing::instance()->target(), primary);
    EXPECT_TRUE(FocusRing::instance()->isVisible());
    EXPECT_TRUE(FocusRing::instance()->geometry().contains(primary->geometry()));
    plain->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(plain->hasFocus());
    EXPECT_EQ(FocusRing::instance()->target(), nullptr); // its own dark border is the ring
}

TEST(Theme, HighContrastSheetUsesOnlyBlackWhiteAndTheFocusColour)
{
    const QString sheet = styleSheetFor({true, 100});
    static const QRegularExpression colour(QStringLiteral("#[0-9A-Fa-f]{6}\\b"));
    for (const QRegularExpressionMatch &m : colour.globalMatch(sheet)) {
        const QString hex = m.captured().toUpper();
        EXPECT_TRUE(hex == QStringLiteral("#000000") || hex == QStringLiteral("#FFFFFF") ||
                    hex == QStringLiteral("#D35400"))
            << hex.toStdString();
    }
}

// A quiet link's focus ring keeps room around its words at every text size: its side padding
// grows with the text (it was 14 px, so at 200 % the ring touched the first and last letters).
TEST(Theme, AQuietLinksRingKeepsRoomAroundItsWordsAtTwiceTheTextSize)
{
    for (int scale : {100, 200}) {
        apply(*qApp, {false, scale});
        QWidget window;
        auto *link = new QPushButton(QStringLiteral("Instellingen"), &window);
        setRole(link, "quiet");
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        link->adjustSize();
        const QFontMetrics metrics(link->font());
        const int room = (link->width() - metrics.horizontalAdvance(link->text())) / 2;
        EXPECT_GE(room, metrics.height() / 2) << scale << " %";
    }
    apply(*qApp);
}

// Cards drawn by the style sheet keep a visible edge in high contrast: "No pauses yet" on My
// pauses and the calm note lost theirs (a light edge on a white card turned white).
TEST(Theme, CardsKeepTheirEdgeInHighContrast)
{
    apply(*qApp, {true, 100});
    for (const char *name : {"emptyState", "calmNote"}) {
        QWidget window;
        window.resize(400, 200);
        auto *card = new QLabel(QStringLiteral("No pauses yet, and that is fine."), &window);
        card->setObjectName(QString::fromLatin1(name));
        card->setGeometry(20, 20, 360, 120);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        const QImage image = card->grab().toImage();
        // The middle of the left edge, where only the border is painted.
        const QColor edge = image.pixelColor(0, image.height() / 2);
        EXPECT_GE(contrastRatio(edge, Qt::white), 3.0)
            << name << " edge " << qPrintable(edge.name());
    }
    apply(*qApp);
}

// A page that scrolls shows it: the scroll bar's handle stands out from the screen at 3:1 in
// both looks (it was a pale grey on pale beige, easy to miss at 200 % text on a small screen).
TEST(Theme, TheScrollBarHandleIsClearlyVisible)
{
    for (bool highContrast : {false, true}) {
        apply(*qApp, {highContrast, 100});
        QWidget window;
        window.setObjectName(QStringLiteral("homeScreen"));
        window.setAttribute(Qt::WA_StyledBackground);
        window.resize(300, 200);
        auto *scroll = new QScrollArea(&window);
        scroll->setGeometry(window.rect());
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->viewport()->setAutoFillBackground(false);
        auto *tall = new QWidget;
        tall->setObjectName(QStringLiteral("homeBody"));
        tall->setMinimumSize(200, 1000);
        scroll->setWidget(tall);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        QScrollBar *bar = scroll->verticalScrollBar();
        ASSERT_TRUE(bar->isVisible());
        EXPECT_GE(bar->width(), 12);
        const QImage image = window.grab().toImage();
        const QPoint inBar = bar->mapTo(&window, QPoint(bar->width() / 2, 24));
        const QColor handle = image.pixelColor(inBar);
        const QColor ground = image.pixelColor(20, 100);
        EXPECT_GE(contrastRatio(handle, ground), 3.0)
            << (highContrast ? "high contrast" : "calm") << " handle " << qPrintable(handle.name())
            << " on " << qPrintable(ground.name());
    }
    apply(*qApp);
}

// A focused check box's ring keeps a gap around the box itself, at every text size (at 200 %
// the ring lay on the box's edge), and focus moves nothing.
TEST(Theme, AFocusedCheckBoxsRingKeepsAGapAroundItsBox)
{
    for (int scale : {100, 200}) {
        apply(*qApp, {false, scale});
        QWidget window;
        window.setObjectName(QStringLiteral("homeScreen"));
        window.setAttribute(Qt::WA_StyledBackground);
        auto *layout = new QVBoxLayout(&window);
        auto *box = new QCheckBox(QStringLiteral("Zachte klanken"), &window);
        box->setChecked(true);
        layout->addWidget(box);
        layout->addWidget(new QPushButton(QStringLiteral("Other"), &window));
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        const QRect before = box->geometry();
        box->setFocus(Qt::TabFocusReason);
        QTest::qWait(20);
        EXPECT_EQ(box->geometry(), before) << scale << " %";
        QStyleOptionButton option;
        option.initFrom(box);
        option.state |= QStyle::State_HasFocus;
        const QRect indicator =
            box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
        const QImage image = box->grab().toImage();
        const QColor ring = colours({false, scale}).focusRing;
        const QColor edge = image.pixelColor(1, box->height() / 2);
        EXPECT_EQ(edge, ring) << scale << " % the ring is there";
        // Between the ring (3 px) and the box: at least two pixels that are not the ring.
        for (int gap = 1; gap <= 2; ++gap) {
            EXPECT_NE(image.pixelColor(indicator.left() - gap, indicator.center().y()), ring)
                << scale << " % left of the box";
            EXPECT_NE(image.pixelColor(indicator.center().x(), indicator.top() - gap), ring)
                << scale << " % above the box";
            EXPECT_NE(image.pixelColor(indicator.center().x(), indicator.bottom() + gap), ring)
                << scale << " % under the box";
        }
        EXPECT_GE(indicator.top(), 5) << scale << " %";
        EXPECT_LE(indicator.bottom(), box->height() - 6) << scale << " %";
    }
    apply(*qApp);
}
