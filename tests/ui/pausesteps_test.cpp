#include "breathing/breathbar.h"
#include "breathing/breathcircle.h"
#include "breathing/breathingcatalog.h"
#include "breathing/breathingview.h"
#include "breathing/exercisechooser.h"
#include "breathing/ownpatterneditor.h"
#include "content/cryingplan.h"
#include "content/tipcatalog.h"
#include "content/tipwording.h"
#include "home/homescreen.h"
#include "i18n/languagemanager.h"
#include "pause/calmercard.h"
#include "pause/checkincard.h"
#include "pause/needhelppage.h"
#include "pause/pausescreen.h"
#include "pause/tensecard.h"
#include "pause/walkawaycard.h"
#include "shell/appshell.h"
#include "shell/mainwindow.h"
#include "sound/cueplayer.h"
#include "support/testsupport.h"
#include "usage/usagelog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace pk;

namespace {

// A whole app in a temporary folder; breathing and the walk-away timer run on fake clocks.
class PauseSteps : public ::testing::Test
{
protected:
    void SetUp() override { build({}); }

    void build(const std::function<void(StartOptions &)> &adjust)
    {
        m_shell.reset();
        StartOptions options;
        options.dataDir = m_dir.path();
        options.language = QStringLiteral("en");
        if (adjust)
            adjust(options);
        m_shell = std::make_unique<AppShell>(options);
        m_shell->cuePlayer()->setOutputAvailableForTest(false);
        m_shell->start();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window()));
        pause()->breathingView()->setElapsedSource([this] { return m_breathNow; });
        pause()->walkAwayCard()->timer()->setElapsedSource([this] { return m_walkNow; });
    }

    MainWindow *window() const { return m_shell->window(); }
    PauseScreen *pause() const { return window()->pause(); }
    UsageLog *log() const { return m_shell->usageLog(); }
    void key(Qt::Key k) { QTest::keyClick(QApplication::focusWidget(), k); }

    // Breathing from the Breathe door, run to its end, on the check-in.
    void breatheToCheckIn()
    {
        QTest::mouseClick(window()->home()->door(QStringLiteral("breathe")), Qt::LeftButton);
        ASSERT_EQ(pause()->step(), PauseScreen::Step::Breathing);
        m_breathNow = pause()->breathingView()->plannedMs();
        QTRY_COMPARE_WITH_TIMEOUT(pause()->step(), PauseScreen::Step::CheckIn, 2'000);
    }

    void answer(PauseSession::CheckIn a)
    {
        QTest::mouseClick(pause()->checkInCard()->button(a), Qt::LeftButton);
    }

    QList<UsageRecord> events(const QString &type) const
    {
        QList<UsageRecord> result;
        for (const UsageRecord &r : log()->records()) {
            if (r.type == type)
                result.append(r);
        }
        return result;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AppShell> m_shell;
    qint64 m_breathNow = 0;
    qint64 m_walkNow = 0;
};

} // namespace

TEST_F(PauseSteps, BreatheDoorSkipsTheSafeFirstCard)
{
    QTest::mouseClick(window()->home()->door(QStringLiteral("breathe")), Qt::LeftButton);
    EXPECT_TRUE(window()->isPausing());
    EXPECT_EQ(pause()->step(), PauseScreen::Step::Breathing);
    ASSERT_EQ(events(UsageEvent::PauseStarted).size(), 1);
    EXPECT_EQ(events(UsageEvent::PauseStarted).at(0).item, QStringLiteral("breathe"));
}

TEST_F(PauseSteps, SafeFirstCardCanBeSwitchedOffInSettings)
{
    m_shell->settings()->setSafeFirstCard(false);
    QTest::mouseClick(window()->home()->pauseButton(), Qt::LeftButton);
    EXPECT_EQ(pause()->step(), PauseScreen::Step::Breathing);
}

TEST_F(PauseSteps, BreatheOptionOpensThePatternAsked)
{
    build([](StartOptions &o) {
        o.breathe = true;
        o.breathePattern = QStringLiteral("box3");
    });
    EXPECT_EQ(pause()->step(), PauseScreen::Step::Breathing);
    EXPECT_EQ(pause()->breathingView()->exerciseId(), QStringLiteral("box3"));
    EXPECT_EQ(pause()->breathingView()->plannedMs(), 10 * 12'000);
}

TEST_F(PauseSteps, CalmerGivesAWarmWordATipForTheAudienceAndTheWayBack)
{
    m_shell->settings()->setAudience(Audience::Grandparent);
    breatheToCheckIn();
    answer(PauseSession::CheckIn::Calmer);
    EXPECT_EQ(pause()->step(), PauseScreen::Step::Calmer);
    const QList<UsageRecord> shown = events(UsageEvent::TipShown);
    ASSERT_EQ(shown.size(), 1);
    const Tip *tip = TipCatalog().find(shown.at(0).item);
    ASSERT_NE(tip, nullptr);
    EXPECT_TRUE(tip->isFor(Audience::Grandparent));
    EXPECT_TRUE(pause()->calmerCard()->tipText().contains(TipWording::text(
        *tip, HelplineDirectory(), QStringLiteral("BE-VLG"), QStringLiteral("en"))));
    ASSERT_EQ(events(UsageEvent::CheckIn).size(), 1);
    EXPECT_EQ(events(UsageEvent::CheckIn).at(0).item, QStringLiteral("calmer"));
    ASSERT_EQ(events(UsageEvent::BreathingCompleted).size(), 1);
    EXPECT_EQ(events(UsageEvent::BreathingCompleted).at(0).value, 120);
    QTest::mouseClick(pause()->calmerCard()->backButton(), Qt::LeftButton);
    EXPECT_FALSE(window()->isPausing());
}

TEST_F(PauseSteps, TheTipOnScreenFollowsALiveLanguageSwitchAndTheRegion)
{
    breatheToCheckIn();
    answer(PauseSession::CheckIn::Calmer);
    const Tip *tip = TipCatalog().find(events(UsageEvent::TipShown).at(0).item);
    ASSERT_NE(tip, nullptr);
    ASSERT_TRUE(pause()->calmerCard()->tipText().startsWith(QLatin1String("A tip: ")));
    const QString region = m_shell->settings()->value(Settings::Key::Region).toString();
    const QString english =
        TipWording::text(*tip, HelplineDirectory(), region, QStringLiteral("en"));
    m_shell->setLanguage(QStringLiteral("nl"));
    QCoreApplication::sendPostedEvents();
    // The card's own words and the tip are Dutch now (or the tip's English source where the
    // Dutch translation is still to come), worded for the region.
    const QString dutch = TipWording::text(
        *tip, HelplineDirectory(), m_shell->settings()->value(Settings::Key::Region).toString(),
        QStringLiteral("nl"));
    EXPECT_EQ(pause()->calmerCard()->tipText(), QStringLiteral("Een tip: %1").arg(dutch));
    // Every one of the sixteen languages, one after the other, with the same tip on screen.
    for (const QString &code : LanguageManager::codes()) {
        SCOPED_TRACE(code.toStdString());
        m_shell->setLanguage(code);
        QCoreApplication::sendPostedEvents();
        const QString words = TipWording::text(*tip, HelplineDirectory(), region, code);
        EXPECT_EQ(pause()->calmerCard()->tipText(),
                  QCoreApplication::translate("pk::CalmerCard", "A tip: %1").arg(words));
        EXPECT_EQ(words == english, code == QLatin1String("en")) << words.toStdString();
    }
    m_shell->setLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents();
    EXPECT_TRUE(pause()->calmerCard()->tipText().startsWith(QLatin1String("A tip: ")));
}

TEST_F(PauseSteps, StillTenseOffersAnotherRoundAnotherExerciseAndATip)
{
    m_shell->settings()->setAudience(Audience::ChildcareWorker);
    breatheToCheckIn();
    answer(PauseSession::CheckIn::StillTense);
    EXPECT_EQ(pause()->step(), PauseScreen::Step::StillTense);
    EXPECT_FALSE(pause()->tenseCard()->tipText().isEmpty());
    const Tip *tip = TipCatalog().find(events(UsageEvent::TipShown).at(0).item);
    ASSERT_NE(tip, nullptr);
    EXPECT_TRUE(tip->isFor(Audience::ChildcareWorker));

    m_breathNow = 0;
    QTest::mouseClick(pause()->tenseCard()->againButton(), Qt::LeftButton);
    EXPECT_EQ(pause()->step(), PauseScreen::Step::Breathing);
    EXPECT_EQ(pause()->breathingView()->exerciseId(), QStringLiteral("calm"));

    QTest::mouseClick(pause()->breathingView()->doneButton(), Qt::LeftButton);
    EXPECT_EQ(pause()->step(), PauseScreen::Step::CheckIn);
    EXPECT_EQ(events(UsageEvent::BreathingStopped).size(), 1);
    answer(PauseSession::CheckIn::StillTense);
    QTest::mouseClick(pause()->tenseCard()->otherButton(), Qt::LeftButton);
    ASSERT_EQ(pause()->step(), PauseScreen::Step::Choosing);
    ExerciseChooser *chooser = pause()->chooser();
    QTest::mouseClick(chooser->exerciseButton(QStringLiteral("478")), Qt::LeftButton);
    EXPECT_TRUE(chooser->detailsText().contains(QStringLiteral("light-headed")));
    ASSERT_NE(chooser->choiceButton(2), nullptr);
    QTest::mouseClick(chooser->choiceButton(2), Qt::LeftButton);
    QTest::mouseClick(chooser->startButton(), Qt::LeftButton);
    EXPECT_EQ(pause()->step(), PauseScreen::Step::Breathing);
    EXPECT_EQ(pause()->breathingView()->exerciseId(), QStringLiteral("478"));
    EXPECT_EQ(pause()->breathingView()->plannedMs(), 2 * 19'000);
}

TEST_F(PauseSteps, WalkAwayCountsDownCalmlyAndSaysGoAndLook)
{
    breatheToCheckIn();
    answer(PauseSession::CheckIn::StillTense);
    QTest::mouseClick(pause()->tenseCard()->walkAwayButton(), Qt::LeftButton);
    WalkAwayCard *card = pause()->walkAwayCard();
    ASSERT_EQ(pause()->step(), PauseScreen::Step::WalkAway);
    EXPECT_EQ(card->state(), WalkAwayCard::State::Choosing);
    QTest::mouseClick(card->minutesButton(5), Qt::LeftButton);
    EXPECT_EQ(card->state(), WalkAwayCard::State::Counting);
    EXPECT_EQ(card->countdownText(), QStringLiteral("5:00"));
    m_walkNow = 61'000;
    QTRY_COMPARE_WITH_TIMEOUT(card->countdownText(), QStringLiteral("3:59"), 2'000);
    m_walkNow = 299'500;
    QTRY_COMPARE_WITH_TIMEOUT(card->countdownText(), QStringLiteral("0:01"), 2'000);
    EXPECT_EQ(card->state(), WalkAwayCard::State::Counting);
    m_walkNow = 300'000;
    QTRY_COMPARE_WITH_TIMEOUT(card->state(), WalkAwayCard::State::Ended, 2'000);
    EXPECT_EQ(card->endText(), QStringLiteral("Go and look at your child now."));
    EXPECT_FALSE(card->timer()->isRunning()); // idle again: nothing ticks
    EXPECT_EQ(QApplication::focusWidget(), card->lookButton());
    ASSERT_EQ(events(UsageEvent::WalkAwayStarted).size(), 1);
    EXPECT_EQ(events(UsageEvent::WalkAwayStarted).at(0).value, 300);
    ASSERT_EQ(events(UsageEvent::WalkAwayEnded).size(), 1);
    EXPECT_EQ(events(UsageEvent::WalkAwayEnded).at(0).value, 300);
    key(Qt::Key_Space);
    EXPECT_FALSE(window()->isPausing());
}

TEST_F(PauseSteps, WalkAwayCanEndEarlyAndAsksAgainHowYouFeel)
{
    breatheToCheckIn();
    answer(PauseSession::CheckIn::StillTense);
    QTest::mouseClick(pause()->tenseCard()->walkAwayButton(), Qt::LeftButton);
    WalkAwayCard *card = pause()->walkAwayCard();
    QTest::mouseClick(card->minutesButton(10), Qt::LeftButton);
    m_walkNow = 95'000;
    QTest::mouseClick(card->backEarlyButton(), Qt::LeftButton);
    EXPECT_EQ(pause()->step(), PauseScreen::Step::CheckIn);
    EXPECT_FALSE(card->timer()->isRunning());
    ASSERT_EQ(events(UsageEvent::WalkAwayEnded).size(), 1);
    EXPECT_EQ(events(UsageEvent::WalkAwayEnded).at(0).value, 95);
    EXPECT_EQ(events(UsageEvent::WalkAwayStarted).at(0).value, 600);
}

TEST_F(PauseSteps, INeedHelpShows112FirstAndTheFlemishLines)
{
    breatheToCheckIn();
    answer(PauseSession::CheckIn::NeedHelp);
    ASSERT_EQ(pause()->step(), PauseScreen::Step::NeedHelp);
    NeedHelpPage *help = pause()->needHelpPage();
    EXPECT_EQ(QApplication::focusWidget(), help->callButton());
    EXPECT_EQ(help->callButton()->text(), QStringLiteral("Call 112"));
    const QStringList lines = help->shownLines();
    EXPECT_TRUE(lines.contains(QStringLiteral("1712 1712"))) << lines.join(u',').toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("Tele-Onthaal 106")));
    EXPECT_TRUE(lines.contains(QStringLiteral("Zelfmoordlijn 1813 1813")));
    for (const QString &line : lines)
        EXPECT_FALSE(line.endsWith(QStringLiteral(" 112")));
    EXPECT_EQ(events(UsageEvent::CheckIn).at(0).item, QStringLiteral("help"));
}

TEST_F(PauseSteps, INeedHelpListsMyOwnPeopleBeforeTheHelplinesAndNeverLogsThem)
{
    CryingPlan::save(*m_shell->settings(),
                     {{QStringLiteral("Oma Lieve"), QStringLiteral("0470 12 34 56"),
                       QStringLiteral("lives next door")}});
    breatheToCheckIn();
    answer(PauseSession::CheckIn::NeedHelp);
    const QStringList lines = pause()->needHelpPage()->shownLines();
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.constFirst(), QStringLiteral("Oma Lieve 0470 12 34 56"));
    EXPECT_TRUE(lines.contains(QStringLiteral("Tele-Onthaal 106")));
    for (const UsageRecord &record : log()->records()) {
        EXPECT_FALSE(record.item.contains(QStringLiteral("oma"), Qt::CaseInsensitive));
        EXPECT_FALSE(record.item.contains(QStringLiteral("0470")));
    }
}

TEST(PauseStepsSharedPc, INeedHelpPutsTheOrganisationContactFirstAndNoPersonalPeople)
{
    QTemporaryDir dir;
    ASSERT_TRUE(test::writeFile(dir.filePath(QStringLiteral("managed/pauzeknop.conf")),
                                "[organisation]\nsharedPc=true\ncontactName=Els (manager)\n"
                                "contactPhone=09 123 45 67\n"));
    const test::ScopedEnv managed("PAUZEKNOP_MANAGED_DIR",
                                  dir.filePath(QStringLiteral("managed")).toLocal8Bit());
    StartOptions options;
    options.dataDir = dir.filePath(QStringLiteral("data"));
    options.language = QStringLiteral("en");
    AppShell shell(options);
    ASSERT_TRUE(shell.settings()->sharedPcMode());
    shell.cuePlayer()->setOutputAvailableForTest(false);
    shell.start();
    shell.window()->openPause(QStringLiteral("home"), false, Audience::ChildcareWorker);
    PauseScreen *pause = shell.window()->pause();
    qint64 now = 0;
    pause->breathingView()->setElapsedSource([&now] { return now; });
    now = pause->breathingView()->plannedMs();
    QTRY_COMPARE_WITH_TIMEOUT(pause->step(), PauseScreen::Step::CheckIn, 2'000);
    QTest::mouseClick(pause->checkInCard()->button(PauseSession::CheckIn::NeedHelp),
                      Qt::LeftButton);
    ASSERT_EQ(pause->step(), PauseScreen::Step::NeedHelp);
    const QStringList lines = pause->needHelpPage()->shownLines();
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.constFirst(), QStringLiteral("Els (manager) 09 123 45 67"));
    pause->breathingView()->setElapsedSource({});
}

TEST_F(PauseSteps, PlusOneMinuteAndTheFourSevenEightCap)
{
    QTest::mouseClick(window()->home()->door(QStringLiteral("breathe")), Qt::LeftButton);
    BreathingView *view = pause()->breathingView();
    EXPECT_EQ(view->plannedMs(), 120'000);
    QTest::mouseClick(view->moreButton(), Qt::LeftButton);
    EXPECT_EQ(view->plannedMs(), 180'000);

    view->start(BreathingCatalog::find(QStringLiteral("478")), 3 * 19'000);
    EXPECT_EQ(view->moreButton()->text(), QStringLiteral("One more round"));
    EXPECT_FALSE(view->moreButton()->isHidden());
    QTest::mouseClick(view->moreButton(), Qt::LeftButton);
    EXPECT_EQ(view->plannedMs(), 4 * 19'000);
    EXPECT_TRUE(view->moreButton()->isHidden());
}

TEST_F(PauseSteps, LeavingDuringBreathingLogsTheTimeBreathed)
{
    QTest::mouseClick(window()->home()->door(QStringLiteral("breathe")), Qt::LeftButton);
    m_breathNow = 42'300;
    key(Qt::Key_Escape);
    EXPECT_FALSE(window()->isPausing());
    ASSERT_EQ(events(UsageEvent::BreathingStopped).size(), 1);
    EXPECT_EQ(events(UsageEvent::BreathingStopped).at(0).item, QStringLiteral("calm"));
    EXPECT_EQ(events(UsageEvent::BreathingStopped).at(0).value, 42);
    ASSERT_EQ(events(UsageEvent::BreathingPlanned).size(), 1);
    EXPECT_EQ(events(UsageEvent::BreathingPlanned).at(0).item, QStringLiteral("calm"));
    EXPECT_EQ(events(UsageEvent::BreathingPlanned).at(0).value, 120);
    EXPECT_EQ(events(UsageEvent::BreathingCompleted).size(), 0);
}

TEST_F(PauseSteps, KeyboardAloneWalksTheWholeFlow)
{
    key(Qt::Key_Space); // the Pause button has the focus
    EXPECT_EQ(pause()->step(), PauseScreen::Step::SafeFirst);
    key(Qt::Key_Return);
    EXPECT_EQ(pause()->step(), PauseScreen::Step::Breathing);
    EXPECT_EQ(QApplication::focusWidget(), pause()->okButton());
    key(Qt::Key_Tab);
    key(Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), pause()->breathingView()->doneButton());
    key(Qt::Key_Space);
    EXPECT_EQ(pause()->step(), PauseScreen::Step::CheckIn);
    key(Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(),
              pause()->checkInCard()->button(PauseSession::CheckIn::StillTense));
    key(Qt::Key_Space);
    EXPECT_EQ(pause()->step(), PauseScreen::Step::StillTense);
    key(Qt::Key_Tab);
    key(Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), pause()->tenseCard()->walkAwayButton());
    key(Qt::Key_Space);
    EXPECT_EQ(QApplication::focusWidget(), pause()->walkAwayCard()->minutesButton(5));
    key(Qt::Key_Space);
    EXPECT_EQ(QApplication::focusWidget(), pause()->walkAwayCard()->backEarlyButton());
    key(Qt::Key_Space);
    EXPECT_EQ(pause()->step(), PauseScreen::Step::CheckIn);
    key(Qt::Key_Tab);
    key(Qt::Key_Tab);
    key(Qt::Key_Space);
    EXPECT_EQ(pause()->step(), PauseScreen::Step::NeedHelp);
    key(Qt::Key_Escape);
    EXPECT_FALSE(window()->isPausing());
    EXPECT_EQ(QApplication::focusWidget(), window()->home()->pauseButton());
}

TEST_F(PauseSteps, EveryControlOfEveryStepHasANameAndADescription)
{
    breatheToCheckIn();
    answer(PauseSession::CheckIn::StillTense);
    QTest::mouseClick(pause()->tenseCard()->otherButton(), Qt::LeftButton);
    // Steps are built on first use: build the ones this pause did not reach.
    pause()->calmerCard();
    pause()->needHelpPage();
    pause()->walkAwayCard();
    pause()->ownPatternEditor();
    int checked = 0;
    for (QAbstractButton *button : pause()->findChildren<QAbstractButton *>()) {
        if (button->metaObject()->className() == QByteArray("pk::EmergencyStrip"))
            continue;
        EXPECT_FALSE(button->accessibleName().isEmpty()) << button->text().toStdString();
        EXPECT_FALSE(button->accessibleDescription().isEmpty()) << button->text().toStdString();
        ++checked;
    }
    for (QLineEdit *edit : pause()->findChildren<QLineEdit *>()) {
        EXPECT_FALSE(edit->accessibleName().isEmpty());
        EXPECT_FALSE(edit->accessibleDescription().isEmpty());
        ++checked;
    }
    EXPECT_GE(checked, 30);
}

TEST_F(PauseSteps, ThePhaseWordIsWhatScreenReadersHear)
{
    QTest::mouseClick(window()->home()->door(QStringLiteral("breathe")), Qt::LeftButton);
    BreathingView *view = pause()->breathingView();
    EXPECT_EQ(view->phaseWordLabel()->accessibleName(), QStringLiteral("Breathe in"));
    m_breathNow = 5'000;
    QTRY_COMPARE_WITH_TIMEOUT(view->phaseWordLabel()->text(), QStringLiteral("Breathe out"), 2'000);
    EXPECT_EQ(view->phaseWordLabel()->accessibleName(), QStringLiteral("Breathe out"));
    // One element speaks the phase; the circle keeps its own name (no duplicate announcement).
    EXPECT_EQ(view->circle()->accessibleName(), QStringLiteral("Breathing circle"));
}

TEST_F(PauseSteps, INeedHelpLeadsOnToTheFullHelplinesScreen)
{
    breatheToCheckIn();
    answer(PauseSession::CheckIn::NeedHelp);
    QTest::mouseClick(pause()->needHelpPage()->allButton(), Qt::LeftButton);
    EXPECT_FALSE(window()->isPausing());
    EXPECT_EQ(window()->currentScreenId(), QStringLiteral("helplines"));
    EXPECT_EQ(events(UsageEvent::PauseEnded).size(), 1);
}

TEST_F(PauseSteps, HomeDoorsReadBreatheTipsWhoCanHelp)
{
    QPushButton *breathe = window()->home()->door(QStringLiteral("breathe"));
    QPushButton *tips = window()->home()->door(QStringLiteral("tips"));
    QPushButton *help = window()->home()->door(QStringLiteral("helplines"));
    ASSERT_TRUE(breathe && tips && help);
    EXPECT_LT(breathe->x(), tips->x());
    EXPECT_LT(tips->x(), help->x());
    EXPECT_FALSE(breathe->accessibleDescription().isEmpty());
}
