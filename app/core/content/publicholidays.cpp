#include "publicholidays.h"

#include <algorithm>

namespace pk {

QDate PublicHolidays::easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<QDate> PublicHolidays::of(int year, Country country)
{
    const QDate easter = easterSunday(year);
    QList<QDate> days;
    switch (country) {
    case Country::None:
        return days;
    case Country::Belgium:
        days = {QDate(year, 1, 1),   easter.addDays(1),  QDate(year, 5, 1),  easter.addDays(39),
                easter.addDays(50),  QDate(year, 7, 21), QDate(year, 8, 15), QDate(year, 11, 1),
                QDate(year, 11, 11), QDate(year, 12, 25)};
        break;
    case Country::Netherlands: {
        // King's Day moves to the Saturday before when 27 April is a Sunday.
        QDate kingsDay(year, 4, 27);
        if (kingsDay.dayOfWeek() == Qt::Sunday)
            kingsDay = kingsDay.addDays(-1);
        days = {QDate(year, 1, 1),   easter.addDays(-2), easter,
                easter.addDays(1),   kingsDay,           QDate(year, 5, 5),
                easter.addDays(39),  easter.addDays(49), easter.addDays(50),
                QDate(year, 12, 25), QDate(year, 12, 26)};
        break;
    }
    }
    std::sort(days.begin(), days.end());
    return days;
}

bool PublicHolidays::isHoliday(const QDate &date, Country country)
{
    if (!date.isValid() || country == Country::None)
        return false;
    return of(date.year(), country).contains(date);
}

} // namespace pk
