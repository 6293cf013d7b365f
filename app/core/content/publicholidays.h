#pragma once

#include <QDate>
#include <QList>

namespace pk {

// The public holidays that "PH" means in a line's opening hours, computed for any year (the
// Easter-based ones included). Belgium: the ten legal holidays (1 January, Easter Monday,
// 1 May, Ascension, Whit Monday, 21 July, 15 August, 1 and 11 November, 25 December).
// The Netherlands: the "algemeen erkende feestdagen" of the Algemene termijnenwet (New Year,
// Good Friday, Easter Sunday and Monday, King's Day, Liberation Day, Ascension, Whit Sunday and
// Monday, Christmas and Boxing Day). See resources/content/README.md for the sources.
class PublicHolidays
{
public:
    enum class Country
    {
        None,
        Belgium,
        Netherlands,
    };

    static QDate easterSunday(int year);
    static QList<QDate> of(int year, Country country);
    static bool isHoliday(const QDate &date, Country country);
};

} // namespace pk
