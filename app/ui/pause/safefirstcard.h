#pragma once

#include "common/steppage.h"
#include "settings/settings.h"

class QLabel;
class QPushButton;

namespace pk {

// "First make sure your child is safe": the step before any timer, worded for the audience.
class SafeFirstCard : public StepPage
{
    Q_OBJECT

public:
    explicit SafeFirstCard(QWidget *parent = nullptr);

    void setAudience(Audience audience);
    QPushButton *continueButton() const { return m_continue; }
    QString bodyText() const;

Q_SIGNALS:
    void confirmed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Audience m_audience = Audience::Parent;
    QLabel *m_title;
    QLabel *m_body;
    QPushButton *m_continue;
};

} // namespace pk
