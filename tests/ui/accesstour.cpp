#include "accesstour.h"

#include "breathing/breathingview.h"
#include "home/homescreen.h"
#include "pause/checkincard.h"
#include "pause/pausescreen.h"
#include "pause/safefirstcard.h"
#include "pause/tensecard.h"
#include "pause/walkawaycard.h"
#include "shell/appshell.h"
#include "shell/mainwindow.h"
#include "sound/cueplayer.h"
#include "support/testsupport.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QDialog>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace pk::test {

AccessTour::AccessTour(const QString &language)
{
    StartOptions options;
    options.dataDir = m_dir.path();
    options.language = language;
    // The first-run card was answered: every place looks the same each time it is opened
    // (firstruncard_test walks the card itself).
    writeFile(m_dir.filePath(QStringLiteral("settings.ini")), "[user]\nfirstRunAnswered=true\n");
    m_shell = std::make_unique<AppShell>(options);
    m_shell->cuePlayer()->setOutputAvailableForTest(false);
    m_shell->start();
    m_ready = QTest::qWaitForWindowExposed(window());
    if (m_ready && !window()->isActiveWindow())
        m_ready = QTest::qWaitForWindowActive(window(), 1'000);
}

AccessTour::~AccessTour() = default;

MainWindow *AccessTour::window() const
{
    return m_shell->window();
}

QStringList AccessTour::places()
{
    return {QStringLiteral("home"),
            QStringLiteral("tips"),
            QStringLiteral("helplines"),
            QStringLiteral("cryingplan"),
            QStringLiteral("insights"),
            QStringLiteral("privacy"),
            QStringLiteral("settings"),
            QStringLiteral("pause.safefirst"),
            QStringLiteral("pause.breathing"),
            QStringLiteral("pause.checkin"),
            QStringLiteral("pause.calmer"),
            QStringLiteral("pause.tense"),
            QStringLiteral("pause.needhelp"),
            QStringLiteral("pause.chooser"),
            QStringLiteral("pause.ownpattern"),
            QStringLiteral("pause.walkaway"),
            QStringLiteral("pause.walkaway.counting"),
            QStringLiteral("pause.walkaway.ended")};
}

void AccessTour::home()
{
    while (QWidget *modal = QApplication::activeModalWidget()) {
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    }
    window()->showHome();
    window()->activateWindow();
    if (!window()->isActiveWindow() && !QTest::qWaitForWindowActive(window(), 1'000))
        m_problem = QStringLiteral("the window did not become active");
}

void AccessTour::setLanguage(const QString &code)
{
    m_shell->setLanguage(code);
    QCoreApplication::sendPostedEvents();
    settle();
}

QAbstractButton *AccessTour::button(const QString &text) const
{
    const QList<QAbstractButton *> buttons = window()->findChildren<QAbstractButton *>();
    for (QAbstractButton *candidate : buttons) {
        if (candidate->isVisible() &&
            (candidate->text() == text || candidate->accessibleName() == text))
            return candidate;
    }
    return nullptr;
}

bool AccessTour::wholeInView(const QWidget *widget)
{
    const QWidget *window = widget->window();
    const QRect place(widget->mapTo(window, QPoint(0, 0)), widget->size());
    if (!widget->isVisible() || !window->rect().contains(place))
        return false;
    for (const QWidget *w = widget->parentWidget(); w && w != window; w = w->parentWidget()) {
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(w)) {
            const QWidget *viewport = area->viewport();
            const QRect seen(viewport->mapTo(window, QPoint(0, 0)), viewport->size());
            if (!seen.contains(place))
                return false;
        }
    }
    return true;
}

QWidget *AccessTour::activeWindow() const
{
    if (QWidget *modal = QApplication::activeModalWidget())
        return modal;
    return window();
}

bool AccessTour::click(QAbstractButton *button, const char *what)
{
    if (!button || !button->isVisible()) {
        m_problem = QStringLiteral("no visible button: %1").arg(QLatin1String(what));
        return false;
    }
    button->click();
    settle();
    return true;
}

void AccessTour::settle()
{
    // Layouts of widgets just added, and deletions of replaced ones, are posted events.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

bool AccessTour::open(const QString &place)
{
    m_problem.clear();
    home();
    HomeScreen *home = window()->home();
    if (place == QLatin1String("home")) {
        settle();
        return true;
    }
    if (place.startsWith(QLatin1String("pause.")))
        return openPause(place.mid(6));
    const QString door = place == QLatin1String("cryingplan") ? QStringLiteral("helplines")
                         : place == QLatin1String("privacy")  ? QStringLiteral("insights")
                                                              : place;
    if (!click(home->door(door), "door"))
        return false;
    if (place == QLatin1String("cryingplan"))
        return click(
            button(QCoreApplication::translate("pk::CryingPlanCard", "Make my crying plan")),
            "Make my crying plan");
    if (place == QLatin1String("privacy"))
        return click(
            button(QCoreApplication::translate("pk::PrivacyControls", "About your privacy")),
            "About your privacy");
    return window()->currentScreenId() == place;
}

bool AccessTour::openPause(const QString &step)
{
    if (!click(window()->home()->pauseButton(), "Pause"))
        return false;
    PauseScreen *pause = window()->pause();
    if (step == QLatin1String("safefirst"))
        return true;
    if (!click(pause->safeFirstCard()->continueButton(), "continue"))
        return false;
    if (step == QLatin1String("breathing"))
        return true;
    if (!click(pause->breathingView()->doneButton(), "I'm done breathing"))
        return false;
    CheckInCard *checkIn = pause->checkInCard();
    if (step == QLatin1String("checkin"))
        return true;
    if (step == QLatin1String("calmer"))
        return click(checkIn->button(PauseSession::CheckIn::Calmer), "Calmer");
    if (step == QLatin1String("needhelp"))
        return click(checkIn->button(PauseSession::CheckIn::NeedHelp), "I need help");
    if (!click(checkIn->button(PauseSession::CheckIn::StillTense), "Still tense"))
        return false;
    TenseCard *tense = pause->tenseCard();
    if (step == QLatin1String("tense"))
        return true;
    if (step == QLatin1String("chooser") || step == QLatin1String("ownpattern")) {
        if (!click(tense->otherButton(), "A different exercise"))
            return false;
        if (step == QLatin1String("chooser"))
            return true;
        return click(
            button(QCoreApplication::translate("pk::ExerciseChooser", "Make my own pattern")),
            "Make my own pattern");
    }
    if (!click(tense->walkAwayButton(), "Walk away"))
        return false;
    WalkAwayCard *walkAway = pause->walkAwayCard();
    if (step == QLatin1String("walkaway"))
        return true;
    walkAway->timer()->setElapsedSource({});
    if (!click(walkAway->minutesButton(2), "2 minutes"))
        return false;
    if (step == QLatin1String("walkaway.counting"))
        return true;
    walkAway->timer()->setElapsedSource([] { return 3 * 60'000LL; });
    const bool ended =
        QTest::qWaitFor([walkAway] { return walkAway->state() == WalkAwayCard::State::Ended; });
    walkAway->timer()->setElapsedSource({});
    if (!ended)
        m_problem = QStringLiteral("the walk-away timer did not end");
    return ended;
}

struct DialogCloser::Private
{
    QTimer timer;
    int closed = 0;
};

DialogCloser::DialogCloser()
    : d(std::make_unique<Private>())
{
    d->timer.setInterval(20);
    QObject::connect(&d->timer, &QTimer::timeout, [this] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            dialog->reject();
            ++d->closed;
        }
    });
    d->timer.start();
}

DialogCloser::~DialogCloser() = default;

int DialogCloser::closed() const
{
    return d->closed;
}

} // namespace pk::test
