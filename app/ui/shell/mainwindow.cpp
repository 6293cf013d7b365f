#include "mainwindow.h"

#include "common/screenpage.h"
#include "common/stackhelper.h"
#include "home/homescreen.h"
#include "pause/pausescreen.h"
#include "pause/pausesession.h"

#include <QEvent>
#include <QPushButton>
#include <QScreen>
#include <QStackedLayout>

namespace pk {

MainWindow::MainWindow(PauseSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_home(new HomeScreen(this))
    , m_stack(new QStackedLayout(this))
{
    m_stack->addWidget(m_home);
    // Fits a 1024x600 laptop with a top bar (1024x568) and the 200 % text layouts.
    setMinimumSize(480, 520);
    fitToScreen();
    changeEvent(nullptr);
}

void MainWindow::fitToScreen()
{
    QSize size(960, 700);
    if (const QScreen *screen = QWidget::screen()) {
        const QSize room = screen->availableSize();
        size = size.boundedTo(room).expandedTo(minimumSize().boundedTo(room));
    }
    resize(size);
}

PauseScreen *MainWindow::pause()
{
    if (!m_pause) {
        m_pause = new PauseScreen(m_session, this);
        m_pause->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored); // until it is shown
        m_stack->addWidget(m_pause);
        connect(m_pause, &PauseScreen::closeRequested, this, &MainWindow::closePause);
        Q_EMIT pauseCreated(m_pause);
    }
    return m_pause;
}

bool MainWindow::isPausing() const
{
    return m_pause && m_stack->currentWidget() == m_pause;
}

void MainWindow::addScreen(const QString &id, ScreenFactory factory)
{
    m_factories.insert(id, std::move(factory));
}

void MainWindow::addScreen(const QString &id, QWidget *screen)
{
    m_factories.remove(id);
    m_screens.insert(id, screen);
    screen->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored); // until it is shown
    m_stack->addWidget(screen);
    if (auto *page = qobject_cast<ScreenPage *>(screen))
        connect(page, &ScreenPage::homeRequested, this, &MainWindow::showHome);
}

QWidget *MainWindow::screen(const QString &id)
{
    if (QWidget *built = m_screens.value(id))
        return built;
    const ScreenFactory factory = m_factories.take(id);
    if (!factory)
        return nullptr;
    QWidget *built = factory();
    addScreen(id, built);
    Q_EMIT screenCreated(id, built);
    return built;
}

void MainWindow::showScreen(const QString &id)
{
    if (isPausing())
        return;
    QWidget *target = screen(id);
    if (!target)
        return;
    showOnlyPage(m_stack, target);
    target->setFocus(Qt::OtherFocusReason);
    show();
    raise();
    activateWindow();
}

void MainWindow::showHome()
{
    if (isPausing())
        closePause();
    showOnlyPage(m_stack, m_home);
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
        pause()->begin(safeFirst, audience);
        showOnlyPage(m_stack, m_pause);
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
    showOnlyPage(m_stack, m_home);
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
