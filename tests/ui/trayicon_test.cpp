#include "home/homescreen.h"
#include "settings/settings.h"
#include "shell/appshell.h"
#include "shell/mainwindow.h"
#include "support/testsupport.h"
#include "tray/trayicon.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
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
