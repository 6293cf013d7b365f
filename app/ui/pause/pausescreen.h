#pragma once

#include "breathing/breathexercise.h"
#include "content/cryingplan.h"
#include "content/helplinedirectory.h"
#include "content/tipcatalog.h"
#include "settings/settings.h"

#include <QWidget>

#include <optional>

class QPushButton;
class QStackedWidget;

namespace pk {

class BreathingView;
class CalmerCard;
class CheckInCard;
class CuePlayer;
class EmergencyStrip;
class ExerciseChooser;
class NeedHelpPage;
class OwnPatternEditor;
class PauseSession;
class SafeFirstCard;
class TenseCard;
class WalkAwayCard;

// The full-screen pause: safe-first card -> breathing -> "How do you feel now?" -> a next step
// (a warm word and a tip; more time, another exercise or the walk-away timer; who can help).
// "I'm OK now" and Escape leave from every step; 112 stays in a fixed corner throughout.
// Each step is built the first time it is needed.
class PauseScreen : public QWidget
{
    Q_OBJECT

public:
    enum class Step
    {
        SafeFirst,
        Breathing,
        CheckIn,
        Calmer,
        StillTense,
        NeedHelp,
        WalkAway,
        Choosing,
        OwnPattern,
    };

    explicit PauseScreen(PauseSession *session, QWidget *parent = nullptr);
    ~PauseScreen() override;

    // Where the exercise, duration, motion and sound preferences and the region come from.
    void setSettings(Settings *settings);
    // Tips and helplines to offer (built-ins by default; an organisation's content added).
    void setContent(const TipCatalog &tips, const HelplineDirectory &helplines);
    void setLanguage(const QString &code);
    void setCuePlayer(CuePlayer *player);
    // The next begin() breathes this exercise (from --breathe PATTERN).
    void preferExercise(const QString &id);

    void begin(bool safeFirst, Audience audience);
    // Builds the first steps and lays them out at this size while nobody waits, so that the
    // first Pause press only has to show them.
    void prepare(const QSize &size);
    Step step() const;
    QPushButton *okButton() const { return m_ok; }
    EmergencyStrip *emergencyButton() const { return m_strip; }
    // Each step is built the first time it is shown or asked for.
    SafeFirstCard *safeFirstCard();
    BreathingView *breathingView();
    CheckInCard *checkInCard();
    CalmerCard *calmerCard();
    TenseCard *tenseCard();
    NeedHelpPage *needHelpPage();
    WalkAwayCard *walkAwayCard();
    ExerciseChooser *chooser();
    OwnPatternEditor *ownPatternEditor();

Q_SIGNALS:
    void closeRequested();
    // "I need help" asked for the full helplines screen (own people, call, copy, QR).
    void helplinesRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QList<PlanContact> peopleToCall() const;
    QList<BreathExercise> exercises() const;
    void startBreathing(const QString &exerciseId, qint64 sessionMs);
    void breatheAgain();
    void showChooser();
    void checkIn();
    void answer(int answer);
    QString pickTip(std::optional<Situation> situation);
    QString tipText() const;
    void showStep(QWidget *page);
    void leave();
    template <typename Page>
    Page *page(Page *&member);
    QWidget *scrollable(QWidget *page);
    static QWidget *holderOf(QWidget *page);
    void connectPage(SafeFirstCard *page);
    void connectPage(BreathingView *page);
    void connectPage(CheckInCard *page);
    void connectPage(CalmerCard *page);
    void connectPage(TenseCard *page);
    void connectPage(NeedHelpPage *page);
    void connectPage(WalkAwayCard *page);
    void connectPage(ExerciseChooser *page);
    void connectPage(OwnPatternEditor *page);
    void retranslateUi();

    PauseSession *m_session;
    Settings *m_settings = nullptr;
    CuePlayer *m_cues = nullptr;
    // Built-ins until setContent() gives the whole library; read when first needed.
    const TipCatalog &tips() const;
    const HelplineDirectory &helplines() const;
    mutable std::optional<TipCatalog> m_tips;
    mutable std::optional<HelplineDirectory> m_helplines;
    QString m_language;
    Audience m_audience = Audience::Parent;
    QString m_preferred;
    QString m_exerciseId;
    qint64 m_sessionMs = 0;
    quint32 m_tipSeed = 0;
    QString m_tipId; // the tip on the Calmer or Still-tense card
    EmergencyStrip *m_strip;
    QPushButton *m_ok;
    QStackedWidget *m_pages;
    SafeFirstCard *m_safeFirst = nullptr;
    BreathingView *m_breathing = nullptr;
    CheckInCard *m_checkIn = nullptr;
    CalmerCard *m_calmer = nullptr;
    TenseCard *m_tense = nullptr;
    NeedHelpPage *m_needHelp = nullptr;
    WalkAwayCard *m_walkAway = nullptr;
    ExerciseChooser *m_chooser = nullptr;
    OwnPatternEditor *m_ownPattern = nullptr;
};

} // namespace pk
