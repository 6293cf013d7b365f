// The mouse wheel scrolls pages; it changes a list, slider or spin box only while that control
// has keyboard focus, so scrolling Settings or My pauses never changes a setting by accident.
#include "access/wheelguard.h"
#include "settings/settings.h"
#include "shell/appshell.h"
#include "shell/mainwindow.h"
#include "support/testsupport.h"
#include "ui/accesstour.h"

#include <QApplication>
#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QWheelEvent>

#include <gtest/gtest.h>

using namespace pk;
using pk::test::AccessTour;

namespace {

// One notch of the wheel, downwards, over the middle of a widget.
void wheelDown(QWidget *widget)
{
    const QPointF local(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent event(local, widget->mapToGlobal(local), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

QScrollBar *pageScrollBar(QWidget *control)
{
    for (QWidget *p = control->parentWidget(); p; p = p->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(p))
            return area->verticalScrollBar();
    }
    return nullptr;
}

template <typename T>
T *control(MainWindow *window, Settings::Key key)
{
    return window->findChild<T *>(Settings::keyName(key) + QStringLiteral("/control"));
}

} // namespace

TEST(WheelAccess, ScrollingSettingsScrollsThePageAndChangesNothing)
{
    AccessTour tour;
    ASSERT_TRUE(tour.open(QStringLiteral("settings")));
    Settings *settings = tour.shell()->settings();
    auto *region = control<QComboBox>(tour.window(), Settings::Key::Region);
    auto *volume = control<QSlider>(tour.window(), Settings::Key::SoundVolume);
    ASSERT_TRUE(region && volume);
    const QVariant regionBefore = settings->value(Settings::Key::Region);
    const QVariant volumeBefore = settings->value(Settings::Key::SoundVolume);
    QScrollBar *page = pageScrollBar(region);
    ASSERT_TRUE(page);
    ASSERT_GT(page->maximum(), 0) << "the settings page is expected to scroll at 960x700";
    page->setValue(0);

    wheelDown(region);
    EXPECT_EQ(region->currentIndex(), region->findData(regionBefore));
    EXPECT_EQ(settings->value(Settings::Key::Region), regionBefore);
    EXPECT_GT(page->value(), 0) << "the page under the list scrolls instead";
    const int scrolled = page->value();
    wheelDown(volume);
    EXPECT_EQ(settings->value(Settings::Key::SoundVolume), volumeBefore);
    EXPECT_GT(page->value(), scrolled);
    EXPECT_FALSE(region->hasFocus()) << "the wheel gives no focus";
}

TEST(WheelAccess, AFocusedListStillFollowsTheWheel)
{
    AccessTour tour;
    ASSERT_TRUE(tour.open(QStringLiteral("settings")));
    auto *region = control<QComboBox>(tour.window(), Settings::Key::Region);
    ASSERT_TRUE(region);
    region->setFocus(Qt::TabFocusReason);
    ASSERT_TRUE(region->hasFocus());
    const int before = region->currentIndex();
    wheelDown(region);
    EXPECT_NE(region->currentIndex(), before);
    EXPECT_EQ(tour.shell()->settings()->value(Settings::Key::Region),
              region->itemData(region->currentIndex()));
}

TEST(WheelAccess, RetentionOnMyPausesIgnoresAWheelPassingBy)
{
    AccessTour tour;
    ASSERT_TRUE(tour.open(QStringLiteral("insights")));
    auto *retention = tour.window()->findChild<QComboBox *>(QStringLiteral("retentionChoice"));
    ASSERT_TRUE(retention && retention->isVisible());
    const QVariant before = tour.shell()->settings()->value(Settings::Key::RetentionDays);
    wheelDown(retention);
    EXPECT_EQ(tour.shell()->settings()->value(Settings::Key::RetentionDays), before);
}

TEST(WheelAccess, GuardedControlsAreListsSlidersAndSpinBoxesNotScrollBars)
{
    QWidget page;
    auto *combo = new QComboBox(&page);
    auto *slider = new QSlider(&page);
    auto *spin = new QSpinBox(&page);
    auto *bar = new QScrollBar(&page);
    EXPECT_EQ(WheelGuard::guardedControl(combo), combo);
    EXPECT_EQ(WheelGuard::guardedControl(slider), slider);
    EXPECT_EQ(WheelGuard::guardedControl(spin), spin);
    const QList<QWidget *> insideSpin = spin->findChildren<QWidget *>();
    ASSERT_FALSE(insideSpin.isEmpty());
    EXPECT_EQ(WheelGuard::guardedControl(insideSpin.constFirst()), spin);
    EXPECT_EQ(WheelGuard::guardedControl(bar), nullptr);
    EXPECT_EQ(WheelGuard::guardedControl(&page), nullptr);
    page.show();
    QCoreApplication::processEvents();
    EXPECT_EQ(combo->focusPolicy(), Qt::StrongFocus) << "the wheel no longer gives focus";
    EXPECT_EQ(spin->focusPolicy(), Qt::StrongFocus);
}
