#pragma once

#include <QObject>

#include <memory>

namespace pk {

class AppShell;
class GlobalPauseKey;
class PinGate;
class SettingsScreen;
class TrayIcon;

// What ties Pauzeknop to the desktop and to the organisation: the tray, the Settings screen and
// the look it chooses (contrast, text size), the autostart entry, and the admin PIN of a shared
// PC. Kept apart from AppShell so the shell stays a short list of what the app is made of.
class DesktopIntegration : public QObject
{
    Q_OBJECT

public:
    // managesAutostart: bring the autostart entry in line with the settings at start (off with
    // --data-dir, so test and trial runs never touch the person's desktop).
    DesktopIntegration(AppShell *shell, bool managesAutostart, QObject *parent = nullptr);
    ~DesktopIntegration() override;

    // The tray icon (null without a tray): asked for once, at start with --tray, otherwise right
    // after the first paint, so start-up never waits for it.
    TrayIcon *ensureTray();
    TrayIcon *tray() const { return m_tray; }
    // Built on first use.
    SettingsScreen *settingsScreen();
    // "Pause from anywhere": the key of this run (set up after the first paint).
    GlobalPauseKey *pauseKey() const { return m_pauseKey; }
    // The admin PIN check of this run; its slow-down lasts as long as the app runs.
    PinGate *adminGate() const { return m_gate.get(); }
    // On a shared PC: true once the admin PIN was given (until the app closes). Elsewhere true.
    bool adminUnlocked() const;

Q_SIGNALS:
    void adminUnlockedChanged(bool unlocked);

private:
    void applyLook();
    void applyAutostart();

    AppShell *m_shell;
    std::unique_ptr<PinGate> m_gate;
    SettingsScreen *m_settingsScreen = nullptr;
    TrayIcon *m_tray = nullptr;
    GlobalPauseKey *m_pauseKey = nullptr;
    bool m_unlocked = false;
    bool m_trayAsked = false;
};

} // namespace pk
