#pragma once

#include "usagestore.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pk {

// Writes the export: aggregate counts per week and event type, never single events.
// CSV (columns: week, week_start, event, count), or JSON when the file name ends in .json.
class UsageExport
{
public:
    // Counts below minimumCount (shared-PC mode: 5) are written as "<N" instead of the number.
    static QByteArray toCsv(const QList<WeeklyCount> &rows, int minimumCount = 0);
    static QByteArray toJson(const QList<WeeklyCount> &rows, int minimumCount = 0);
    // Atomic: the file is complete or untouched. False with a translated reason on error.
    static bool write(const QString &path, const QList<WeeklyCount> &rows, int minimumCount,
                      QString *error);
    // ISO week ("2026-W48") and its Monday ("2026-11-23") for a week index of WeeklyCount.
    static QString isoWeek(qint64 week);
    static QString weekStart(qint64 week);
};

} // namespace pk
