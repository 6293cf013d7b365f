#pragma once

#include "cli/commandline.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace pk {

class ContentLibrary;
class DesktopIntegration;
class CuePlayer;
class LanguageManager;
class MainWindow;
class PauseScreen;
class PauseSession;
class Settings;
class UsageLog;
class UsagePolicy;

// Builds the app from the start options: settings, language, usage log, the window.
// Owns them all, so a test can build a whole app in a temporary folder and drop it again.
class AppShell : public QObject
{
    Q_OBJECT

public:
    explicit AppShell(const StartOptions &options, QObject *parent = nullptr);
    // The language a start with these options uses: --lang, the settings, then the system ("").
    static QString languageFor(const StartOptions &options);
    ~AppShell() override;

    // Shows the window (on the pause screen with --pause). The pause never waits for the log.
    void start();

    MainWindow *window() const { return m_window.get(); }
    Settings *settings() const { return m_settings.get(); }
    // The usage log, opened on its writer thread right after the first paint or on first use
    // here, whichever comes first; record() may be called before (events wait in order).
    UsageLog *usageLog() const;
    LanguageManager *languages() const { return m_languages.get(); }
    DesktopIntegration *desktop() const { return m_desktop.get(); }
    QString dataDirectory() const { return m_dataDir; }
    // The tips and helplines (built in and the organisation's), read on first use.
    const ContentLibrary *content() const;

    void openPause(const QString &entry);
    // A request handed over by a second start: --pause opens the pause on top, anything else
    // brings the window forward.
    void handleRequest(const StartOptions &request);
    // Shared-PC mode: My pauses opens only when this returns true (the admin PIN was given).
    // Without a gate, My pauses stays hidden on a shared PC.
    // Breathing without the safe-first card (the Breathe door, --breathe [PATTERN]).
    void openBreathing(const QString &entry, const QString &exerciseId = {});
    CuePlayer *cuePlayer() const { return m_cues.get(); }
    void setLanguage(const QString &code);

private:
    void addContentScreens();
    void addInsightsScreens();
    void openMyPauses();
    void wirePause(PauseScreen *pause);
    void addBreatheDoor();
    void afterFirstPaint();
    void startUsageLog() const;

    StartOptions m_options;
    QString m_dataDir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<UsageLog> m_log;
    std::unique_ptr<UsagePolicy> m_usagePolicy;
    std::unique_ptr<PauseSession> m_session;
    mutable std::unique_ptr<ContentLibrary> m_content;
    std::unique_ptr<CuePlayer> m_cues;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DesktopIntegration> m_desktop;
    QTimer m_firstPaintFallback;
    bool m_firstPaintDone = false;
    mutable bool m_usageLogStarted = false;
};

} // namespace pk
