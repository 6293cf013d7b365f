#pragma once

#include "usagestore.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <array>

namespace pk {

// What "My pauses" shows, already counted: widgets draw it, they never query the log.
struct UsageInsights
{
    static constexpr int Weeks = 12;
    static constexpr int TopItems = 5;

    QDate firstWeek;                   // Monday (local time) of the oldest week shown
    std::array<qint64, Weeks> weeks{}; // pauses per week, oldest first, the current week last
    std::array<qint64, 24> hours{};    // pauses per hour of the day, local time
    qint64 calmer = 0;                 // check-in after breathing: "calmer"
    qint64 tense = 0;                  // "still tense"
    qint64 help = 0;                   // "needed help"
    QList<NamedCount> exercises;       // most used breathing exercises, most first
    QList<NamedCount> tips;            // tips marked as helpful, most first
    qint64 totalPauses = 0;

    bool isEmpty() const;
    qint64 feelings() const { return calmer + tense + help; }

    // Folds counts per UTC hour into local weeks and hours of the day. now: the current moment.
    static UsageInsights build(const QList<HourCount> &pauseHours,
                               const QList<NamedCount> &checkIns,
                               const QList<NamedCount> &exercises, const QList<NamedCount> &tips,
                               const QDateTime &now);
};

} // namespace pk
