#pragma once

#include "settings/settings.h"

#include <QHash>
#include <QWidget>

class QStackedLayout;

namespace pk {

class HomeScreen;
class PauseScreen;
class PauseSession;

// The one window: home, and the pause that takes the whole screen while it lasts.
class MainWindow : public QWidget
{
    Q_OBJECT

public:
    explicit MainWindow(PauseSession *session, QWidget *parent = nullptr);

    HomeScreen *home() const { return m_home; }
    PauseScreen *pause() const { return m_pause; }
    bool isPausing() const;

    // Secondary screens (tips, helplines, my pauses, settings): added once, shown by id.
    // A ScreenPage's homeRequested() brings the person back home.
    void addScreen(const QString &id, QWidget *screen);
    void showScreen(const QString &id);
    void showHome();
    QWidget *screen(const QString &id) const { return m_screens.value(id); }
    QString currentScreenId() const;

    // entry: where the pause came from ("home", "cli"); an id, logged anonymously.
    void openPause(const QString &entry, bool safeFirst, Audience audience);
    void closePause();

protected:
    void changeEvent(QEvent *event) override;

private:
    PauseSession *m_session;
    HomeScreen *m_home;
    PauseScreen *m_pause;
    QStackedLayout *m_stack;
    QHash<QString, QWidget *> m_screens;
    bool m_wasFullScreen = false;
};

} // namespace pk
