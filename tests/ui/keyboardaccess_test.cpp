// Keyboard only: Tab reaches every control of every screen and pause step in reading order
// (mirrored in Arabic), Enter and Space press every button, lists of choices work with arrows.
#include "access/focusorder.h"
#include "breathing/breathingview.h"
#include "breathing/exercisechooser.h"
#include "breathing/ownpatterneditor.h"
#include "home/homescreen.h"
#include "pause/pausescreen.h"
#include "pause/walkawaycard.h"
#include "shell/mainwindow.h"
#include "support/testsupport.h"
#include "tips/tipcard.h"
#include "tips/tipsscreen.h"
#include "ui/accesstour.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace pk;
using pk::test::AccessTour;

namespace {

QRect pageRect(const QWidget *widget);

QString describe(const QWidget *widget)
{
    if (!widget)
        return QStringLiteral("(nothing)");
    QString text = widget->accessibleName();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget);
        button && text.isEmpty())
        text = button->text();
    const QRect r = pageRect(widget);
    return QStringLiteral("%1 \"%2\" [%3,%4 %5x%6]")
        .arg(QLatin1String(widget->metaObject()->className()), text)
        .arg(r.x())
        .arg(r.y())
        .arg(r.width())
        .arg(r.height());
}

bool isExclusiveChoice(const QWidget *widget)
{
    const auto *button = qobject_cast<const QAbstractButton *>(widget);
    if (!button || !button->isCheckable())
        return false;
    return button->group() ? button->group()->exclusive() : button->autoExclusive();
}

bool insideCompound(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *p = widget->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p) ||
            qobject_cast<const QAbstractItemView *>(p))
            return true;
    }
    return false;
}

// What a person can operate on screen, found without the app's own notion of focus order.
QList<QWidget *> operableWidgets(QWidget *window)
{
    QList<QWidget *> result;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !widget->isEnabled() || widget->window() != window ||
            widget->focusProxy() || insideCompound(widget, window))
            continue;
        if ((widget->focusPolicy() & Qt::TabFocus) || isExclusiveChoice(widget))
            result.append(widget);
    }
    return result;
}

// Where a widget sits on its page, as if no scroll area were scrolled: the reading order of
// a long page does not change when it scrolls.
QRect pageRect(const QWidget *widget)
{
    QPoint at;
    for (const QWidget *w = widget; w && !w->isWindow(); w = w->parentWidget()) {
        const QWidget *viewport = w->parentWidget();
        const auto *scroll =
            viewport ? qobject_cast<const QScrollArea *>(viewport->parentWidget()) : nullptr;
        if (!(scroll && scroll->widget() == w))
            at += w->pos();
    }
    return QRect(at, widget->size());
}

// b comes after a when read like a page: the next row down, further along the same row, into
// a container, or up into a column further along. In right-to-left, "along" is leftwards.
bool readsAfter(QRect a, QRect b, bool rightToLeft)
{
    if (a.contains(b))
        return true;
    if (rightToLeft) {
        a = QRect(-a.right(), a.top(), a.width(), a.height());
        b = QRect(-b.right(), b.top(), b.width(), b.height());
    }
    constexpr int slack = 4;
    const bool sameRow = b.top() < a.bottom() - slack && a.top() < b.bottom() - slack;
    if (sameRow)
        return b.center().x() > a.center().x();
    if (b.top() >= a.bottom() - slack)
        return true;
    return b.left() >= a.right() - slack;
}

// A key to what has focus, then what the event loop does before the next key.
void press(Qt::Key key)
{
    QTest::keyClick(QApplication::focusWidget(), key);
    AccessTour::settle();
}

// Tab from the focus the place gives until a stop comes round again: the cycle of stops,
// starting at the first stop Tab reached.
QList<QWidget *> tabCycle(bool forward = true)
{
    QList<QWidget *> seen;
    QWidget *start = QApplication::focusWidget();
    if (!start)
        return seen;
    seen.append(start);
    for (int i = 0; i < 200; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab,
                        forward ? Qt::NoModifier : Qt::ShiftModifier);
        QWidget *now = QApplication::focusWidget();
        if (!now)
            break;
        if (const auto at = seen.indexOf(now); at >= 0)
            return seen.mid(at);
        EXPECT_FALSE(now->visibleRegion().isEmpty())
            << "Tab focused something out of sight: " << describe(now).toStdString();
        seen.append(now);
    }
    return {};
}

class KeyboardAccess : public ::testing::Test
{
protected:
    void checkEveryPlace(const QString &language)
    {
        AccessTour tour;
        for (const QString &place : AccessTour::places()) {
            SCOPED_TRACE(place.toStdString() + " in " + language.toStdString());
            ASSERT_TRUE(tour.open(place)) << tour.problem().toStdString();
            tour.setLanguage(language);
            QWidget *window = tour.activeWindow();
            ASSERT_TRUE(QApplication::focusWidget()) << "nothing has focus";
            const QList<QWidget *> cycle = tabCycle();
            ASSERT_GE(cycle.size(), 2);

            // Reachable: every operable widget, or for a group of choices one of them.
            for (QWidget *widget : operableWidgets(window)) {
                bool reached = cycle.contains(widget);
                for (QWidget *stop : cycle) {
                    const auto *a = qobject_cast<QAbstractButton *>(stop);
                    const auto *b = qobject_cast<QAbstractButton *>(widget);
                    if (!reached && a && b && isExclusiveChoice(a) && isExclusiveChoice(b) &&
                        (a->group() ? a->group() == b->group()
                                    : a->parentWidget() == b->parentWidget()))
                        reached = true;
                }
                EXPECT_TRUE(reached) << "Tab never reaches " << describe(widget).toStdString();
            }
            // In reading order: going round once, the order breaks exactly once (at the wrap).
            const bool rightToLeft = window->isRightToLeft();
            QStringList breaks;
            for (int i = 0; i < cycle.size(); ++i) {
                QWidget *a = cycle.at(i);
                QWidget *b = cycle.at((i + 1) % cycle.size());
                if (!readsAfter(pageRect(a), pageRect(b), rightToLeft))
                    breaks << describe(a) + QStringLiteral(" -> ") + describe(b);
            }
            EXPECT_EQ(breaks.size(), 1) << breaks.join(QStringLiteral("\n")).toStdString();
            // Shift+Tab goes the same way back.
            QList<QWidget *> back = tabCycle(false);
            std::reverse(back.begin(), back.end());
            ASSERT_EQ(back.size(), cycle.size());
            const auto shift = cycle.indexOf(back.constFirst());
            ASSERT_GE(shift, 0);
            std::rotate(back.begin(), back.end() - shift, back.end());
            EXPECT_EQ(back, cycle);
            tour.setLanguage(QStringLiteral("en"));
        }
    }
};

} // namespace

TEST_F(KeyboardAccess, TabReachesEveryControlOfEveryScreenInReadingOrder)
{
    checkEveryPlace(QStringLiteral("en"));
}

TEST_F(KeyboardAccess, TabFollowsTheMirroredLayoutInArabic)
{
    checkEveryPlace(QStringLiteral("ar"));
}

TEST_F(KeyboardAccess, EnterAndSpacePressEveryButtonOfEveryScreen)
{
    AccessTour tour;
    pk::test::DialogCloser dialogs;
    int pressed = 0;
    for (const QString &place : AccessTour::places()) {
        SCOPED_TRACE(place.toStdString());
        ASSERT_TRUE(tour.open(place)) << tour.problem().toStdString();
        QList<int> buttons;
        const QList<QWidget *> stops = tabCycle();
        for (int i = 0; i < stops.size(); ++i) {
            if (qobject_cast<QPushButton *>(stops.at(i)))
                buttons.append(i);
        }
        // Pressing a button may change the place (a saved tip, a chosen length): each press
        // starts from the place freshly opened, and finds its button by its position in the cycle.
        for (const int i : std::as_const(buttons)) {
            for (const Qt::Key key : {Qt::Key_Return, Qt::Key_Space}) {
                ASSERT_TRUE(tour.open(place)) << tour.problem().toStdString();
                const QList<QWidget *> again = tabCycle();
                ASSERT_LT(i, again.size());
                auto *button = qobject_cast<QPushButton *>(again.at(i));
                ASSERT_TRUE(button) << describe(again.at(i)).toStdString();
                button->setFocus(Qt::TabFocusReason);
                QSignalSpy clicked(button, &QAbstractButton::clicked);
                QTest::keyClick(button, key);
                EXPECT_EQ(clicked.count(), 1)
                    << describe(button).toStdString() << " with " << QTest::toString(key);
                ++pressed;
            }
        }
    }
    EXPECT_GT(pressed, 100);
}

TEST_F(KeyboardAccess, ForwardTabReachesWhatItUsedToSkip)
{
    AccessTour tour;
    const auto reachedForward = [](QAbstractButton *target) {
        return target && tabCycle().contains(target);
    };
    ASSERT_TRUE(tour.open(QStringLiteral("home")));
    EXPECT_TRUE(reachedForward(tour.button(QStringLiteral("Danger? Call 112"))));
    ASSERT_TRUE(tour.open(QStringLiteral("pause.walkaway")));
    EXPECT_TRUE(reachedForward(tour.window()->pause()->walkAwayCard()->minutesButton(2)));
    ASSERT_TRUE(tour.open(QStringLiteral("pause.ownpattern")));
    OwnPatternEditor *editor = tour.window()->pause()->ownPatternEditor();
    editor->field(CustomPattern::Field::HoldOut)->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Tab);
    EXPECT_EQ(describe(QApplication::focusWidget()), describe(tour.button(QStringLiteral("Back"))));
    press(Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), editor->saveButton());
}

TEST_F(KeyboardAccess, ExercisesAndDurationsAreChosenWithArrowsAndStartedWithEnter)
{
    AccessTour tour;
    ASSERT_TRUE(tour.open(QStringLiteral("pause.chooser")));
    PauseScreen *pause = tour.window()->pause();
    ExerciseChooser *chooser = pause->chooser();
    const QString first = chooser->selectedId();
    // Tab lands on the chosen exercise, not on the first of the list.
    QWidget *focus = nullptr;
    for (int i = 0; i < 30 && !qobject_cast<QPushButton *>(focus = QApplication::focusWidget());
         ++i)
        QTest::keyClick(focus, Qt::Key_Tab);
    for (int i = 0; i < 30 && QApplication::focusWidget() != chooser->exerciseButton(first); ++i)
        press(Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), chooser->exerciseButton(first));

    press(Qt::Key_Down);
    const QString second = chooser->selectedId();
    EXPECT_NE(second, first);
    EXPECT_EQ(QApplication::focusWidget(), chooser->exerciseButton(second));
    EXPECT_TRUE(chooser->exerciseButton(second)->isChecked());
    press(Qt::Key_Up);
    EXPECT_EQ(chooser->selectedId(), first);
    press(Qt::Key_Down);
    ASSERT_EQ(chooser->selectedId(), second);

    // Tab leaves the list for the lengths: the chosen one; Right picks the next length.
    QWidget *chosenLength = chooser->choiceButton(chooser->selectedChoice());
    for (int i = 0; i < 10 && QApplication::focusWidget() != chosenLength; ++i)
        press(Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), chosenLength);
    const int before = chooser->selectedChoice();
    press(Qt::Key_Right);
    const int after = chooser->selectedChoice();
    EXPECT_NE(after, before);
    for (int i = 0; i < 10 && QApplication::focusWidget() != chooser->startButton(); ++i)
        press(Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), chooser->startButton());
    press(Qt::Key_Return);
    EXPECT_EQ(pause->step(), PauseScreen::Step::Breathing);
    EXPECT_EQ(pause->breathingView()->exerciseId(), second);
}

TEST_F(KeyboardAccess, FocusOrderListsAWindowsStopsOnce)
{
    AccessTour tour;
    ASSERT_TRUE(tour.open(QStringLiteral("settings")));
    const QList<QWidget *> stops = FocusOrder::stops(tour.window());
    EXPECT_EQ(QSet<QWidget *>(stops.cbegin(), stops.cend()).size(), stops.size());
    EXPECT_EQ(FocusOrder::next(stops.constLast(), true), stops.constFirst());
    EXPECT_EQ(FocusOrder::next(stops.constFirst(), false), stops.constLast());
}

TEST_F(KeyboardAccess, TipSituationsAreOneStopChosenWithTheArrows)
{
    AccessTour tour;
    ASSERT_TRUE(tour.open(QStringLiteral("tips")));
    auto *tips = qobject_cast<TipsScreen *>(tour.window()->screen(QStringLiteral("tips")));
    ASSERT_TRUE(tips);
    const QList<QPushButton *> situations = tips->situationButtons();
    ASSERT_GE(situations.size(), 2);
    const std::optional<Situation> first = tips->currentSituation();
    ASSERT_TRUE(first);
    // Tab reaches the list once, on the chosen situation.
    int stopsOnTheList = 0;
    QWidget *landed = nullptr;
    for (QWidget *stop : tabCycle()) {
        if (situations.contains(stop) || stop == tips->favouritesButton()) {
            ++stopsOnTheList;
            landed = stop;
        }
    }
    EXPECT_EQ(stopsOnTheList, 1);
    ASSERT_TRUE(landed);
    EXPECT_TRUE(qobject_cast<QPushButton *>(landed)->isChecked());
    landed->setFocus(Qt::TabFocusReason);
    const QString firstTip =
        tips->cards().isEmpty() ? QString() : tips->cards().constFirst()->text();
    press(Qt::Key_Down);
    EXPECT_NE(tips->currentSituation(), first);
    EXPECT_TRUE(qobject_cast<QPushButton *>(QApplication::focusWidget())->isChecked());
    ASSERT_FALSE(tips->cards().isEmpty());
    EXPECT_NE(tips->cards().constFirst()->text(), firstTip) << "the tips of the new situation";
    press(Qt::Key_Up);
    EXPECT_EQ(tips->currentSituation(), first);
}
