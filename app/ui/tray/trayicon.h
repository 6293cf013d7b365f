#pragma once

#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace pk {

class MainWindow;
class Settings;

// Pauzeknop in the system tray, where the desktop has one: a click opens the pause, the menu
// offers Pause now, Breathe, Who can help, Open Pauzeknop and Quit, and closing the window keeps
// the app here (said once). Nothing polls: the tray is asked once, at start.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    // Null when the desktop has no tray: then closing the window quits as usual.
    static TrayIcon *createIfAvailable(MainWindow *window, Settings *settings,
                                       QObject *parent = nullptr);
    TrayIcon(MainWindow *window, Settings *settings, QObject *parent = nullptr);
    ~TrayIcon() override;

    QSystemTrayIcon *icon() const { return m_icon; }
    QMenu *menu() const { return m_menu.get(); }
    QAction *action(const QString &id) const;
    // Keeps the menu in step with the home doors that exist (Breathe, Who can help).
    void refreshMenu();

Q_SIGNALS:
    void pauseRequested();
    void quitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void openWindow();
    void openDoor(const QString &id);

    MainWindow *m_window;
    Settings *m_settings;
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon *m_icon;
};

} // namespace pk
