#pragma once

#include "content/cryingplan.h"

#include <QFrame>

class QPushButton;

namespace pk {

// "Your own people" from the crying plan, each with a Call button, and the way to edit the plan.
// Nothing done here is logged: these are the user's private contacts.
class CryingPlanCard : public QFrame
{
    Q_OBJECT

public:
    explicit CryingPlanCard(const QList<PlanContact> &contacts, QWidget *parent = nullptr);

    QPushButton *editButton() const { return m_edit; }
    QList<QPushButton *> callButtons() const { return m_calls; }

Q_SIGNALS:
    void editRequested();

private:
    QPushButton *m_edit;
    QList<QPushButton *> m_calls;
};

} // namespace pk
