#pragma once

#include "pause/pausesession.h"
#include "pause/walkawaytimer.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace pk {

// The walk-away timer on screen: choose 2, 5 or 10 minutes, a calm countdown that can be
// ended early, and at the end "Go and look at your child now".
class WalkAwayCard : public QWidget
{
    Q_OBJECT

public:
    enum class State
    {
        Choosing,
        Counting,
        Ended,
    };

    explicit WalkAwayCard(QWidget *parent = nullptr);

    // Back to the choice of minutes.
    void reset();
    State state() const;
    WalkAwayTimer *timer() { return &m_timer; }
    QPushButton *minutesButton(int minutes) const;
    QPushButton *backEarlyButton() const { return m_backEarly; }
    QPushButton *lookButton() const { return m_look; }
    QString countdownText() const;
    QString endText() const;

Q_SIGNALS:
    void started(qint64 plannedMs);
    void endedEarly(qint64 actualMs);
    void timeUp();
    void backToChild();
    // At the end: "How do you feel now?" answered with Still tense or I need help.
    void answered(pk::PauseSession::CheckIn answer);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildChoosing();
    QWidget *buildCounting();
    QWidget *buildEnded();
    void showCountdown(int secondsLeft);
    void showPage(QWidget *page);
    void retranslateUi();

    WalkAwayTimer m_timer;
    QStackedWidget *m_pages;
    QWidget *m_choosing = nullptr;
    QWidget *m_counting = nullptr;
    QWidget *m_ended = nullptr;
    QLabel *m_chooseTitle = nullptr;
    QLabel *m_chooseText = nullptr;
    QList<std::pair<int, QPushButton *>> m_minutes;
    QLabel *m_countdown = nullptr;
    QLabel *m_countText = nullptr;
    QPushButton *m_backEarly = nullptr;
    QLabel *m_endTitle = nullptr;
    QLabel *m_endQuestion = nullptr;
    QPushButton *m_stillTense = nullptr;
    QPushButton *m_needHelp = nullptr;
    QPushButton *m_look = nullptr;
};

} // namespace pk
