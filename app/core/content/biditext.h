#pragma once

#include <QString>

namespace pk {

// Keeps numbers and names readable inside text of either direction: a phone number
// ("078 150 100") stays one left-to-right group inside Arabic text, a Latin name stays whole.
// The marks are Unicode isolates (LRI/FSI ... PDI), invisible in every language.
class BidiText
{
public:
    // A phone number or other left-to-right token: LRI text PDI.
    static QString leftToRight(const QString &text);
    // A name or phrase in its own direction: FSI text PDI.
    static QString isolated(const QString &text);
    // The text with every run of digits (with spaces, dots, dashes and a leading +) isolated
    // left to right.
    static QString isolateNumbers(const QString &text);
    // The text without isolates, for comparing and copying.
    static QString plain(const QString &text);
};

} // namespace pk
