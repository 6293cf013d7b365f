#include "common/screenpage.h"
#include "home/homescreen.h"
#include "shell/appshell.h"
#include "shell/mainwindow.h"
#include "support/testsupport.h"

#include <QApplication>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace pk;

namespace {

class Navigation : public ::testing::Test
{
protected:
    void SetUp() override
    {
        StartOptions options;
        options.dataDir = m_dir.path();
        options.language = QStringLiteral("en");
        m_shell = std::make_unique<AppShell>(options);
        m_shell->start();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window()));
    }
    MainWindow *window() const { return m_shell->window(); }

    QTemporaryDir m_dir;
    std::unique_ptr<AppShell> m_shell;
};

} // namespace

TEST_F(Navigation, ASecondaryScreenAlwaysHasTheWayHomeAndEscape)
{
    auto *page = new ScreenPage;
    window()->addScreen(QStringLiteral("test"), page);
    window()->showScreen(QStringLiteral("test"));
    EXPECT_EQ(window()->currentScreenId(), QStringLiteral("test"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_EQ(window()->currentScreenId(), QStringLiteral("home"));

    window()->showScreen(QStringLiteral("test"));
    QTest::mouseClick(page->homeButton(), Qt::LeftButton);
    EXPECT_EQ(window()->currentScreenId(), QStringLiteral("home"));
    EXPECT_EQ(QApplication::focusWidget(), window()->home()->pauseButton());
}

TEST_F(Navigation, PauseWinsOverAnyOtherScreen)
{
    window()->addScreen(QStringLiteral("test"), new ScreenPage);
    window()->showScreen(QStringLiteral("test"));
    m_shell->openPause(QStringLiteral("home"));
    EXPECT_TRUE(window()->isPausing());
    window()->showScreen(QStringLiteral("test")); // ignored while pausing
    EXPECT_TRUE(window()->isPausing());
}

TEST_F(Navigation, DoorsAreTranslatedAndNamed)
{
    QPushButton *door = window()->home()->addDoor(QStringLiteral("test-door"),
                                                  QT_TRANSLATE_NOOP("pk::HomeScreen", "Pause"), "");
    EXPECT_EQ(window()->home()->door(QStringLiteral("test-door")), door);
    m_shell->setLanguage(QStringLiteral("nl"));
    QCoreApplication::sendPostedEvents();
    EXPECT_EQ(door->text(), QStringLiteral("Pauze"));
    EXPECT_EQ(door->accessibleName(), QStringLiteral("Pauze"));
    m_shell->setLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents();
}
