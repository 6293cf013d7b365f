#pragma once

#include "common/steppage.h"
#include "pause/pausesession.h"

class QLabel;
class QPushButton;

namespace pk {

// After breathing: "How do you feel now?" with three answers, Calmer first.
class CheckInCard : public StepPage
{
    Q_OBJECT

public:
    explicit CheckInCard(QWidget *parent = nullptr);

    QPushButton *button(PauseSession::CheckIn answer) const;

Q_SIGNALS:
    void answered(pk::PauseSession::CheckIn answer);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QPushButton *m_calmer;
    QPushButton *m_tense;
    QPushButton *m_help;
};

} // namespace pk
