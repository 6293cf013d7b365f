#pragma once

#include "content/cryingplan.h"
#include "content/helpline.h"

#include <QCoreApplication>

class QWidget;

namespace pk {

// The printable crying plan for the fridge door, grandparents and sitters: what to do, the
// never-shake rule, the user's own people and the helplines of the region.
class CryingPlanDocument
{
    Q_DECLARE_TR_FUNCTIONS(CryingPlanDocument)

public:
    static QString html(const QList<PlanContact> &contacts, const QList<Helpline> &lines);
    // Writes an A4 PDF; false when the file cannot be written.
    static bool exportPdf(const QString &path, const QList<PlanContact> &contacts,
                          const QList<Helpline> &lines);
    // The system's print dialog, then the plan on the chosen printer. False when cancelled or
    // when printing is not available.
    static bool printWithDialog(QWidget *parent, const QList<PlanContact> &contacts,
                                const QList<Helpline> &lines);
};

} // namespace pk
