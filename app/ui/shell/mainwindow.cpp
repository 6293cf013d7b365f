#include "mainwindow.h"

#include "common/screenpage.h"
#include "home/homescreen.h"
#include "pause/pausescreen.h"
#include "pause/pausesession.h"

#include <QEvent>
#include <QPushButton>
#include <QStackedLayout>

namespace pk {

MainWindow::MainWindow(PauseSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_home(new HomeScreen(this))
    , m_pause(new PauseScreen(session, this))
    , m_stack(new QStackedLayout(this))
{
    m_stack->addWidget(m_home);
    m_stack->addWidget(m_pause);
    setMinimumSize(520, 600);
    resize(960, 700);
    connect(m_pause, &PauseScreen::closeRequested, this, &MainWindow::closePause);
    changeEvent(nullptr);
}

bool MainWindow::isPausing() const
{
    return m_stack->currentWidget() == m_pause;
}

void MainWindow::addScreen(const QString &id, QWidget *screen)
{
    m_screens.insert(id, screen);
    m_stack->addWidget(screen);
    if (auto *page = qobject_cast<ScreenPage *>(screen))
        connect(page, &ScreenPage::homeRequested, this, &MainWindow::showHome);
}

void MainWindow::showScreen(const QString &id)
{
    QWidget *target = m_screens.value(id);
    if (!target || isPausing())
        return;
    m_stack->setCurrentWidget(target);
    target->setFocus(Qt::OtherFocusReason);
    show();
    raise();
    activateWindow();
}

void MainWindow::showHome()
{
    if (isPausing())
        closePause();
    m_stack->setCurrentWidget(m_home);
    m_home->pauseButton()->setFocus(Qt::OtherFocusReason);
}

QString MainWindow::currentScreenId() const
{
    if (m_stack->currentWidget() == m_home)
        return QStringLiteral("home");
    if (isPausing())
        return QStringLiteral("pause");
    return m_screens.key(m_stack->currentWidget());
}

void MainWindow::openPause(const QString &entry, bool safeFirst, Audience audience)
{
    if (!isPausing()) {
        m_wasFullScreen = isFullScreen();
        m_session->start(entry);
        m_pause->begin(safeFirst, audience);
        m_stack->setCurrentWidget(m_pause);
    }
    showFullScreen();
    raise();
    activateWindow();
}

void MainWindow::closePause()
{
    if (!isPausing())
        return;
    m_session->end();
    m_stack->setCurrentWidget(m_home);
    if (!m_wasFullScreen)
        showNormal();
    m_home->pauseButton()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("Pauzeknop"));
    if (event)
        QWidget::changeEvent(event);
}

} // namespace pk
