#include "localnumber.h"

#include <cmath>

namespace pk {
namespace {

bool isDirectionMark(char16_t c)
{
    return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString LocalNumber::toLatinDigits(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (isDirectionMark(c.unicode()))
            continue;
        if (c.isDigit() && c.digitValue() >= 0)
            result.append(QChar(u'0' + c.digitValue()));
        else if (c.unicode() == 0x066B) // ARABIC DECIMAL SEPARATOR
            result.append(QLatin1Char('.'));
        else
            result.append(c);
    }
    return result;
}

bool LocalNumber::parseDecimal(const QString &text, double *value)
{
    QString cleaned = toLatinDigits(text).trimmed();
    cleaned.replace(QLatin1Char(','), QLatin1Char('.'));
    if (cleaned.isEmpty())
        return false;
    bool ok = false;
    const double parsed = QLocale::c().toDouble(cleaned, &ok);
    if (!ok || !std::isfinite(parsed))
        return false;
    *value = parsed;
    return true;
}

QString LocalNumber::decimal(double value, const QLocale &locale)
{
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

QString LocalNumber::whole(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString LocalNumber::clock(int totalSeconds, const QLocale &locale)
{
    const int seconds = std::max(0, totalSeconds);
    const QString tens = locale.toString(seconds % 60 / 10);
    return locale.toString(seconds / 60) + QLatin1Char(':') + tens + locale.toString(seconds % 10);
}

} // namespace pk
