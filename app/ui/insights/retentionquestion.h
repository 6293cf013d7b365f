#pragma once

#include <QObject>

class QWidget;

namespace pk {

class UsageLog;

// Before a shorter "Keep the record for" deletes stored pauses, asks first and says how many
// would go. Used by Settings and My pauses alike.
class RetentionQuestion : public QObject
{
    Q_OBJECT

public:
    // True when days may be applied: it deletes no pause, or the person chose to delete them.
    // choice is the words of the choice as the list shows them ("30 days").
    static bool confirm(QWidget *parent, const UsageLog *log, int days, const QString &choice);
};

} // namespace pk
