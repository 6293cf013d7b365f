#include "common/theme.h"
#include "home/homescreen.h"
#include "settings/keyrecorder.h"
#include "settings/settingsscreen.h"
#include "settings/shortcutrow.h"
#include "shell/appshell.h"
#include "shell/desktopintegration.h"
#include "shell/mainwindow.h"
#include "shortcut/globalpausekey.h"
#include "support/testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace pk;

namespace {

// Stands in for the desktop: records what was bound and answers as told.
class FakeKey : public GlobalKey
{
public:
    void bind(const KeyCombination &keys, const QString &description) override
    {
        binds.append(keys.toString() + QLatin1Char('|') + description);
        setState(answer, trigger.isEmpty() ? keys.toString() : trigger);
    }
    void unbind() override
    {
        ++unbinds;
        setState(State::Off);
    }
    QString kind() const override { return QStringLiteral("fake"); }
    void become(State state) { setState(state, this->trigger); }

    QStringList binds;
    int unbinds = 0;
    State answer = State::Active;
    QString trigger;
};

// One ShortcutRow with its settings and a pause key on a fake desktop, shown on screen.
class ShortcutRowTest : public ::testing::Test
{
protected:
    void build(GlobalPauseKey::Way way, const QByteArray &managed = {},
               GlobalKey::State answer = GlobalKey::State::Active)
    {
        if (!managed.isEmpty()) {
            ASSERT_TRUE(test::writeFile(m_dir.filePath(QStringLiteral("managed.conf")), managed));
        }
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("user.ini")),
                                                m_dir.filePath(QStringLiteral("managed.conf")));
        std::unique_ptr<FakeKey> fake;
        if (way != GlobalPauseKey::Way::None) { // else: no way on this desktop
            fake = std::make_unique<FakeKey>();
            fake->answer = answer;
            fake->trigger = m_trigger;
            m_fake = fake.get();
        }
        m_key = std::make_unique<GlobalPauseKey>(m_settings.get(), std::move(fake), way);
        m_row = std::make_unique<ShortcutRow>(m_settings.get());
        m_row->setPauseKey(m_key.get());
        m_row->resize(600, 500);
        m_row->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_row.get()));
    }
    QString status() const
    {
        return m_row->status()->isVisible() ? m_row->status()->text() : QString();
    }
    QPoint checkBoxPoint() const { return QPoint(10, m_row->toggle()->height() / 2); }
    QString pauseKeySetting() const
    {
        return m_settings->value(Settings::Key::PauseShortcut).toString();
    }

    QTemporaryDir m_dir;
    QString m_trigger;
    std::unique_ptr<Settings> m_settings;
    FakeKey *m_fake = nullptr;
    std::unique_ptr<GlobalPauseKey> m_key;
    std::unique_ptr<ShortcutRow> m_row;
};

} // namespace

TEST_F(ShortcutRowTest, SaysTheKeyIsOnAndHowToPressIt)
{
    build(GlobalPauseKey::Way::X11);
    ASSERT_EQ(m_fake->binds.size(), 1);
    EXPECT_EQ(m_fake->binds.constFirst(),
              QStringLiteral("Ctrl+Alt+P|") + GlobalPauseKey::description());
    EXPECT_TRUE(m_row->toggle()->isChecked());
    EXPECT_EQ(m_row->recorder()->text(), QStringLiteral("Ctrl+Alt+P"));
    EXPECT_TRUE(status().startsWith(QStringLiteral("On: press Ctrl+Alt+P anywhere")))
        << status().toStdString();
    EXPECT_TRUE(status().contains(QStringLiteral("Start with my computer")));
    m_settings->setValue(Settings::Key::StartWithComputer, true);
    EXPECT_FALSE(status().contains(QStringLiteral("Start with my computer")))
        << status().toStdString();
    // Named for screen readers, big enough to tap.
    EXPECT_FALSE(m_row->toggle()->accessibleName().isEmpty());
    EXPECT_EQ(m_row->recorder()->accessibleName(), QStringLiteral("Key for the pause"));
    EXPECT_FALSE(m_row->recorder()->accessibleDescription().isEmpty());
    EXPECT_GE(m_row->recorder()->height(), theme::MinTouchTarget);
    EXPECT_GE(m_row->toggle()->height(), theme::MinTouchTarget);
}

TEST_F(ShortcutRowTest, PressingTheKeyAsksForThePause)
{
    build(GlobalPauseKey::Way::X11);
    QSignalSpy pause(m_key.get(), &GlobalPauseKey::pauseRequested);
    Q_EMIT m_fake->activated();
    EXPECT_EQ(pause.count(), 1);
}

TEST_F(ShortcutRowTest, AKeyTakenByAnotherProgramAsksForAnother)
{
    build(GlobalPauseKey::Way::X11, {}, GlobalKey::State::Taken);
    EXPECT_EQ(status(), QStringLiteral("This key is taken by another program; choose another."));
    EXPECT_FALSE(m_row->retryButton()->isVisible());
}

TEST_F(ShortcutRowTest, ChoosingAnotherKeyWithTheKeyboardAlone)
{
    build(GlobalPauseKey::Way::X11);
    m_row->recorder()->setFocus();
    QTest::keyClick(m_row->recorder(), Qt::Key_Space);
    ASSERT_TRUE(m_row->recorder()->isRecording());
    EXPECT_TRUE(m_row->recorder()->text().contains(QStringLiteral("Escape")));
    QTest::keyClick(m_row->recorder(), Qt::Key_K, Qt::ControlModifier | Qt::AltModifier);
    EXPECT_FALSE(m_row->recorder()->isRecording());
    EXPECT_EQ(pauseKeySetting(), QStringLiteral("Ctrl+Alt+K"));
    EXPECT_EQ(m_fake->binds.constLast(),
              QStringLiteral("Ctrl+Alt+K|") + GlobalPauseKey::description());
    EXPECT_EQ(m_row->recorder()->text(), QStringLiteral("Ctrl+Alt+K"));
    EXPECT_TRUE(status().contains(QStringLiteral("Ctrl+Alt+K"))) << status().toStdString();
}

TEST_F(ShortcutRowTest, AKeyThatWouldGetInTheWayOfTypingIsTurnedDownCalmly)
{
    build(GlobalPauseKey::Way::X11);
    QTest::mouseClick(m_row->recorder(), Qt::LeftButton);
    ASSERT_TRUE(m_row->recorder()->isRecording());
    QTest::keyClick(m_row->recorder(), Qt::Key_K);
    EXPECT_FALSE(m_row->recorder()->isRecording());
    EXPECT_EQ(pauseKeySetting(), QStringLiteral("Ctrl+Alt+P"));
    EXPECT_EQ(m_fake->binds.size(), 1);
    EXPECT_TRUE(status().contains(QStringLiteral("together with Ctrl, Alt")))
        << status().toStdString();

    QTest::mouseClick(m_row->recorder(), Qt::LeftButton);
    QTest::keyClick(m_row->recorder(), Qt::Key_Delete, Qt::ControlModifier | Qt::AltModifier);
    EXPECT_EQ(pauseKeySetting(), QStringLiteral("Ctrl+Alt+P"));
    EXPECT_TRUE(status().contains(QStringLiteral("keeps this key for itself")))
        << status().toStdString();
}

TEST_F(ShortcutRowTest, TabOrEscapeLeaveTheRecorderWithoutChangingTheKey)
{
    build(GlobalPauseKey::Way::X11);
    QTest::mouseClick(m_row->recorder(), Qt::LeftButton);
    ASSERT_TRUE(m_row->recorder()->isRecording());
    QTest::keyClick(m_row->recorder(), Qt::Key_Tab);
    EXPECT_FALSE(m_row->recorder()->isRecording());
    EXPECT_NE(QApplication::focusWidget(), m_row->recorder());

    QTest::mouseClick(m_row->recorder(), Qt::LeftButton);
    ASSERT_TRUE(m_row->recorder()->isRecording());
    QTest::keyClick(m_row->recorder(), Qt::Key_Escape);
    EXPECT_FALSE(m_row->recorder()->isRecording());
    EXPECT_EQ(pauseKeySetting(), QStringLiteral("Ctrl+Alt+P"));
    EXPECT_EQ(m_fake->binds.size(), 1);
}

TEST_F(ShortcutRowTest, SwitchedOffAndOnAgainKeepsTheChosenKey)
{
    build(GlobalPauseKey::Way::X11);
    m_settings->setValue(Settings::Key::PauseShortcut, QStringLiteral("Ctrl+Alt+K"));
    QTest::mouseClick(m_row->toggle(), Qt::LeftButton, {}, checkBoxPoint());
    EXPECT_EQ(pauseKeySetting(), QStringLiteral("off"));
    EXPECT_EQ(m_fake->unbinds, 1);
    EXPECT_EQ(m_key->state(), GlobalKey::State::Off);
    EXPECT_FALSE(m_row->recorder()->isEnabled());
    EXPECT_TRUE(status().startsWith(QStringLiteral("Off."))) << status().toStdString();

    QTest::mouseClick(m_row->toggle(), Qt::LeftButton, {}, checkBoxPoint());
    EXPECT_EQ(pauseKeySetting(), QStringLiteral("Ctrl+Alt+K"));
    EXPECT_TRUE(m_row->recorder()->isEnabled());
    EXPECT_EQ(m_key->state(), GlobalKey::State::Active);
}

TEST_F(ShortcutRowTest, AnOrganisationsLockIsShownAndKept)
{
    build(GlobalPauseKey::Way::X11,
          "[organisation]\nname=De Boterbloem\n[locked]\nshortcut/pause=Ctrl+Shift+F8\n");
    EXPECT_EQ(m_fake->binds.constFirst(),
              QStringLiteral("Ctrl+Shift+F8|") + GlobalPauseKey::description());
    EXPECT_FALSE(m_row->toggle()->isEnabled());
    EXPECT_FALSE(m_row->recorder()->isEnabled());
    EXPECT_TRUE(m_row->lockNote()->isVisible());
    EXPECT_TRUE(m_row->lockNote()->text().contains(QStringLiteral("De Boterbloem")));
}

TEST_F(ShortcutRowTest, AnOrganisationCanSwitchTheKeyOff)
{
    build(GlobalPauseKey::Way::X11, "[locked]\nshortcut/pause=off\n");
    EXPECT_TRUE(m_fake->binds.isEmpty());
    EXPECT_EQ(m_key->state(), GlobalKey::State::Off);
    EXPECT_FALSE(m_row->toggle()->isChecked());
    EXPECT_FALSE(m_row->toggle()->isEnabled());
    EXPECT_TRUE(m_row->lockNote()->isVisible());
}

TEST_F(ShortcutRowTest, ThePortalsWaitAndTheDesktopsOwnKeyAreShown)
{
    m_trigger = QStringLiteral("Super+P");
    build(GlobalPauseKey::Way::Portal, {}, GlobalKey::State::Waiting);
    EXPECT_TRUE(status().contains(QStringLiteral("may show a window to confirm")))
        << status().toStdString();
    m_fake->become(GlobalKey::State::Active);
    EXPECT_TRUE(status().contains(QStringLiteral("your desktop opens the pause when you press "
                                                 "Super+P")))
        << status().toStdString();
}

TEST_F(ShortcutRowTest, ARefusalIsShownCalmlyAndCanBeAskedAgain)
{
    build(GlobalPauseKey::Way::Portal, {}, GlobalKey::State::Refused);
    EXPECT_TRUE(status().contains(QStringLiteral("That is fine"))) << status().toStdString();
    EXPECT_TRUE(status().contains(QStringLiteral("pauzeknop --pause")));
    ASSERT_TRUE(m_row->retryButton()->isVisible());
    m_fake->answer = GlobalKey::State::Active;
    QTest::mouseClick(m_row->retryButton(), Qt::LeftButton);
    EXPECT_EQ(m_fake->binds.size(), 2);
    EXPECT_EQ(m_key->state(), GlobalKey::State::Active);
    EXPECT_FALSE(m_row->retryButton()->isVisible());
}

TEST_F(ShortcutRowTest, ADesktopWithoutAnyWayGetsTheManualSteps)
{
    test::ScopedEnv desktop("XDG_CURRENT_DESKTOP", "ubuntu:GNOME");
    build(GlobalPauseKey::Way::None);
    EXPECT_EQ(m_key->way(), GlobalPauseKey::Way::None);
    EXPECT_TRUE(status().contains(QStringLiteral("Custom Shortcuts"))) << status().toStdString();
    EXPECT_TRUE(status().contains(QStringLiteral("pauzeknop --pause")));
}

// The whole app, offscreen: no keyboard of its own, no portal asked; Settings shows the way
// to do it by hand, and the key's signal opens the pause.
TEST(PauseKeyInTheApp, WithoutAnyWayTheSettingsShowTheFallbackAndTheSignalOpensThePause)
{
    QTemporaryDir dir;
    test::ScopedEnv desktop("XDG_CURRENT_DESKTOP", "KDE");
    StartOptions options;
    options.dataDir = dir.path();
    options.language = QStringLiteral("en");
    AppShell shell(options);
    shell.start();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(shell.window()));
    GlobalPauseKey *key = shell.desktop()->pauseKey();
    ASSERT_NE(key, nullptr);
    for (int i = 0; i < 100 && key->way() == GlobalPauseKey::Way::Deciding; ++i)
        QTest::qWait(20);
    EXPECT_EQ(key->way(), GlobalPauseKey::Way::None);
    ShortcutRow *row = shell.desktop()->settingsScreen()->shortcutRow();
    ASSERT_NE(row, nullptr);
    EXPECT_TRUE(row->status()->text().contains(QStringLiteral("System Settings > Shortcuts")))
        << row->status()->text().toStdString();
    EXPECT_TRUE(row->status()->text().contains(QStringLiteral("pauzeknop --pause")));

    EXPECT_FALSE(shell.window()->isPausing());
    Q_EMIT key->pauseRequested();
    EXPECT_TRUE(shell.window()->isPausing());
}

TEST(PauseKeyInTheApp, EscapeWhileChoosingAKeyCancelsAndStaysInSettings)
{
    QTemporaryDir dir;
    StartOptions options;
    options.dataDir = dir.path();
    options.language = QStringLiteral("en");
    AppShell shell(options);
    shell.start();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(shell.window()));
    QTest::mouseClick(shell.window()->home()->door(QStringLiteral("settings")), Qt::LeftButton);
    ASSERT_EQ(shell.window()->currentScreenId(), QStringLiteral("settings"));
    KeyRecorder *recorder = shell.desktop()->settingsScreen()->shortcutRow()->recorder();
    QTest::mouseClick(recorder, Qt::LeftButton);
    ASSERT_TRUE(recorder->isRecording());
    QTest::keyClick(recorder, Qt::Key_Escape);
    EXPECT_FALSE(recorder->isRecording());
    EXPECT_EQ(shell.window()->currentScreenId(), QStringLiteral("settings"));
    // Not recording, Escape goes home as everywhere.
    QTest::keyClick(recorder, Qt::Key_Escape);
    EXPECT_EQ(shell.window()->currentScreenId(), QStringLiteral("home"));
}
