#pragma once

#include "common/steppage.h"

class QLabel;
class QPushButton;

namespace pk {

// "Calmer": a short warm word, one tip, and the way back to the child.
class CalmerCard : public StepPage
{
    Q_OBJECT

public:
    explicit CalmerCard(QWidget *parent = nullptr);

    // The tip to show ("" hides the tip).
    void setTip(const QString &text);
    QString tipText() const;
    QPushButton *againButton() const { return m_again; }
    QPushButton *backButton() const { return m_back; }

Q_SIGNALS:
    void breatheAgain();
    void backToChild();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QLabel *m_body;
    QLabel *m_tip;
    QPushButton *m_again;
    QPushButton *m_back;
};

} // namespace pk
