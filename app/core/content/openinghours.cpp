#include "openinghours.h"

#include <QStringList>

#include <algorithm>

namespace pk {
namespace {

constexpr int MinutesPerDay = 24 * 60;

int dayIndex(QStringView text)
{
    static const char *names[] = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
    for (int i = 0; i < 7; ++i) {
        if (text == QLatin1String(names[i]))
            return i;
    }
    return -1;
}

// "HH:MM" -> minutes; -1 when it is not a time within [0, limit].
int minutesOf(QStringView text, int limit)
{
    if (text.size() != 5 || text[2] != QLatin1Char(':'))
        return -1;
    for (int i : {0, 1, 3, 4}) {
        if (!text[i].isDigit() || text[i].unicode() > '9')
            return -1;
    }
    const int hours = (text[0].unicode() - '0') * 10 + (text[1].unicode() - '0');
    const int minutes = (text[3].unicode() - '0') * 10 + (text[4].unicode() - '0');
    if (minutes > 59)
        return -1;
    const int total = hours * 60 + minutes;
    return total <= limit ? total : -1;
}

bool looksLikeTimes(QStringView token)
{
    return !token.isEmpty() && token[0].isDigit();
}

QDateTime naive(const QDate &date, int minutes, const QTimeZone &zone)
{
    return QDateTime(date.addDays(minutes / MinutesPerDay),
                     QTime((minutes % MinutesPerDay) / 60, minutes % 60), zone);
}

// The instant a wall-clock time names. A time skipped by the spring change means the moment
// the clock jumps; a time that happens twice in autumn means its first (starts) or its
// second (ends) occurrence, so a range covers every moment the clock shows inside it.
QDateTime wallClock(const QDate &date, int minutes, const QTimeZone &zone, bool earlier)
{
    QDateTime instant = naive(date, minutes, zone);
    for (int later = minutes + 1; !instant.isValid() && later <= minutes + 180; ++later)
        instant = naive(date, later, zone);
    if (!instant.isValid())
        return instant;
    const QDateTime other = instant.addSecs(earlier ? -3600 : 3600);
    const QDateTime wall = instant.toTimeZone(zone);
    const QDateTime otherWall = other.toTimeZone(zone);
    if (otherWall.date() == wall.date() && otherWall.time() == wall.time())
        return other;
    return instant;
}

} // namespace

OpeningHours OpeningHours::parse(const QString &text)
{
    OpeningHours result;
    const QString simplified = text.simplified();
    if (simplified.isEmpty()) {
        result.m_error = QStringLiteral("empty");
        return result;
    }
    if (simplified == QLatin1String("24/7")) {
        result.m_week.fill({Span{0, MinutesPerDay}});
        result.m_valid = true;
        return result;
    }
    const QStringList rules = simplified.split(QLatin1Char(';'));
    for (const QString &rule : rules) {
        if (!result.parseRule(rule.trimmed())) {
            result.m_week = {};
            return result;
        }
    }
    result.m_valid = true;
    return result;
}

bool OpeningHours::parseRule(const QString &rule)
{
    if (rule.isEmpty()) {
        m_error = QStringLiteral("empty rule");
        return false;
    }
    const QStringList parts = rule.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() > 2) {
        m_error = QStringLiteral("unexpected text in \"%1\"").arg(rule);
        return false;
    }
    std::array<bool, 7> days{};
    bool holidays = false;
    QString times;
    if (parts.size() == 1 && (looksLikeTimes(parts[0]) || parts[0] == QLatin1String("off"))) {
        days.fill(true);
        times = parts[0];
    } else {
        for (const QString &item : parts[0].split(QLatin1Char(','))) {
            if (item == QLatin1String("PH")) {
                holidays = true;
                continue;
            }
            const QStringList ends = item.split(QLatin1Char('-'));
            const int from = dayIndex(ends.value(0));
            const int to = ends.size() == 2 ? dayIndex(ends[1]) : from;
            if (ends.size() > 2 || from < 0 || to < 0) {
                m_error = QStringLiteral("unknown days \"%1\"").arg(item);
                return false;
            }
            for (int d = from;; d = (d + 1) % 7) {
                days[d] = true;
                if (d == to)
                    break;
            }
        }
        if (parts.size() != 2) {
            m_error = QStringLiteral("no hours after \"%1\"").arg(parts[0]);
            return false;
        }
        times = parts[1];
    }

    QList<Span> spans;
    if (times != QLatin1String("off")) {
        for (const QString &range : times.split(QLatin1Char(','))) {
            const int dash = range.indexOf(QLatin1Char('-'));
            const int from = dash < 0 ? -1 : minutesOf(QStringView(range).left(dash), 23 * 60 + 59);
            int to = dash < 0 ? -1 : minutesOf(QStringView(range).mid(dash + 1), 48 * 60);
            if (from < 0 || to < 0) {
                m_error = QStringLiteral("not a time range \"%1\"").arg(range);
                return false;
            }
            if (to <= from)
                to += MinutesPerDay; // runs past midnight
            if (to - from > MinutesPerDay) {
                m_error = QStringLiteral("longer than a day \"%1\"").arg(range);
                return false;
            }
            spans.append(Span{from, to});
        }
    }
    const int index = m_rules++;
    for (int d = 0; d < 7; ++d) {
        if (days[d]) {
            m_week[d] = spans;
            m_dayRule[d] = index;
        }
    }
    if (holidays) {
        m_holiday = spans;
        m_holidayRule = index;
    }
    return true;
}

bool OpeningHours::isAlwaysOpen() const
{
    if (!m_valid)
        return false;
    const auto allDay = [](const QList<Span> &day) {
        return std::any_of(day.cbegin(), day.cend(),
                           [](const Span &s) { return s.from == 0 && s.to >= MinutesPerDay; });
    };
    return std::all_of(m_week.cbegin(), m_week.cend(), allDay) &&
           (m_holidayRule < 0 || allDay(m_holiday));
}

const QList<OpeningHours::Span> &OpeningHours::spansOn(const QDate &date,
                                                       PublicHolidays::Country country) const
{
    const int day = date.dayOfWeek() - 1;
    if (m_holidayRule > m_dayRule[day] && PublicHolidays::isHoliday(date, country))
        return m_holiday;
    return m_week[day];
}

QList<std::pair<QDateTime, QDateTime>>
OpeningHours::intervals(const QDate &first, int days, const QTimeZone &zone,
                        PublicHolidays::Country country) const
{
    // Wall-clock times on each local date, turned into instants; then merged.
    QList<std::pair<QDateTime, QDateTime>> list;
    for (int i = 0; i < days; ++i) {
        const QDate date = first.addDays(i);
        for (const Span &span : spansOn(date, country))
            list.append(
                {wallClock(date, span.from, zone, true), wallClock(date, span.to, zone, false)});
    }
    list.removeIf([](const auto &interval) {
        return !interval.first.isValid() || !interval.second.isValid();
    });
    std::sort(list.begin(), list.end());
    QList<std::pair<QDateTime, QDateTime>> merged;
    for (const auto &interval : list) {
        if (!merged.isEmpty() && interval.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, interval.second);
        else
            merged.append(interval);
    }
    return merged;
}

OpeningHours::Status OpeningHours::statusAt(const QDateTime &instant, const QTimeZone &zone,
                                            PublicHolidays::Country country) const
{
    Status status;
    if (!m_valid || !instant.isValid() || !zone.isValid())
        return status;
    const QDate today = instant.toTimeZone(zone).date();
    constexpr int Days = 10; // yesterday (it may run past midnight) and more than a week ahead
    const auto list = intervals(today.addDays(-1), Days, zone, country);
    const QDateTime horizon = instant.addDays(7);
    status.state = State::Closed;
    for (const auto &[from, to] : list) {
        if (from <= instant && instant < to) {
            status.state = State::Open;
            if (to <= horizon)
                status.change = to;
            return status;
        }
        if (from > instant) {
            if (from <= horizon)
                status.change = from;
            return status;
        }
    }
    return status;
}

} // namespace pk
