#pragma once

#include "publicholidays.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>

namespace pk {

// A documented subset of OpenStreetMap's opening_hours (see README, "Opening hours"):
//   24/7 | rule (';' rule)*   rule: [days] times | days off | off
//   days: Mo-Fr, Sa,Su, Mo-We,Fr, PH (Mo Tu We Th Fr Sa Su; ranges may wrap: Fr-Mo;
//   PH: the country's public holidays, see PublicHolidays)
//   times: 09:00-12:00,13:00-17:00; an end at or before the start runs past midnight
//   (22:00-02:00), 24:00 is midnight, ends up to 48:00 are allowed (17:00-26:00).
// Later rules replace earlier ones for the days they name, as in OSM: "Mo-Fr 09:00-19:00; PH off"
// is closed on a public holiday, "PH off; Mo-Fr 09:00-19:00" open on a weekday one. Anything else
// is rejected with a message; nothing crashes on any input.
class OpeningHours
{
public:
    enum class State
    {
        Open,
        Closed,
        Unknown, // hours not known or not valid: never shown as open
    };
    struct Status
    {
        State state = State::Unknown;
        // Open: when it closes; Closed: when it opens next. Invalid when that is more than a
        // week away (or never, as for 24/7 and "off").
        QDateTime change;
    };

    OpeningHours() = default;
    static OpeningHours parse(const QString &text);

    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    bool isAlwaysOpen() const;

    // The state at an instant, computed in the line's time zone (wall-clock hours), with the
    // public holidays of a country for PH rules.
    Status statusAt(const QDateTime &instant, const QTimeZone &zone,
                    PublicHolidays::Country country = PublicHolidays::Country::None) const;
    bool hasHolidayRule() const { return m_holidayRule >= 0; }

private:
    struct Span
    {
        int from = 0; // minutes after the day's midnight
        int to = 0;   // may exceed 1440: runs into the next day
    };
    bool parseRule(const QString &rule);
    QList<std::pair<QDateTime, QDateTime>> intervals(const QDate &first, int days,
                                                     const QTimeZone &zone,
                                                     PublicHolidays::Country country) const;
    const QList<Span> &spansOn(const QDate &date, PublicHolidays::Country country) const;

    std::array<QList<Span>, 7> m_week;                        // Monday first
    std::array<int, 7> m_dayRule{-1, -1, -1, -1, -1, -1, -1}; // the rule that set each day
    QList<Span> m_holiday;
    int m_holidayRule = -1; // the rule that set PH, -1 when none did
    int m_rules = 0;
    bool m_valid = false;
    QString m_error;
};

} // namespace pk
