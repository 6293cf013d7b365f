#pragma once

#include "settings/settings.h"

#include <QWidget>

class QPushButton;
class QStackedWidget;

namespace pk {

class BreathingView;
class DoneCard;
class EmergencyStrip;
class PauseSession;
class SafeFirstCard;

// The full-screen pause: safe-first card, breathing, a warm word. "I'm OK now" and Escape
// leave from every step; 112 stays on screen throughout.
class PauseScreen : public QWidget
{
    Q_OBJECT

public:
    enum class Step
    {
        SafeFirst,
        Breathing,
        Done,
    };

    explicit PauseScreen(PauseSession *session, QWidget *parent = nullptr);

    void begin(bool safeFirst, Audience audience);
    Step step() const;
    QPushButton *okButton() const { return m_ok; }
    SafeFirstCard *safeFirstCard() const { return m_safeFirst; }
    BreathingView *breathingView() const { return m_breathing; }
    DoneCard *doneCard() const { return m_done; }

Q_SIGNALS:
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void startBreathing();
    void showStep(QWidget *page);
    void leave();
    void retranslateUi();

    PauseSession *m_session;
    EmergencyStrip *m_strip;
    QPushButton *m_ok;
    QStackedWidget *m_pages;
    SafeFirstCard *m_safeFirst;
    BreathingView *m_breathing;
    DoneCard *m_done;
};

} // namespace pk
