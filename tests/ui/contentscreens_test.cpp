#include "cli/commandline.h"
#include "common/screenpage.h"
#include "helplines/helplinesscreen.h"
#include "home/homescreen.h"
#include "shell/appshell.h"
#include "shell/mainwindow.h"
#include "support/testsupport.h"
#include "tips/tipcard.h"
#include "tips/tipsscreen.h"
#include "usage/usagelog.h"

#include <QApplication>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace pk;

TEST(ContentScreens, HelplinesOptionOpensWhoCanHelp)
{
    const CommandLine parsed =
        CommandLine::parse({QStringLiteral("pauzeknop"), QStringLiteral("--helplines")});
    EXPECT_TRUE(parsed.options.helplines);
    EXPECT_FALSE(CommandLine::parse({QStringLiteral("pauzeknop")}).options.helplines);

    QTemporaryDir dir;
    StartOptions options = parsed.options;
    options.dataDir = dir.path();
    options.language = QStringLiteral("en");
    AppShell shell(options);
    shell.start();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(shell.window()));
    EXPECT_EQ(shell.window()->currentScreenId(), QStringLiteral("helplines"));
    EXPECT_EQ(shell.usageLog()->count(UsageEvent::HelplineViewed), 1);
}

TEST(ContentScreens, DoorsLeadToTipsAndHelplinesAndEscapeGoesHome)
{
    QTemporaryDir dir;
    StartOptions options;
    options.dataDir = dir.path();
    options.language = QStringLiteral("en");
    AppShell shell(options);
    shell.start();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(shell.window()));
    HomeScreen *home = shell.window()->home();
    ASSERT_NE(home->door(QStringLiteral("tips")), nullptr);
    ASSERT_NE(home->door(QStringLiteral("helplines")), nullptr);
    EXPECT_FALSE(home->door(QStringLiteral("tips"))->accessibleDescription().isEmpty());

    QTest::mouseClick(home->door(QStringLiteral("tips")), Qt::LeftButton);
    EXPECT_EQ(shell.window()->currentScreenId(), QStringLiteral("tips"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_EQ(shell.window()->currentScreenId(), QStringLiteral("home"));

    QTest::mouseClick(home->door(QStringLiteral("helplines")), Qt::LeftButton);
    EXPECT_EQ(shell.window()->currentScreenId(), QStringLiteral("helplines"));
    auto *helplines =
        qobject_cast<HelplinesScreen *>(shell.window()->screen(QStringLiteral("helplines")));
    ASSERT_NE(helplines, nullptr);
    Q_EMIT helplines->editPlanRequested();
    EXPECT_EQ(shell.window()->currentScreenId(), QStringLiteral("cryingplan"));
}

TEST(ContentScreens, ContentFollowsTheLanguageWhileRunning)
{
    QTemporaryDir dir;
    StartOptions options;
    options.dataDir = dir.path();
    options.language = QStringLiteral("en");
    AppShell shell(options);
    shell.start();
    auto *tips = qobject_cast<TipsScreen *>(shell.window()->screen(QStringLiteral("tips")));
    auto *helplines =
        qobject_cast<HelplinesScreen *>(shell.window()->screen(QStringLiteral("helplines")));
    ASSERT_NE(tips, nullptr);
    EXPECT_TRUE(tips->cards().isEmpty()); // nothing built before it is shown
    shell.window()->showScreen(QStringLiteral("tips"));
    ASSERT_FALSE(tips->cards().isEmpty());
    EXPECT_TRUE(tips->cards().first()->text().startsWith(QLatin1String("Put your child")));
    shell.setLanguage(QStringLiteral("nl"));
    QCoreApplication::sendPostedEvents();
    EXPECT_EQ(helplines->title(), QStringLiteral("Wie kan helpen"));
    EXPECT_TRUE(helplines->cards().isEmpty());
    ASSERT_FALSE(tips->cards().isEmpty());
    EXPECT_TRUE(tips->cards().first()->text().startsWith(QLatin1String("Leg je kind")));
    shell.setLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents();
}
