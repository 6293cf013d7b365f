#pragma once

#include "settings/settings.h"

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
    bool m_wasFullScreen = false;
};

} // namespace pk
