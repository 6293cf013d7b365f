#include "appshell.h"

#include "content/contentlibrary.h"
#include "content/organisationcontent.h"
#include "desktopintegration.h"
#include "firstpaintprobe.h"
#include "helplines/cryingplanscreen.h"
#include "helplines/helplinesscreen.h"
#include "home/homescreen.h"
#include "i18n/languagemanager.h"
#include "insights/insightsscreen.h"
#include "insights/privacypage.h"
#include "mainwindow.h"
#include "pause/pausescreen.h"
#include "pause/pausesession.h"
#include "settings/settings.h"
#include "sound/cueplayer.h"
#include "tips/tipsscreen.h"
#include "usage/usagelog.h"
#include "usage/usagepolicy.h"

#include <QDir>
#include <QGuiApplication>
#include <QPushButton>
#include <QStandardPaths>

namespace pk {
namespace {

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

AppShell::AppShell(const StartOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_dataDir(dataDirectoryFor(options))
    , m_settings(settingsFor(options, m_dataDir))
    , m_languages(std::make_unique<LanguageManager>())
    , m_log(std::make_unique<UsageLog>())
    , m_usagePolicy(std::make_unique<UsagePolicy>(m_settings.get(), m_log.get()))
    , m_session(std::make_unique<PauseSession>(m_log.get()))
    , m_content(std::make_unique<ContentLibrary>(
          ContentLibrary::load(OrganisationContent::defaultPath())))
    , m_cues(std::make_unique<CuePlayer>())
{
    for (const QString &problem : m_content->problems())
        qWarning("%s", qUtf8Printable(problem));
    connect(m_languages.get(), &LanguageManager::languageChanged, this, [](const QString &code) {
        QGuiApplication::setLayoutDirection(
            LanguageManager::find(code).rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
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
    wirePause(); // first, so that the doors read Breathe, Tips, Who can help
    addContentScreens();
    m_desktop = std::make_unique<DesktopIntegration>(this, m_options.dataDir.isEmpty());
    addInsightsScreens();
    FirstPaintProbe::installIfRequested(m_window->home());
}

void AppShell::addContentScreens()
{
    auto *tips = new TipsScreen(m_content.get(), m_settings.get(), m_log.get());
    m_window->addScreen(QStringLiteral("tips"), tips);
    QPushButton *tipsDoor = m_window->home()->addDoor(
        QStringLiteral("tips"), QT_TRANSLATE_NOOP("pk::HomeScreen", "Tips"),
        QT_TRANSLATE_NOOP("pk::HomeScreen", "Short tips for hard moments, with their source."));
    connect(tipsDoor, &QPushButton::clicked, this,
            [this] { m_window->showScreen(QStringLiteral("tips")); });

    auto *helplines = new HelplinesScreen(m_content.get(), m_settings.get(), m_log.get());
    m_window->addScreen(QStringLiteral("helplines"), helplines);
    QPushButton *door = m_window->home()->addDoor(
        QStringLiteral("helplines"), QT_TRANSLATE_NOOP("pk::HomeScreen", "Who can help"),
        QT_TRANSLATE_NOOP("pk::HomeScreen",
                          "Helplines that are open now, and your own people to call."));
    connect(door, &QPushButton::clicked, this,
            [this] { m_window->showScreen(QStringLiteral("helplines")); });
    auto *plan = new CryingPlanScreen(m_content.get(), m_settings.get());
    m_window->addScreen(QStringLiteral("cryingplan"), plan);
    connect(helplines, &HelplinesScreen::editPlanRequested, this, [this, plan] {
        plan->reload();
        m_window->showScreen(QStringLiteral("cryingplan"));
    });
}

void AppShell::addInsightsScreens()
{
    auto *insights = new InsightsScreen(m_log.get(), m_settings.get());
    insights->setNameResolvers({}, [this](const QString &id) {
        const Tip *tip = m_content->tips().find(id);
        const QString text = tip ? tip->displayText(m_languages->current()) : id;
        return text.size() > 90 ? text.left(88).trimmed() + QChar(0x2026) : text;
    });
    m_window->addScreen(QStringLiteral("insights"), insights);
    m_window->addScreen(QStringLiteral("privacy"), new PrivacyPage(m_log.get()));
    connect(insights, &InsightsScreen::privacyRequested, this,
            [this] { m_window->showScreen(QStringLiteral("privacy")); });
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
    if (m_session->isActive())
        m_session->end();
}

void AppShell::wirePause()
{
    PauseScreen *pause = m_window->pause();
    pause->setSettings(m_settings.get());
    pause->setLanguage(m_languages->current());
    pause->setCuePlayer(m_cues.get());
    pause->setContent(m_content->tips(), m_content->helplines());
    // "All helplines" from "I need help": the pause ends and the full screen opens.
    connect(pause, &PauseScreen::helplinesRequested, this, [this] {
        m_window->closePause();
        m_window->showScreen(QStringLiteral("helplines"));
    });
    const auto configureCues = [this] {
        m_cues->configure(m_settings->value(Settings::Key::SoundCues).toBool(),
                          m_settings->value(Settings::Key::SpokenCues).toBool(),
                          m_settings->value(Settings::Key::SoundVolume).toInt());
    };
    configureCues();
    connect(m_settings.get(), &Settings::changed, this, configureCues);
    // "Breathe" from home goes straight to breathing: the person chose it, no safe-first card.
    QPushButton *breathe = m_window->home()->addDoor(
        QStringLiteral("breathe"), QT_TRANSLATE_NOOP("pk::HomeScreen", "Breathe"),
        QT_TRANSLATE_NOOP("pk::HomeScreen", "Opens a breathing exercise right away."));
    connect(breathe, &QPushButton::clicked, this,
            [this] { openBreathing(QStringLiteral("breathe")); });
}

void AppShell::openBreathing(const QString &entry, const QString &exerciseId)
{
    m_window->pause()->preferExercise(exerciseId);
    m_window->openPause(entry, false, m_settings->audience());
}

void AppShell::start()
{
    if (m_options.breathe) {
        openBreathing(QStringLiteral("cli"), m_options.breathePattern);
    } else if (m_options.pause) {
        openPause(QStringLiteral("cli"));
    } else if (m_options.helplines) {
        m_window->showScreen(QStringLiteral("helplines"));
    } else if (!(m_options.tray && m_desktop->tray())) { // without a tray, --tray shows it
        m_window->show();
    }
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
    m_window->openPause(entry, m_settings->safeFirstCard(), m_settings->audience());
}

void AppShell::setLanguage(const QString &code)
{
    m_languages->setLanguage(code);
    if (m_window) {
        m_window->home()->setCurrentLanguage(m_languages->current());
        m_window->pause()->setLanguage(m_languages->current());
    }
}

} // namespace pk
