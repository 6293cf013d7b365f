#include "common/questiondialog.h"
#include "home/homescreen.h"
#include "insights/barchart.h"
#include "insights/insightsscreen.h"
#include "insights/privacycontrols.h"
#include "insights/privacypage.h"
#include "settings/settings.h"
#include "settings/settingsscreen.h"
#include "shell/appshell.h"
#include "shell/mainwindow.h"
#include "support/testsupport.h"
#include "usage/usagelog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace pk;

namespace {

class MyPauses : public ::testing::Test
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
    InsightsScreen *screen() const
    {
        return qobject_cast<InsightsScreen *>(window()->screen(QStringLiteral("insights")));
    }
    void openFromHome()
    {
        QPushButton *link = window()->home()->door(QStringLiteral("insights"));
        ASSERT_NE(link, nullptr);
        QTest::mouseClick(link, Qt::LeftButton);
    }
    // Clicks a button of the next message box once it is open.
    static void answerNextBox(const QString &buttonText)
    {
        QTimer::singleShot(0, [buttonText] {
            auto *box = qobject_cast<QuestionDialog *>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == buttonText)
                    button->click();
            }
        });
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AppShell> m_shell;
};

} // namespace

TEST_F(MyPauses, EmptyStateIsEncouragingNotABlankChart)
{
    openFromHome();
    EXPECT_EQ(window()->currentScreenId(), QStringLiteral("insights"));
    EXPECT_TRUE(screen()->showsEmptyState());
    EXPECT_FALSE(screen()->weeksChart()->isVisible());
    EXPECT_EQ(screen()->title(), QStringLiteral("My pauses"));
}

TEST_F(MyPauses, ShowsWhatWasRecordedAndNamesEveryControl)
{
    UsageLog *log = m_shell->usageLog();
    for (int i = 0; i < 3; ++i)
        log->record(UsageEvent::PauseStarted, QStringLiteral("home"));
    log->record(UsageEvent::CheckIn, QStringLiteral("calmer"));
    log->record(UsageEvent::CheckIn, QStringLiteral("help"));
    log->record(UsageEvent::BreathingCompleted, QStringLiteral("not-a-catalogue-id"), 60);
    openFromHome();
    EXPECT_FALSE(screen()->showsEmptyState());
    EXPECT_TRUE(screen()->weeksChart()->isVisible());
    EXPECT_EQ(screen()->weeksChart()->values().constLast(), 3);
    qint64 hours = 0;
    for (qint64 n : screen()->hoursChart()->values())
        hours += n;
    EXPECT_EQ(hours, 3);
    EXPECT_EQ(screen()->feelingsChart()->values(), (QList<qint64>{1, 0, 1}));
    EXPECT_TRUE(screen()->exercisesText().contains(QStringLiteral("not-a-catalogue-id (once)")));
    EXPECT_FALSE(screen()->feelingsChart()->accessibleDescription().isEmpty());
    PrivacyControls *controls = screen()->controls();
    for (QWidget *control : QList<QWidget *>{controls->loggingBox(), controls->retentionBox(),
                                             controls->exportButton(), controls->deleteButton(),
                                             controls->privacyButton()}) {
        EXPECT_FALSE(control->accessibleName().isEmpty());
        EXPECT_FALSE(control->accessibleDescription().isEmpty());
        EXPECT_GE(control->height(), 48) << control->accessibleName().toStdString();
    }
}

TEST_F(MyPauses, LoggingAndRetentionControlsWriteTheSettings)
{
    openFromHome();
    PrivacyControls *controls = screen()->controls();
    EXPECT_TRUE(controls->loggingBox()->isChecked());
    EXPECT_EQ(controls->retentionBox()->currentData().toInt(), 365);
    controls->loggingBox()->click();
    EXPECT_FALSE(m_shell->settings()->value(Settings::Key::Logging).toBool());
    EXPECT_FALSE(m_shell->usageLog()->record(UsageEvent::PauseStarted, QStringLiteral("home")));
    EXPECT_FALSE(screen()->note().isEmpty());
    controls->retentionBox()->setFocus();
    QTest::keyClick(controls->retentionBox(), Qt::Key_Up); // 1 year -> 90 days
    EXPECT_EQ(m_shell->settings()->value(Settings::Key::RetentionDays).toInt(), 90);
}

TEST_F(MyPauses, DeleteEverythingAsksFirst)
{
    UsageLog *log = m_shell->usageLog();
    log->record(UsageEvent::PauseStarted, QStringLiteral("home"));
    openFromHome();
    ASSERT_FALSE(screen()->showsEmptyState());
    answerNextBox(QStringLiteral("Keep my pauses"));
    EXPECT_FALSE(screen()->controls()->confirmAndDelete());
    EXPECT_EQ(log->count(), 1);
    answerNextBox(QStringLiteral("Delete everything"));
    EXPECT_TRUE(screen()->controls()->confirmAndDelete());
    EXPECT_EQ(log->count(), 0);
    EXPECT_TRUE(screen()->showsEmptyState());
    EXPECT_EQ(screen()->controls()->message(), QStringLiteral("Everything is deleted."));
}

TEST_F(MyPauses, ExportButtonWritesAFileOrSaysWhyNot)
{
    m_shell->usageLog()->record(UsageEvent::PauseStarted, QStringLiteral("home"));
    openFromHome();
    const QString good = m_dir.filePath(QStringLiteral("summary.csv"));
    EXPECT_TRUE(screen()->controls()->exportTo(good));
    QFile file(good);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().startsWith("week,week_start,event,count\n"));
    ASSERT_TRUE(test::writeFile(m_dir.filePath(QStringLiteral("blocker")), "x"));
    EXPECT_FALSE(screen()->controls()->exportTo(m_dir.filePath(QStringLiteral("blocker/s.csv"))));
    EXPECT_TRUE(screen()->controls()->message().contains(QStringLiteral("Could not write")));
}

TEST_F(MyPauses, PrivacyPageSaysWhatWhereAndNoNetwork)
{
    openFromHome();
    QTest::mouseClick(screen()->controls()->privacyButton(), Qt::LeftButton);
    EXPECT_EQ(window()->currentScreenId(), QStringLiteral("privacy"));
    auto *page = qobject_cast<PrivacyPage *>(window()->screen(QStringLiteral("privacy")));
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->text().contains(QStringLiteral("usage.sqlite")));
    EXPECT_TRUE(page->text().contains(QStringLiteral("never uses the internet")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_EQ(window()->currentScreenId(), QStringLiteral("home"));
}

TEST_F(MyPauses, TranslatedToDutch)
{
    m_shell->setLanguage(QStringLiteral("nl"));
    QCoreApplication::sendPostedEvents();
    EXPECT_EQ(screen()->title(), QStringLiteral("Mijn pauzes"));
    m_shell->setLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents();
}

TEST(MyPausesSharedPc, HiddenUnlessTheGateOpens)
{
    QTemporaryDir dir;
    ASSERT_TRUE(test::writeFile(dir.filePath(QStringLiteral("managed/pauzeknop.conf")),
                                "[organisation]\nsharedPc=true\n"));
    const test::ScopedEnv managed("PAUZEKNOP_MANAGED_DIR",
                                  dir.filePath(QStringLiteral("managed")).toLocal8Bit());
    StartOptions options;
    options.dataDir = dir.filePath(QStringLiteral("data"));
    options.language = QStringLiteral("en");
    AppShell shell(options);
    ASSERT_TRUE(shell.settings()->sharedPcMode());
    shell.start();
    QPushButton *link = shell.window()->home()->door(QStringLiteral("insights"));
    EXPECT_FALSE(link->isVisible());
    link->click(); // even when reached some other way, nothing opens without the PIN
    EXPECT_EQ(shell.window()->currentScreenId(), QStringLiteral("home"));
    // The admin gives the PIN on the Settings screen (the PIN check itself is tested there).
    auto *settings =
        qobject_cast<SettingsScreen *>(shell.window()->screen(QStringLiteral("settings")));
    ASSERT_NE(settings, nullptr);
    Q_EMIT settings->adminUnlocked();
    EXPECT_TRUE(link->isVisible());
    link->click();
    EXPECT_EQ(shell.window()->currentScreenId(), QStringLiteral("insights"));
}
