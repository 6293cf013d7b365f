#pragma once

#include "settings/settings.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QStackedLayout;

namespace pk {

class HomeScreen;
class PauseScreen;
class PauseSession;

// The one window: home, and the pause that takes the whole screen while it lasts. Every other
// screen (and the pause itself) is built the first time it is needed, so a start paints home
// without building what nobody has asked for yet.
class MainWindow : public QWidget
{
    Q_OBJECT

public:
    using ScreenFactory = std::function<QWidget *()>;

    explicit MainWindow(PauseSession *session, QWidget *parent = nullptr);

    HomeScreen *home() const { return m_home; }
    // The pause screen, built on first use (pauseCreated() lets the app wire it up).
    PauseScreen *pause();
    bool hasPause() const { return m_pause != nullptr; }
    bool isPausing() const;

    // Secondary screens (tips, helplines, my pauses, settings): registered once, built the first
    // time they are shown or asked for, shown by id. A ScreenPage's homeRequested() brings the
    // person back home.
    void addScreen(const QString &id, ScreenFactory factory);
    void addScreen(const QString &id, QWidget *screen);
    void showScreen(const QString &id);
    void showHome();
    // Builds the screen when it was not built yet; null for an unknown id.
    QWidget *screen(const QString &id);
    bool hasBuilt(const QString &id) const { return m_screens.contains(id); }
    QString currentScreenId() const;

    // entry: where the pause came from ("home", "cli"); an id, logged anonymously.
    void openPause(const QString &entry, bool safeFirst, Audience audience);
    void closePause();

Q_SIGNALS:
    void pauseCreated(pk::PauseScreen *pause);
    void screenCreated(const QString &id, QWidget *screen);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The first size: 960x700 where it fits, and never larger than the screen's work area.
    void fitToScreen();

    PauseSession *m_session;
    HomeScreen *m_home;
    PauseScreen *m_pause = nullptr;
    QStackedLayout *m_stack;
    QHash<QString, QWidget *> m_screens;
    QHash<QString, ScreenFactory> m_factories;
    bool m_wasFullScreen = false;
};

} // namespace pk
