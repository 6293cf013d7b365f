#include "retentionquestion.h"

#include "common/questiondialog.h"
#include "usage/usagelog.h"

#include <QPushButton>

namespace pk {

bool RetentionQuestion::confirm(QWidget *parent, const UsageLog *log, int days,
                                const QString &choice)
{
    const qint64 going = log ? log->pausesOlderThan(days) : 0;
    if (going <= 0)
        return true;
    // The question in the box itself (not only in a title bar some desktops do not draw); the
    // count in the UI language's digits, with Qt's plural forms.
    const QString question = tr("Delete older pauses?");
    QuestionDialog box(
        question,
        tr("Keeping the record for %1 deletes older pauses from this "
           "computer now.")
                .arg(choice) +
            QLatin1Char('\n') +
            tr("%Ln pauses would be deleted. This cannot be undone.", nullptr, int(going)),
        parent);
    QPushButton *remove = box.addDoButton(tr("Delete them"));
    box.addKeepButton(tr("Keep my pauses"));
    box.setObjectName(QStringLiteral("confirmRetention"));
    box.exec();
    return box.clickedButton() == remove;
}

} // namespace pk
