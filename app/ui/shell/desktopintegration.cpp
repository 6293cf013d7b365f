#include "desktopintegration.h"

#include "appshell.h"
#include "common/theme.h"
#include "desktop/autostart.h"
#include "home/homescreen.h"
#include "mainwindow.h"
#include "pause/pausescreen.h"
#include "pin/pingate.h"
#include "settings/settings.h"
#include "settings/settingsscreen.h"
#include "settings/shortcutrow.h"
#include "shortcut/globalpausekey.h"
#include "tray/appicon.h"
#include "tray/trayicon.h"

#include <QApplication>
#include <QPushButton>

namespace pk {

DesktopIntegration::DesktopIntegration(AppShell *shell, bool managesAutostart, QObject *parent)
    : QObject(parent)
    , m_shell(shell)
    , m_gate(std::make_unique<PinGate>(shell->settings()->adminPinHash()))
{
    Settings *settings = shell->settings();
    MainWindow *window = shell->window();
    applyLook();
    // "Pause from anywhere": set up by AppShell after the first paint; start-up never waits.
    m_pauseKey = new GlobalPauseKey(settings, this);
    connect(m_pauseKey, &GlobalPauseKey::pauseRequested, this,
            [this] { m_shell->openPause(QStringLiteral("shortcut")); });

    window->addScreen(QStringLiteral("settings"), [this, settings] {
        // Wrong admin PINs keep their slow-down across restarts.
        m_gate->rememberTriesIn(m_shell->dataDirectory() + QStringLiteral("/admin-pin-tries.ini"));
        m_settingsScreen = new SettingsScreen(settings, m_gate.get());
        m_settingsScreen->setUsageLog(m_shell->usageLog()); // asks before retention deletes
        connect(m_settingsScreen, &SettingsScreen::languageChosen, this,
                [this, settings](const QString &code) {
                    settings->setLanguage(code);
                    m_shell->setLanguage(code);
                });
        connect(m_settingsScreen, &SettingsScreen::adminUnlocked, this, [this] {
            m_unlocked = true;
            Q_EMIT adminUnlockedChanged(true);
        });
        m_settingsScreen->shortcutRow()->setPauseKey(m_pauseKey);
        return m_settingsScreen;
    });
    QPushButton *link = window->home()->addQuietLink(
        QStringLiteral("settings"), QT_TRANSLATE_NOOP("pk::HomeScreen", "Settings"),
        QT_TRANSLATE_NOOP("pk::HomeScreen", "Language, sound, text size and more."));
    connect(link, &QPushButton::clicked, this,
            [window] { window->showScreen(QStringLiteral("settings")); });

    connect(settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::HighContrast || key == Settings::Key::TextScale)
            applyLook();
        if (key == Settings::Key::StartWithComputer)
            applyAutostart();
    });
    if (managesAutostart &&
        settings->value(Settings::Key::StartWithComputer).toBool() != Autostart::isEnabled())
        applyAutostart();
}

TrayIcon *DesktopIntegration::ensureTray()
{
    if (m_trayAsked)
        return m_tray;
    m_trayAsked = true;
    m_tray = TrayIcon::createIfAvailable(m_shell->window(), m_shell->settings(), this);
    if (m_tray) {
        connect(m_tray, &TrayIcon::pauseRequested, this,
                [this] { m_shell->openPause(QStringLiteral("tray")); });
        connect(m_tray, &TrayIcon::quitRequested, qApp, &QCoreApplication::quit);
    }
    return m_tray;
}

SettingsScreen *DesktopIntegration::settingsScreen()
{
    m_shell->window()->screen(QStringLiteral("settings"));
    return m_settingsScreen;
}

DesktopIntegration::~DesktopIntegration() = default;

bool DesktopIntegration::adminUnlocked() const
{
    return m_unlocked || !m_shell->settings()->sharedPcMode();
}

void DesktopIntegration::applyLook()
{
    const Settings *settings = m_shell->settings();
    const theme::Look look{settings->value(Settings::Key::HighContrast).toBool(),
                           std::clamp(settings->value(Settings::Key::TextScale).toInt(), 100, 200)};
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (app && !(look == theme::currentLook()))
        theme::apply(*app, look);
}

void DesktopIntegration::applyAutostart()
{
    const bool on = m_shell->settings()->value(Settings::Key::StartWithComputer).toBool();
    if (!Autostart::setEnabled(on, QCoreApplication::applicationFilePath()))
        qWarning("Pauzeknop: the autostart entry %s could not be changed.",
                 qUtf8Printable(Autostart::entryLocation()));
}

} // namespace pk
