#pragma once

#include "common/steppage.h"

class QLabel;
class QPushButton;

namespace pk {

// "Still tense": no hurry. Another round, a different exercise, a few minutes away, a tip.
class TenseCard : public StepPage
{
    Q_OBJECT

public:
    explicit TenseCard(QWidget *parent = nullptr);

    void setTip(const QString &text);
    QString tipText() const;
    QPushButton *againButton() const { return m_again; }
    QPushButton *otherButton() const { return m_other; }
    QPushButton *walkAwayButton() const { return m_walkAway; }

Q_SIGNALS:
    void breatheAgain();
    void chooseExercise();
    void walkAway();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QLabel *m_tip;
    QPushButton *m_again;
    QPushButton *m_other;
    QPushButton *m_walkAway;
};

} // namespace pk
