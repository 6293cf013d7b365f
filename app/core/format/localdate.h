#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace pk {

// Dates as the UI language writes them, in its order and digits: the short date ("3/14/2026",
// "14-03-2026", "١٤‏/٣‏/٢٠٢٦") and the same without the year for chart labels ("3/14",
// "14-03").
class LocalDate
{
public:
    static QString shortDate(const QDate &date, const QLocale &locale = QLocale());
    // The locale's short date format, with the year always in four digits.
    static QString shortDateFormat(const QLocale &locale = QLocale());
    static QString dayAndMonth(const QDate &date, const QLocale &locale = QLocale());
    // The locale's short date format with the year and the separator next to it taken out.
    static QString dayAndMonthFormat(const QLocale &locale = QLocale());
};

} // namespace pk
