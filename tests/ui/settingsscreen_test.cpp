#include "common/theme.h"
#include "desktop/autostart.h"
#include "home/homescreen.h"
#include "settings/settingrow.h"
#include "settings/settingsscreen.h"
#include "shell/appshell.h"
#include "shell/desktopintegration.h"
#include "shell/mainwindow.h"
#include "support/testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace pk;

namespace {

// A whole app in a temporary folder, with an optional managed file, on the Settings screen.
class SettingsScreenTest : public ::testing::Test
{
protected:
    void start(const QByteArray &managed = {})
    {
        m_managedBefore = qgetenv("PAUZEKNOP_MANAGED_DIR");
        qputenv("PAUZEKNOP_MANAGED_DIR", m_managedDir.path().toLocal8Bit());
        if (!managed.isEmpty()) {
            ASSERT_TRUE(
                test::writeFile(m_managedDir.filePath(QStringLiteral("pauzeknop.conf")), managed));
        }
        StartOptions options;
        options.dataDir = m_dir.path();
        options.language = QStringLiteral("en");
        m_shell = std::make_unique<AppShell>(options);
        m_shell->start();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_shell->window()));
        QTest::mouseClick(m_shell->window()->home()->door(QStringLiteral("settings")),
                          Qt::LeftButton);
        ASSERT_EQ(m_shell->window()->currentScreenId(), QStringLiteral("settings"));
    }
    void TearDown() override
    {
        m_shell.reset();
        qputenv("PAUZEKNOP_MANAGED_DIR", m_managedBefore);
        theme::apply(*qApp); // the next test starts with the normal look
    }
    SettingsScreen *screen() const { return m_shell->desktop()->settingsScreen(); }
    Settings *settings() const { return m_shell->settings(); }

    QTemporaryDir m_dir;
    QTemporaryDir m_managedDir;
    QByteArray m_managedBefore;
    std::unique_ptr<AppShell> m_shell;
};

} // namespace

TEST_F(SettingsScreenTest, OffersEverySettingOfTheDesignWithNamesAndRoomToTap)
{
    start();
    const QList<Settings::Key> expected{Settings::Key::Language,
                                        Settings::Key::Audience,
                                        Settings::Key::Region,
                                        Settings::Key::SafeFirstCard,
                                        Settings::Key::Exercise,
                                        Settings::Key::DurationSeconds,
                                        Settings::Key::SoundCues,
                                        Settings::Key::SoundVolume,
                                        Settings::Key::SpokenCues,
                                        Settings::Key::ReducedMotion,
                                        Settings::Key::HighContrast,
                                        Settings::Key::TextScale,
                                        Settings::Key::StartWithComputer,
                                        Settings::Key::Logging,
                                        Settings::Key::RetentionDays};
    for (Settings::Key key : expected) {
        SettingRow *row = screen()->row(key);
        ASSERT_NE(row, nullptr) << Settings::keyName(key).toStdString();
        EXPECT_FALSE(row->control()->accessibleName().isEmpty());
        EXPECT_FALSE(row->control()->accessibleDescription().isEmpty());
        EXPECT_GE(row->control()->height(), theme::MinTouchTarget)
            << Settings::keyName(key).toStdString();
        EXPECT_TRUE(row->control()->isEnabled());
        EXPECT_FALSE(row->lockNote()->isVisible());
    }
}

TEST_F(SettingsScreenTest, KeyboardAloneReachesAndChangesEverySetting)
{
    start();
    QSet<QWidget *> reached;
    for (int i = 0; i < 60; ++i) {
        reached.insert(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    for (SettingRow *row : screen()->rows())
        EXPECT_TRUE(reached.contains(row->control()))
            << Settings::keyName(row->key()).toStdString();

    auto *motion =
        qobject_cast<QCheckBox *>(screen()->row(Settings::Key::ReducedMotion)->control());
    motion->setFocus();
    QTest::keyClick(motion, Qt::Key_Space);
    EXPECT_TRUE(settings()->value(Settings::Key::ReducedMotion).toBool());
    QTest::keyClick(motion, Qt::Key_Escape);
    EXPECT_EQ(m_shell->window()->currentScreenId(), QStringLiteral("home"));
}

TEST_F(SettingsScreenTest, LockedSettingShowsAsLockedAndWhy)
{
    start("[organisation]\nname=De Boterbloem\n[locked]\nprivacy/logging=false\n"
          "[preset]\ndisplay/textScale=150\n[weather]\n");
    SettingRow *logging = screen()->row(Settings::Key::Logging);
    EXPECT_FALSE(logging->control()->isEnabled());
    EXPECT_FALSE(qobject_cast<QCheckBox *>(logging->control())->isChecked());
    EXPECT_TRUE(logging->lockNote()->isVisible());
    EXPECT_TRUE(logging->lockNote()->text().contains(QStringLiteral("De Boterbloem")));
    EXPECT_TRUE(logging->control()->accessibleDescription().contains(QStringLiteral("Locked")));
    // A preset is only a starting point: it can be changed.
    EXPECT_TRUE(screen()->row(Settings::Key::TextScale)->control()->isEnabled());
    auto *problems =
        screen()->findChild<QLabel *>(QStringLiteral("quietNote"), Qt::FindDirectChildrenOnly);
    Q_UNUSED(problems);
    bool problemShown = false;
    for (QLabel *label : screen()->findChildren<QLabel *>())
        problemShown = problemShown ||
                       (label->isVisible() && label->text().contains(QStringLiteral("[weather]")));
    EXPECT_TRUE(problemShown);
}

TEST_F(SettingsScreenTest, HighContrastAndTextSizeChangeTheWholeLook)
{
    start();
    const QString before = qApp->styleSheet();
    EXPECT_TRUE(before.contains(QStringLiteral("#F4F1EA")));
    auto *contrast =
        qobject_cast<QCheckBox *>(screen()->row(Settings::Key::HighContrast)->control());
    QTest::mouseClick(contrast, Qt::LeftButton, {}, QPoint(10, contrast->height() / 2));
    ASSERT_TRUE(settings()->value(Settings::Key::HighContrast).toBool());
    EXPECT_FALSE(qApp->styleSheet().contains(QStringLiteral("#F4F1EA")));
    EXPECT_TRUE(qApp->styleSheet().contains(QStringLiteral("#000000")));
    EXPECT_EQ(qApp->palette().color(QPalette::Window), QColor(Qt::white));

    auto *size = qobject_cast<QComboBox *>(screen()->row(Settings::Key::TextScale)->control());
    const int titleBefore =
        QFontInfo(screen()->findChild<QLabel *>(QStringLiteral("title"))->font()).pixelSize();
    size->setCurrentIndex(size->findData(150));
    Q_EMIT size->activated(size->currentIndex());
    EXPECT_EQ(settings()->value(Settings::Key::TextScale).toInt(), 150);
    // A 26pt title grows half as much as running text (15pt buttons grow to 23pt).
    EXPECT_TRUE(qApp->styleSheet().contains(QStringLiteral("font-size: 33pt")));
    EXPECT_TRUE(qApp->styleSheet().contains(QStringLiteral("font-size: 23pt")));
    const int titleAfter =
        QFontInfo(screen()->findChild<QLabel *>(QStringLiteral("title"))->font()).pixelSize();
    EXPECT_GT(titleAfter, titleBefore);
}

TEST_F(SettingsScreenTest, StartWithMyComputerWritesAndRemovesTheAutostartEntry)
{
    start();
    ASSERT_TRUE(Autostart::entryLocation().startsWith(qEnvironmentVariable("XDG_CONFIG_HOME")));
    auto *check =
        qobject_cast<QCheckBox *>(screen()->row(Settings::Key::StartWithComputer)->control());
    check->click();
    EXPECT_TRUE(Autostart::isEnabled());
    check->click();
    EXPECT_FALSE(Autostart::isEnabled());
}

TEST_F(SettingsScreenTest, ChoosingALanguageSwitchesAtOnceAndIsKept)
{
    start();
    auto *language = qobject_cast<QComboBox *>(screen()->row(Settings::Key::Language)->control());
    const int nl = language->findData(QStringLiteral("nl"));
    ASSERT_GE(nl, 0);
    language->setCurrentIndex(nl);
    Q_EMIT language->activated(nl);
    EXPECT_EQ(settings()->language(), QStringLiteral("nl"));
    QCoreApplication::sendPostedEvents();
    EXPECT_EQ(screen()->title(), QStringLiteral("Instellingen"));
    EXPECT_EQ(language->currentIndex(), nl);
    m_shell->setLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents();
    EXPECT_EQ(screen()->title(), QStringLiteral("Settings"));
}
