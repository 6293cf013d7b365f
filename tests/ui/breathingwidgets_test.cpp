#include "breathing/breathbar.h"
#include "breathing/breathcircle.h"
#include "breathing/breathingcatalog.h"
#include "breathing/breathingview.h"
#include "breathing/custompatternstore.h"
#include "breathing/exercisechooser.h"
#include "breathing/ownpatterneditor.h"
#include "pause/pausescreen.h"
#include "pause/pausesession.h"
#include "settings/settings.h"
#include "sound/cueplayer.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace pk;
using F = CustomPattern::Field;

namespace {

// A pause screen on its own with settings in a temporary folder.
class PauseAlone : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("s.ini")));
        m_screen = std::make_unique<PauseScreen>(&m_session);
        m_screen->setSettings(m_settings.get());
        m_screen->resize(960, 700);
        m_screen->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_screen.get()));
        m_screen->breathingView()->setElapsedSource([this] { return m_now; });
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    PauseSession m_session{nullptr};
    std::unique_ptr<PauseScreen> m_screen;
    qint64 m_now = 0;
};

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

} // namespace

TEST_F(PauseAlone, OwnPatternWithImpossibleValuesGetsASentenceAndIsNotSaved)
{
    m_screen->begin(false, Audience::Parent);
    QTest::mouseClick(m_screen->breathingView()->doneButton(), Qt::LeftButton);
    m_screen->chooser()->ownPatternRequested();
    ASSERT_EQ(m_screen->step(), PauseScreen::Step::OwnPattern);
    OwnPatternEditor *editor = m_screen->ownPatternEditor();
    typeInto(editor->field(F::In), QStringLiteral("13"));
    typeInto(editor->field(F::HoldIn), QStringLiteral("two"));
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    EXPECT_TRUE(editor->message().contains(QStringLiteral("Breathe in can be at most 12 seconds.")))
        << editor->message().toStdString();
    EXPECT_TRUE(editor->message().contains(QStringLiteral("Hold after breathing in: please type")));
    EXPECT_EQ(editor->field(F::In)->text(), QStringLiteral("13")); // never clamped
    EXPECT_EQ(m_screen->step(), PauseScreen::Step::OwnPattern);
    EXPECT_TRUE(CustomPatternStore(m_settings.get()).patterns().isEmpty());

    typeInto(editor->field(F::In), QStringLiteral("5,5"));
    typeInto(editor->field(F::HoldIn), QStringLiteral("1"));
    typeInto(editor->field(F::Out), QStringLiteral("7"));
    QTest::keyClick(editor->field(F::Out), Qt::Key_Return);
    EXPECT_EQ(m_screen->step(), PauseScreen::Step::Breathing);
    EXPECT_EQ(m_screen->breathingView()->exerciseId(), QStringLiteral("custom-1"));
    ASSERT_EQ(CustomPatternStore(m_settings.get()).patterns().size(), 1);
    EXPECT_EQ(CustomPatternStore(m_settings.get()).patterns().at(0), CustomPattern(5.5, 1, 7, 0));

    // The chooser now offers it next to the built-ins.
    QTest::mouseClick(m_screen->breathingView()->doneButton(), Qt::LeftButton);
    m_screen->chooser()->setExercises({}, {});
    m_screen->chooser()->ownPatternRequested(); // back out through Back
    QTest::mouseClick(m_screen->ownPatternEditor()->findChildren<QPushButton *>().at(1),
                      Qt::LeftButton);
    EXPECT_EQ(m_screen->step(), PauseScreen::Step::Choosing);
    EXPECT_NE(m_screen->chooser()->exerciseButton(QStringLiteral("custom-1")), nullptr);
}

TEST_F(PauseAlone, ReducedMotionShowsAFillingBarAndWordsInsteadOfTheCircle)
{
    m_settings->setValue(Settings::Key::ReducedMotion, true);
    m_screen->begin(false, Audience::Parent);
    BreathingView *view = m_screen->breathingView();
    EXPECT_TRUE(view->reducedMotion());
    EXPECT_FALSE(view->circle()->isVisible());
    EXPECT_TRUE(view->bar()->isVisible());
    m_now = 2'000;
    QTRY_VERIFY_WITH_TIMEOUT(view->bar()->level() > 0.3, 2'000);
    EXPECT_DOUBLE_EQ(view->circle()->level(), 0.0); // the circle never moved
    EXPECT_EQ(view->phaseWordLabel()->text(), QStringLiteral("Breathe in"));
    // One 60 Hz frame later only the strip between the old and new fill is repainted.
    const double before = view->bar()->level();
    m_now = 2'016;
    QTRY_VERIFY_WITH_TIMEOUT(view->bar()->level() > before, 2'000);
    EXPECT_LT(view->bar()->lastDirtyRect().width(), view->bar()->width() / 4);
    EXPECT_GT(view->bar()->lastDirtyRect().width(), 0);
}

TEST_F(PauseAlone, TheCircleRepaintsOnlyTheSquareAroundItself)
{
    m_screen->begin(false, Audience::Parent);
    BreathCircle *circle = m_screen->breathingView()->circle();
    m_now = 1'000;
    QTRY_VERIFY_WITH_TIMEOUT(circle->level() > 0.1, 2'000);
    const QRect dirty = circle->lastDirtyRect();
    EXPECT_LT(dirty.width() * dirty.height(), circle->width() * circle->height());
    EXPECT_TRUE(circle->rect().contains(dirty.center()));
    // Breathing view labels are only set when their text changes: the same frame twice
    // leaves the circle's level (and so its dirty rect) alone.
    const double level = circle->level();
    QTest::qWait(40);
    EXPECT_DOUBLE_EQ(circle->level(), level);
}

TEST_F(PauseAlone, NoAudioOutputMeansSilenceAndThePauseGoesOn)
{
    CuePlayer player;
    player.setOutputAvailableForTest(false);
    player.configure(true, true, 80);
    m_screen->setCuePlayer(&player);
    m_screen->begin(false, Audience::Parent);
    m_now = 5'000;
    QTRY_COMPARE_WITH_TIMEOUT(m_screen->breathingView()->phaseWordLabel()->text(),
                              QStringLiteral("Breathe out"), 2'000);
    m_now = 120'000;
    QTRY_COMPARE_WITH_TIMEOUT(m_screen->step(), PauseScreen::Step::CheckIn, 2'000);
    EXPECT_EQ(player.playedCount(), 0);
    m_screen->setCuePlayer(nullptr);
}

TEST_F(PauseAlone, AFailingOrMissingDeviceNeverBlocksTheCues)
{
    // Pretend a device is listed: on this test machine there is no sound server behind it.
    CuePlayer player;
    player.setOutputAvailableForTest(true);
    player.configure(true, false, 80);
    player.setLanguage(QStringLiteral("nl"));
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 20; ++i) {
        player.phaseStarted(BreathPhaseKind::In);
        player.phaseStarted(BreathPhaseKind::Out);
        player.chime();
    }
    EXPECT_LT(clock.elapsed(), 1'000);
    // And asking the real system for its outputs returns (whatever it finds).
    CuePlayer real;
    clock.restart();
    real.outputAvailable();
    EXPECT_LT(clock.elapsed(), 3'000);
}

TEST(CuePlayer, SpokenCuesFollowTheLanguageAndTheVolumeIsCapped)
{
    CuePlayer player;
    player.configure(true, true, 100);
    player.setLanguage(QStringLiteral("nl"));
    EXPECT_EQ(player.sourceFor(BreathPhaseKind::In), QStringLiteral(":/sounds/nl/in.wav"));
    EXPECT_EQ(player.sourceFor(BreathPhaseKind::HoldOut), QStringLiteral(":/sounds/nl/hold.wav"));
    player.setLanguage(QStringLiteral("so")); // no voice: the soft tone
    EXPECT_EQ(player.sourceFor(BreathPhaseKind::Out), QStringLiteral(":/sounds/cue-out.wav"));
    player.configure(true, false, 100);
    EXPECT_EQ(player.sourceFor(BreathPhaseKind::In), QStringLiteral(":/sounds/cue-in.wav"));
    EXPECT_TRUE(player.sourceFor(BreathPhaseKind::HoldIn).isEmpty());
    const QStringList languages{QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("fr"),
                                QStringLiteral("de"), QStringLiteral("ar")};
    const QStringList cues{QStringLiteral("in"), QStringLiteral("more"), QStringLiteral("hold"),
                           QStringLiteral("out")};
    for (const QString &lang : languages) {
        for (const QString &cue : cues)
            EXPECT_TRUE(QFile::exists(QStringLiteral(":/sounds/%1/%2.wav").arg(lang, cue)))
                << lang.toStdString() << cue.toStdString();
    }
    EXPECT_TRUE(QFile::exists(QStringLiteral(":/sounds/chime.wav")));
    EXPECT_DOUBLE_EQ(CuePlayer::effectiveVolume(100), CuePlayer::MaxVolumePercent / 100.0);
    EXPECT_LT(CuePlayer::effectiveVolume(30), 0.1);
    EXPECT_DOUBLE_EQ(CuePlayer::effectiveVolume(0), 0.0);
    EXPECT_DOUBLE_EQ(CuePlayer::effectiveVolume(400), CuePlayer::effectiveVolume(100));
}
