#include "home/homescreen.h"
#include "settings/settings.h"
#include "shell/appshell.h"
#include "shell/mainwindow.h"
#include "support/testsupport.h"
#include "tray/appicon.h"
#include "tray/trayicon.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QMenu>
#include <QPainter>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace pk;

namespace {

std::unique_ptr<AppShell> startedApp(const QTemporaryDir &dir)
{
    StartOptions options;
    options.dataDir = dir.path();
    options.language = QStringLiteral("en");
    auto shell = std::make_unique<AppShell>(options);
    shell->start();
    return shell;
}

} // namespace

TEST(TrayIcon, MenuOffersThePauseAndTheWayOut)
{
    QTemporaryDir dir;
    auto shell = startedApp(dir);
    TrayIcon tray(shell->window(), shell->settings());
    QStringList texts;
    for (QAction *action : tray.menu()->actions()) {
        if (!action->isSeparator() && action->isVisible())
            texts.append(action->text());
    }
    EXPECT_EQ(texts.constFirst(), QStringLiteral("Pause now"));
    EXPECT_TRUE(texts.contains(QStringLiteral("Open Pauzeknop")));
    EXPECT_EQ(texts.constLast(), QStringLiteral("Quit"));
    // Breathe and Who can help follow the home doors that exist.
    EXPECT_EQ(tray.action(QStringLiteral("breathe"))->isVisible(),
              shell->window()->home()->door(QStringLiteral("breathe")) != nullptr);
    EXPECT_EQ(tray.action(QStringLiteral("helplines"))->isVisible(),
              shell->window()->home()->door(QStringLiteral("helplines")) != nullptr);
    EXPECT_FALSE(QApplication::quitOnLastWindowClosed());

    QSignalSpy pause(&tray, &TrayIcon::pauseRequested);
    QSignalSpy quit(&tray, &TrayIcon::quitRequested);
    tray.action(QStringLiteral("pause"))->trigger();
    Q_EMIT tray.icon()->activated(QSystemTrayIcon::Trigger); // a left click
    tray.action(QStringLiteral("quit"))->trigger();
    EXPECT_EQ(pause.count(), 2);
    EXPECT_EQ(quit.count(), 1);

    shell->window()->hide();
    tray.action(QStringLiteral("open"))->trigger();
    EXPECT_TRUE(shell->window()->isVisible());
}

TEST(TrayIcon, WithoutATrayClosingQuitsAsUsual)
{
    QTemporaryDir dir;
    auto shell = startedApp(dir);
    // The offscreen test platform has no tray: nothing is created, nothing changes.
    if (QSystemTrayIcon::isSystemTrayAvailable())
        GTEST_SKIP() << "this desktop has a tray";
    EXPECT_EQ(TrayIcon::createIfAvailable(shell->window(), shell->settings()), nullptr);
    EXPECT_TRUE(QApplication::quitOnLastWindowClosed());
}

TEST(TrayIcon, MenuIsRetranslated)
{
    QTemporaryDir dir;
    auto shell = startedApp(dir);
    TrayIcon tray(shell->window(), shell->settings());
    shell->setLanguage(QStringLiteral("nl"));
    QCoreApplication::sendPostedEvents();
    EXPECT_NE(tray.action(QStringLiteral("pause"))->text(), QStringLiteral("Pause now"));
    shell->setLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents();
    EXPECT_EQ(tray.action(QStringLiteral("pause"))->text(), QStringLiteral("Pause now"));
}

TEST(TrayIcon, ClosingTheWindowKeepsTheAppInTheTrayAndSaysSoOnce)
{
    QTemporaryDir dir;
    auto shell = startedApp(dir);
    TrayIcon tray(shell->window(), shell->settings());
    ASSERT_TRUE(tray.icon()->isVisible());
    shell->openPause(QStringLiteral("home"));
    ASSERT_TRUE(shell->window()->isPausing());
    EXPECT_TRUE(shell->window()->close());
    EXPECT_FALSE(shell->window()->isVisible());
    EXPECT_FALSE(shell->window()->isPausing()); // the pause ends, it is not left running hidden
    EXPECT_TRUE(shell->settings()->value(Settings::Key::TrayNoticeShown).toBool());
    EXPECT_FALSE(QApplication::quitOnLastWindowClosed());
}

TEST(TrayIcon, TrayOptionWithoutATrayStillShowsTheWindow)
{
    if (QSystemTrayIcon::isSystemTrayAvailable())
        GTEST_SKIP() << "this desktop has a tray";
    QTemporaryDir dir;
    StartOptions options;
    options.dataDir = dir.path();
    options.tray = true;
    AppShell shell(options);
    shell.start();
    EXPECT_TRUE(shell.window()->isVisible());
}

TEST(AppIcon, IsDrawnAtEverySizeTheDesktopAsksFor)
{
    // Drawn on demand (nothing kept): every size the window system or the tray takes is there,
    // sharp, with the green disc and the light pause bars, and transparent corners.
    const QIcon icon = AppIcon::icon();
    ASSERT_FALSE(icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    for (int side : {16, 22, 24, 32, 48, 64, 128, 256})
        EXPECT_TRUE(sizes.contains(QSize(side, side))) << side;
    for (int side : {16, 48, 256, 100}) {
        const QImage image = icon.pixmap(QSize(side, side)).toImage();
        ASSERT_EQ(image.size(), QSize(side, side)) << side;
        EXPECT_EQ(qAlpha(image.pixel(0, 0)), 0) << side;
        const QColor disc = image.pixelColor(side / 2, side * 12 / 64); // above the bars
        EXPECT_EQ(disc, QColor(0x2A, 0x66, 0x62)) << side;
        if (side >= 48) { // a bar: light
            const QColor bar = image.pixelColor(side * 24 / 64, side / 2);
            EXPECT_EQ(bar, QColor(0xF4, 0xF1, 0xEA)) << side;
        }
    }
    // On a screen of twice the density: drawn at 64 device pixels, not a 32-pixel one scaled up.
    const QPixmap sharp = icon.pixmap(QSize(32, 32), 2.0);
    EXPECT_EQ(sharp.size(), QSize(64, 64));
    EXPECT_DOUBLE_EQ(sharp.devicePixelRatio(), 2.0);
    EXPECT_EQ(sharp.toImage().pixelColor(32, 12), QColor(0x2A, 0x66, 0x62));
    // Painted into a wider rectangle it stays round, centred.
    QImage wide(96, 48, QImage::Format_ARGB32_Premultiplied);
    wide.fill(Qt::transparent);
    {
        QPainter painter(&wide);
        icon.paint(&painter, wide.rect());
    }
    EXPECT_EQ(qAlpha(wide.pixel(10, 24)), 0);
    EXPECT_EQ(wide.pixelColor(48, 6), QColor(0x2A, 0x66, 0x62));
}
