#include "appshell.h"

#include "access/appaccess.h"
#include "content/contentlibrary.h"
#include "content/organisationcontent.h"
#include "desktopintegration.h"
#include "helplines/cryingplanscreen.h"
#include "helplines/helplinesscreen.h"
#include "home/firstruncard.h"
#include "home/homescreen.h"
#include "i18n/languagemanager.h"
#include "i18n/scriptfont.h"
#include "insights/insightsscreen.h"
#include "insights/privacypage.h"
#include "mainwindow.h"
#include "paintprobe.h"
#include "pause/pausescreen.h"
#include "pause/pausesession.h"
#include "settings/settings.h"
#include "shortcut/globalpausekey.h"
#include "sound/cueplayer.h"
#include "tips/tipsscreen.h"
#include "tray/appicon.h"
#include "usage/usagelog.h"
#include "usage/usagepolicy.h"

#include <QDir>
#include <QGuiApplication>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace pk {
namespace {

// What the start needed only for a moment (the pause drawn once off screen, font and style set-up)
// goes back to the system instead of staying in the heap: about 1 MB less resident memory.
void returnFreeMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

QString dataDirectoryFor(const StartOptions &options)
{
    if (!options.dataDir.isEmpty())
        return QDir(options.dataDir).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

std::unique_ptr<Settings> settingsFor(const StartOptions &options, const QString &dataDir)
{
    // With --data-dir everything of this run stays in that one folder.
    if (!options.dataDir.isEmpty())
        return std::make_unique<Settings>(QDir(dataDir).filePath(QStringLiteral("settings.ini")));
    return std::make_unique<Settings>();
}

} // namespace

QString AppShell::languageFor(const StartOptions &options)
{
    if (!options.language.isEmpty())
        return options.language;
    return settingsFor(options, dataDirectoryFor(options))->language();
}

AppShell::AppShell(const StartOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_dataDir(dataDirectoryFor(options))
    , m_settings(settingsFor(options, m_dataDir))
    , m_languages(std::make_unique<LanguageManager>())
    , m_log(std::make_unique<UsageLog>())
    , m_usagePolicy(std::make_unique<UsagePolicy>(m_settings.get(), m_log.get()))
    , m_session(std::make_unique<PauseSession>(m_log.get()))
    , m_cues(std::make_unique<CuePlayer>())
{
    AppAccess::install(QCoreApplication::instance());
    const auto configureCues = [this] {
        m_cues->configure(m_settings->value(Settings::Key::SoundCues).toBool(),
                          m_settings->value(Settings::Key::SpokenCues).toBool(),
                          m_settings->value(Settings::Key::SoundVolume).toInt());
    };
    configureCues();
    connect(m_settings.get(), &Settings::changed, this, configureCues);
    connect(m_languages.get(), &LanguageManager::languageChanged, this, [](const QString &code) {
        QGuiApplication::setLayoutDirection(
            LanguageManager::find(code).rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
        ScriptFont::follow(code);
    });
    setLanguage(m_options.language.isEmpty() ? m_settings->language() : m_options.language);

    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->home()->setCurrentLanguage(m_languages->current());
    connect(m_window->home(), &HomeScreen::pauseRequested, this,
            [this] { openPause(QStringLiteral("home")); });
    connect(m_window->home(), &HomeScreen::languageChosen, this, [this](const QString &code) {
        m_settings->setLanguage(code);
        setLanguage(code);
    });
    // First start: who and where, under the Pause button (never before the pause).
    if (FirstRunCard::isNeeded(*m_settings)) {
        auto *card = new FirstRunCard(m_settings.get());
        card->setCurrentLanguage(m_languages->current());
        m_window->home()->addBelowPause(card);
        connect(card, &FirstRunCard::languageChosen, this, [this](const QString &code) {
            m_settings->setLanguage(code);
            setLanguage(code);
        });
    }
    // The pause is built when first needed (at once with --pause, otherwise right after the
    // first paint of home) and wired up here whenever that is.
    connect(m_window.get(), &MainWindow::pauseCreated, this, &AppShell::wirePause);
    addBreatheDoor(); // first, so that the doors read Breathe, Tips, Who can help
    addContentScreens();
    m_desktop = std::make_unique<DesktopIntegration>(this, m_options.dataDir.isEmpty());
    addInsightsScreens();
    PaintProbe::installIfRequested(m_window.get());
    // Right after home is on screen, the pause is made ready, so pressing Pause stays instant.
    PaintProbe::afterFirstPaint(m_window.get(), this, [this] { afterFirstPaint(); });
}

const ContentLibrary *AppShell::content() const
{
    // Home shows none of it: read when a screen or the pause first needs it.
    if (!m_content) {
        m_content = std::make_unique<ContentLibrary>(
            ContentLibrary::load(OrganisationContent::defaultPath()));
        for (const QString &problem : m_content->problems())
            qWarning("%s", qUtf8Printable(problem));
    }
    return m_content.get();
}

void AppShell::addContentScreens()
{
    m_window->addScreen(QStringLiteral("tips"), [this] {
        return new TipsScreen(content(), m_settings.get(), m_log.get());
    });
    QPushButton *tipsDoor = m_window->home()->addDoor(
        QStringLiteral("tips"), QT_TRANSLATE_NOOP("pk::HomeScreen", "Tips"),
        QT_TRANSLATE_NOOP("pk::HomeScreen", "Short tips for hard moments, with their source."));
    connect(tipsDoor, &QPushButton::clicked, this,
            [this] { m_window->showScreen(QStringLiteral("tips")); });

    m_window->addScreen(QStringLiteral("helplines"), [this] {
        auto *helplines = new HelplinesScreen(content(), m_settings.get(), m_log.get());
        connect(helplines, &HelplinesScreen::editPlanRequested, this, [this] {
            auto *plan =
                qobject_cast<CryingPlanScreen *>(m_window->screen(QStringLiteral("cryingplan")));
            plan->reload();
            m_window->showScreen(QStringLiteral("cryingplan"));
        });
        return helplines;
    });
    QPushButton *door = m_window->home()->addDoor(
        QStringLiteral("helplines"), QT_TRANSLATE_NOOP("pk::HomeScreen", "Who can help"),
        QT_TRANSLATE_NOOP("pk::HomeScreen",
                          "Helplines that are open now, and your own people to call."));
    connect(door, &QPushButton::clicked, this,
            [this] { m_window->showScreen(QStringLiteral("helplines")); });
    m_window->addScreen(QStringLiteral("cryingplan"),
                        [this] { return new CryingPlanScreen(content(), m_settings.get()); });
}

void AppShell::addInsightsScreens()
{
    m_window->addScreen(QStringLiteral("insights"), [this] {
        auto *insights = new InsightsScreen(usageLog(), m_settings.get());
        insights->setNameResolvers({}, [this](const QString &id) {
            const Tip *tip = content()->tips().find(id);
            const QString text = tip ? tip->displayText(m_languages->current()) : id;
            return text.size() > 90 ? text.left(88).trimmed() + QChar(0x2026) : text;
        });
        connect(insights, &InsightsScreen::privacyRequested, this,
                [this] { m_window->showScreen(QStringLiteral("privacy")); });
        return insights;
    });
    m_window->addScreen(QStringLiteral("privacy"), [this] { return new PrivacyPage(usageLog()); });
    QPushButton *link = m_window->home()->addQuietLink(
        QStringLiteral("insights"), QT_TRANSLATE_NOOP("pk::HomeScreen", "My pauses"),
        QT_TRANSLATE_NOOP("pk::HomeScreen",
                          "See your own pauses: when, how you felt after, what helped."));
    // On a shared PC, My pauses stays hidden until the admin PIN was given in Settings.
    link->setVisible(m_desktop->adminUnlocked());
    connect(m_desktop.get(), &DesktopIntegration::adminUnlockedChanged, link,
            [this, link] { link->setVisible(m_desktop->adminUnlocked()); });
    connect(link, &QPushButton::clicked, this, &AppShell::openMyPauses);
}

void AppShell::openMyPauses()
{
    if (m_desktop->adminUnlocked())
        m_window->showScreen(QStringLiteral("insights"));
}

AppShell::~AppShell()
{
    m_desktop.reset(); // before the window it is part of
    startUsageLog();   // ended before its first paint: what was recorded is still written
    if (m_session->isActive())
        m_session->end();
}

void AppShell::wirePause(PauseScreen *pause)
{
    pause->setSettings(m_settings.get());
    pause->setLanguage(m_languages->current());
    pause->setCuePlayer(m_cues.get());
    // Tips and helplines come later in a pause: with --pause they are read after its first paint.
    if (m_firstPaintDone)
        pause->setContent(content()->tips(), content()->helplines());
    // "All helplines" from "I need help": the pause ends and the full screen opens.
    connect(pause, &PauseScreen::helplinesRequested, this, [this] {
        m_window->closePause();
        m_window->showScreen(QStringLiteral("helplines"));
    });
}

void AppShell::addBreatheDoor()
{
    // "Breathe" from home goes straight to breathing: the person chose it, no safe-first card.
    QPushButton *breathe = m_window->home()->addDoor(
        QStringLiteral("breathe"), QT_TRANSLATE_NOOP("pk::HomeScreen", "Breathe"),
        QT_TRANSLATE_NOOP("pk::HomeScreen", "Opens a breathing exercise right away."));
    connect(breathe, &QPushButton::clicked, this,
            [this] { openBreathing(QStringLiteral("breathe")); });
}

void AppShell::openBreathing(const QString &entry, const QString &exerciseId)
{
    PaintProbe::pauseRequested();
    m_window->pause()->preferExercise(exerciseId);
    m_window->openPause(entry, false, m_settings->audience());
}

void AppShell::afterFirstPaint()
{
    if (m_firstPaintDone)
        return;
    m_firstPaintDone = true;
    m_firstPaintFallback.stop();
    // What the first paint did not need: the usage log (Qt's SQLite driver, the file, retention,
    // all on its writer thread; events recorded before wait there in order), the pause made
    // ready so that pressing Pause stays instant, the tray icon, the window icon, the pause key
    // from anywhere.
    startUsageLog();
    const bool pausing = m_window->hasPause(); // --pause: built before the first paint
    PauseScreen *pause = m_window->pause();
    if (pausing)
        pause->setContent(content()->tips(), content()->helplines());
    pause->prepare(m_window->size());
    m_desktop->ensureTray();
    m_desktop->pauseKey()->start();
    QGuiApplication::setWindowIcon(AppIcon::icon());
    QTimer::singleShot(0, this, returnFreeMemory);
}

void AppShell::start()
{
    if (m_options.breathe) {
        openBreathing(QStringLiteral("cli"), m_options.breathePattern);
    } else if (m_options.pause) {
        openPause(QStringLiteral("cli"));
    } else if (m_options.helplines) {
        m_window->showScreen(QStringLiteral("helplines"));
    } else if (!(m_options.tray && m_desktop->ensureTray())) { // without a tray, --tray shows it
        m_window->show();
    } else {
        QTimer::singleShot(0, this, &AppShell::afterFirstPaint); // hidden in the tray
    }
    // A window system that never paints (or a window kept hidden) still gets all of it.
    m_firstPaintFallback.setSingleShot(true);
    connect(&m_firstPaintFallback, &QTimer::timeout, this, &AppShell::afterFirstPaint);
    m_firstPaintFallback.start(2000);
}

UsageLog *AppShell::usageLog() const
{
    startUsageLog(); // whoever reads it (My pauses, Settings, a test) sees what is stored
    return m_log.get();
}

void AppShell::startUsageLog() const
{
    if (std::exchange(m_usageLogStarted, true))
        return;
    m_usagePolicy->start(m_dataDir); // opens the log and enforces retention off the UI thread
}

void AppShell::handleRequest(const StartOptions &request)
{
    if (request.breathe) {
        openBreathing(QStringLiteral("handoff"), request.breathePattern);
        return;
    }
    if (request.pause) {
        openPause(QStringLiteral("handoff"));
        return;
    }
    if (request.helplines) {
        m_window->showScreen(QStringLiteral("helplines"));
        return;
    }
    if (m_window->isMinimized())
        m_window->showNormal();
    if (request.helplines)
        m_window->showScreen(QStringLiteral("helplines"));
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void AppShell::openPause(const QString &entry)
{
    PaintProbe::pauseRequested();
    m_window->openPause(entry, m_settings->safeFirstCard(), m_settings->audience());
}

void AppShell::setLanguage(const QString &code)
{
    m_languages->setLanguage(code);
    if (m_window) {
        m_window->home()->setCurrentLanguage(m_languages->current());
        if (m_window->hasPause())
            m_window->pause()->setLanguage(m_languages->current());
    }
}

} // namespace pk
