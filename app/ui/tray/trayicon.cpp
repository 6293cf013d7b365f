#include "trayicon.h"

#include "appicon.h"
#include "home/homescreen.h"
#include "settings/settings.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenu>
#include <QPushButton>
#include <QSystemTrayIcon>

namespace pk {

TrayIcon *TrayIcon::createIfAvailable(MainWindow *window, Settings *settings, QObject *parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return nullptr;
    return new TrayIcon(window, settings, parent);
}

TrayIcon::TrayIcon(MainWindow *window, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
    , m_menu(std::make_unique<QMenu>())
    , m_icon(new QSystemTrayIcon(AppIcon::icon(), this))
{
    const auto add = [this](const char *id, auto slot) {
        QAction *action = m_menu->addAction(QString());
        action->setObjectName(QString::fromLatin1(id));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    add("pause", [this] { Q_EMIT pauseRequested(); });
    add("breathe", [this] { openDoor(QStringLiteral("breathe")); });
    add("helplines", [this] { openDoor(QStringLiteral("helplines")); });
    add("open", [this] { openWindow(); });
    m_menu->addSeparator();
    add("quit", [this] { Q_EMIT quitRequested(); });
    connect(m_menu.get(), &QMenu::aboutToShow, this, &TrayIcon::refreshMenu);

    m_icon->setContextMenu(m_menu.get());
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick)
            Q_EMIT pauseRequested();
    });
    // The window may close into the tray; Quit in the menu ends the app.
    QApplication::setQuitOnLastWindowClosed(false);
    m_window->installEventFilter(this);
    retranslate();
    refreshMenu();
    m_icon->show();
}

TrayIcon::~TrayIcon()
{
    m_window->removeEventFilter(this);
    QApplication::setQuitOnLastWindowClosed(true);
}

QAction *TrayIcon::action(const QString &id) const
{
    return m_menu->findChild<QAction *>(id);
}

void TrayIcon::refreshMenu()
{
    action(QStringLiteral("breathe"))
        ->setVisible(m_window->home()->door(QStringLiteral("breathe")));
    action(QStringLiteral("helplines"))
        ->setVisible(m_window->home()->door(QStringLiteral("helplines")));
}

void TrayIcon::retranslate()
{
    action(QStringLiteral("pause"))->setText(tr("Pause now"));
    action(QStringLiteral("breathe"))->setText(tr("Breathe"));
    action(QStringLiteral("helplines"))->setText(tr("Who can help"));
    action(QStringLiteral("open"))->setText(tr("Open Pauzeknop"));
    action(QStringLiteral("quit"))->setText(tr("Quit"));
    m_icon->setToolTip(tr("Pauzeknop: click for a pause"));
}

void TrayIcon::openWindow()
{
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void TrayIcon::openDoor(const QString &id)
{
    openWindow();
    if (QPushButton *door = m_window->home()->door(id))
        door->click();
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    if (watched == m_window && event->type() == QEvent::Close && m_icon->isVisible()) {
        if (m_window->isPausing())
            m_window->closePause();
        if (!m_settings->value(Settings::Key::TrayNoticeShown).toBool()) {
            m_icon->showMessage(tr("Pauzeknop is still here"),
                                tr("Whenever you need a pause, click the icon here. "
                                   "Quit is in its menu."),
                                QSystemTrayIcon::NoIcon, 8000);
            m_settings->setValue(Settings::Key::TrayNoticeShown, true);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pk
