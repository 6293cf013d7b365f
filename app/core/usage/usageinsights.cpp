#include "usageinsights.h"

#include <QTimeZone>

#include <limits>

namespace pk {

bool UsageInsights::isEmpty() const
{
    return totalPauses == 0 && feelings() == 0 && exercises.isEmpty() && tips.isEmpty();
}

UsageInsights UsageInsights::build(const QList<HourCount> &pauseHours,
                                   const QList<NamedCount> &checkIns,
                                   const QList<NamedCount> &exercises,
                                   const QList<NamedCount> &tips, const QDateTime &now)
{
    UsageInsights result;
    const QDate today = now.toLocalTime().date();
    const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
    result.firstWeek = thisMonday.addDays(-7 * (Weeks - 1));
    // Converting each hour to local time is the slow part; offsets only change at
    // daylight-saving transitions, so one conversion per UTC day (checked at both ends) does.
    qint64 cachedDay = std::numeric_limits<qint64>::min();
    int cachedOffset = 0;
    for (const HourCount &entry : pauseHours) {
        const qint64 day = entry.hour / 24;
        if (day != cachedDay) {
            const int first = QDateTime::fromSecsSinceEpoch(day * 86400).offsetFromUtc();
            const int last = QDateTime::fromSecsSinceEpoch(day * 86400 + 86399).offsetFromUtc();
            cachedDay = first == last ? day : std::numeric_limits<qint64>::min();
            cachedOffset = first;
        }
        const int offset = cachedDay == day
                               ? cachedOffset
                               : QDateTime::fromSecsSinceEpoch(entry.hour * 3600).offsetFromUtc();
        const QDateTime local =
            QDateTime::fromSecsSinceEpoch(entry.hour * 3600 + offset, QTimeZone::utc());
        result.hours[local.time().hour()] += entry.count;
        result.totalPauses += entry.count;
        const qint64 week = result.firstWeek.daysTo(local.date());
        if (week >= 0 && week / 7 < Weeks)
            result.weeks[week / 7] += entry.count;
    }
    for (const NamedCount &answer : checkIns) {
        if (answer.name == QLatin1String("calmer"))
            result.calmer += answer.count;
        else if (answer.name == QLatin1String("tense"))
            result.tense += answer.count;
        else if (answer.name == QLatin1String("help"))
            result.help += answer.count;
    }
    result.exercises = exercises.mid(0, TopItems);
    result.tips = tips.mid(0, TopItems);
    return result;
}

} // namespace pk
