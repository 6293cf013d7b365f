#include "localdate.h"

namespace pk {

QString LocalDate::shortDate(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, shortDateFormat(locale));
}

QString LocalDate::shortDateFormat(const QLocale &locale)
{
    // A two-digit year ("1/12/26" in French, German and Somali) is read as a day or a month by
    // some: the year is written whole, in the locale's own order and separators.
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString LocalDate::dayAndMonth(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, dayAndMonthFormat(locale));
}

QString LocalDate::dayAndMonthFormat(const QLocale &locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    const auto start = format.indexOf(QLatin1Char('y'));
    if (start < 0)
        return format;
    auto end = start;
    while (end < format.size() && format.at(end) == QLatin1Char('y'))
        ++end;
    // Drop the separator between the year and the rest: before it when the year is last
    // ("d/M/yy"), after it when it is first ("yy/M/d"), with the marks that travel with it.
    const auto isPart = [](QChar c) {
        return c == QLatin1Char('d') || c == QLatin1Char('M');
    };
    qsizetype from = start;
    qsizetype to = end;
    if (end >= format.size()) {
        while (from > 0 && !isPart(format.at(from - 1)))
            --from;
    } else {
        while (to < format.size() && !isPart(format.at(to)))
            ++to;
    }
    QString result = format;
    result.remove(from, to - from);
    return result.trimmed();
}

} // namespace pk
