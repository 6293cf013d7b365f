#pragma once

#include <QLocale>
#include <QString>

namespace pk {

// Numbers as people type and read them in their own script: Arabic-Indic (٤٫٥), Persian (۴٫۵)
// and Latin (4.5 or 4,5) digits are all understood; shown in the UI language's digits.
class LocalNumber
{
public:
    // Every decimal digit of any script as 0-9, the Arabic decimal separator as '.', and the
    // invisible direction marks a right-to-left text may carry removed.
    static QString toLatinDigits(const QString &text);
    // A decimal number in any of those scripts, with '.', ',' or '٫' before the decimals.
    // False (value untouched) for empty or anything that is not one plain number.
    static bool parseDecimal(const QString &text, double *value);
    // A number as the locale writes it (its digits and decimal sign), no trailing zeros.
    static QString decimal(double value, const QLocale &locale = QLocale());
    // A whole number in the locale's digits.
    static QString whole(qint64 value, const QLocale &locale = QLocale());
    // Minutes and seconds of a countdown, "m:ss", in the locale's digits.
    static QString clock(int totalSeconds, const QLocale &locale = QLocale());
};

} // namespace pk
