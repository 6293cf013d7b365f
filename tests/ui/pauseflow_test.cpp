#include "breathing/breathcircle.h"
#include "breathing/breathingcatalog.h"
#include "breathing/breathingview.h"
#include "home/homescreen.h"
#include "pause/calmercard.h"
#include "pause/checkincard.h"
#include "pause/pausescreen.h"
#include "pause/safefirstcard.h"
#include "shell/appshell.h"
#include "shell/mainwindow.h"
#include "support/testsupport.h"
#include "usage/usagelog.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace pk;

namespace {

// A whole app in a temporary folder, shown and ready for keys.
class PauseFlow : public ::testing::Test
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
    PauseScreen *pause() const { return window()->pause(); }
    void key(Qt::Key k) { QTest::keyClick(QApplication::focusWidget(), k); }

    QTemporaryDir m_dir;
    std::unique_ptr<AppShell> m_shell;
};

} // namespace

TEST_F(PauseFlow, PauseButtonIsFocusedAtStart)
{
    EXPECT_EQ(QApplication::focusWidget(), window()->home()->pauseButton());
    EXPECT_FALSE(window()->isPausing());
}

TEST_F(PauseFlow, SpaceOpensSafeFirstThenBreathingThenEscapeGoesHome)
{
    key(Qt::Key_Space);
    ASSERT_TRUE(window()->isPausing());
    EXPECT_EQ(pause()->step(), PauseScreen::Step::SafeFirst);
    EXPECT_TRUE(pause()->safeFirstCard()->isVisible());

    key(Qt::Key_Return);
    EXPECT_EQ(pause()->step(), PauseScreen::Step::Breathing);
    EXPECT_TRUE(pause()->breathingView()->isRunning());
    EXPECT_EQ(pause()->breathingView()->phaseWordLabel()->text(), QStringLiteral("Breathe in"));

    key(Qt::Key_Escape);
    EXPECT_FALSE(window()->isPausing());
    EXPECT_FALSE(pause()->breathingView()->isRunning());
    EXPECT_EQ(QApplication::focusWidget(), window()->home()->pauseButton());

    UsageLog *log = m_shell->usageLog();
    EXPECT_EQ(log->count(UsageEvent::PauseStarted), 1);
    EXPECT_EQ(log->count(UsageEvent::PauseEnded), 1);
}

TEST_F(PauseFlow, EscapeLeavesFromTheSafeFirstCardToo)
{
    QTest::mouseClick(window()->home()->pauseButton(), Qt::LeftButton);
    ASSERT_TRUE(window()->isPausing());
    key(Qt::Key_Escape);
    EXPECT_FALSE(window()->isPausing());
}

TEST_F(PauseFlow, ImOkNowLeavesFromBreathing)
{
    window()->openPause(QStringLiteral("home"), false, Audience::Parent);
    EXPECT_EQ(pause()->step(), PauseScreen::Step::Breathing);
    QTest::mouseClick(pause()->okButton(), Qt::LeftButton);
    EXPECT_FALSE(window()->isPausing());
}

TEST_F(PauseFlow, BreathingEndsOnTheCheckInAndIsLogged)
{
    window()->openPause(QStringLiteral("home"), false, Audience::Parent);
    BreathingView *view = pause()->breathingView();
    qint64 fakeNow = 0;
    view->setElapsedSource([&fakeNow] { return fakeNow; });
    view->start(BreathingCatalog::find(QStringLiteral("calm")), 120'000);
    EXPECT_EQ(view->plannedMs(), 120'000);
    fakeNow = 119'000;
    // The view ticks by itself when something visible changes (generous waits: a busy machine).
    QTRY_COMPARE_WITH_TIMEOUT(view->phaseWordLabel()->text(), QStringLiteral("Breathe out"),
                              10'000);
    EXPECT_EQ(pause()->step(), PauseScreen::Step::Breathing);
    fakeNow = 120'000;
    QTRY_COMPARE_WITH_TIMEOUT(pause()->step(), PauseScreen::Step::CheckIn, 10'000);
    view->setElapsedSource({});
    EXPECT_EQ(m_shell->usageLog()->count(UsageEvent::BreathingCompleted), 1);
    EXPECT_EQ(QApplication::focusWidget(),
              pause()->checkInCard()->button(PauseSession::CheckIn::Calmer));
    key(Qt::Key_Space);
    EXPECT_EQ(pause()->step(), PauseScreen::Step::Calmer);
    QTest::mouseClick(pause()->calmerCard()->backButton(), Qt::LeftButton);
    EXPECT_FALSE(window()->isPausing());
}

TEST_F(PauseFlow, ChildcareWorkersAreAskedToHandOverToAColleague)
{
    window()->openPause(QStringLiteral("home"), true, Audience::ChildcareWorker);
    EXPECT_TRUE(pause()->safeFirstCard()->bodyText().contains(QStringLiteral("colleague")));
}

TEST_F(PauseFlow, EveryInteractiveControlHasAnAccessibleName)
{
    window()->openPause(QStringLiteral("home"), true, Audience::Parent);
    const QList<QWidget *> widgets = window()->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || qobject_cast<QLabel *>(widget))
            continue;
        if (!qobject_cast<QAbstractButton *>(widget) && !widget->inherits("QComboBox"))
            continue;
        EXPECT_FALSE(widget->accessibleName().isEmpty()) << widget->metaObject()->className();
        ++checked;
    }
    EXPECT_GE(checked, 6);
}

TEST_F(PauseFlow, LanguageChangesWhileRunningWithoutRestart)
{
    window()->openPause(QStringLiteral("home"), true, Audience::Parent);
    m_shell->setLanguage(QStringLiteral("nl"));
    QCoreApplication::sendPostedEvents();
    EXPECT_EQ(pause()->okButton()->text(), QStringLiteral("Het gaat weer"));
    m_shell->setLanguage(QStringLiteral("ar"));
    EXPECT_EQ(QApplication::layoutDirection(), Qt::RightToLeft);
    m_shell->setLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents();
    EXPECT_EQ(pause()->okButton()->text(), QStringLiteral("I'm OK now"));
    EXPECT_EQ(QApplication::layoutDirection(), Qt::LeftToRight);
}
