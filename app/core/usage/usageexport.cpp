#include "usageexport.h"

#include "desktop/safeexport.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pk {
namespace {

QDate mondayOf(qint64 week)
{
    return QDate(1969, 12, 29).addDays(week * 7);
}

QString countText(qint64 count, int minimumCount)
{
    return count < minimumCount ? QStringLiteral("<%1").arg(minimumCount) : QString::number(count);
}

} // namespace

QString UsageExport::isoWeek(qint64 week)
{
    int year = 0;
    const int number = mondayOf(week).weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(number, 2, 10, QLatin1Char('0'));
}

QString UsageExport::weekStart(qint64 week)
{
    return mondayOf(week).toString(Qt::ISODate);
}

QByteArray UsageExport::toCsv(const QList<WeeklyCount> &rows, int minimumCount)
{
    QByteArray out("week,week_start,event,count\n");
    for (const WeeklyCount &row : rows) {
        // Types are plain ids (a-z 0-9 _ . -): nothing needs quoting.
        out +=
            (isoWeek(row.week) + QLatin1Char(',') + weekStart(row.week) + QLatin1Char(',') +
             row.type + QLatin1Char(',') + countText(row.count, minimumCount) + QLatin1Char('\n'))
                .toUtf8();
    }
    return out;
}

QByteArray UsageExport::toJson(const QList<WeeklyCount> &rows, int minimumCount)
{
    QJsonArray weeks;
    for (const WeeklyCount &row : rows) {
        QJsonObject object{{QStringLiteral("week"), isoWeek(row.week)},
                           {QStringLiteral("week_start"), weekStart(row.week)},
                           {QStringLiteral("event"), row.type}};
        if (row.count < minimumCount)
            object.insert(QStringLiteral("count"), countText(row.count, minimumCount));
        else
            object.insert(QStringLiteral("count"), row.count);
        weeks.append(object);
    }
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("pauzeknop-usage-weekly")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("rows"), weeks}};
    if (minimumCount > 0)
        root.insert(QStringLiteral("suppressed_below"), minimumCount);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool UsageExport::write(const QString &path, const QList<WeeklyCount> &rows, int minimumCount,
                        QString *error)
{
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    // Atomic, private (0600) and never through a link planted by another account.
    return SafeExport::write(path, json ? toJson(rows, minimumCount) : toCsv(rows, minimumCount),
                             error);
}

} // namespace pk
