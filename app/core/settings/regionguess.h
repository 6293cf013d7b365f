#pragma once

#include <QString>

namespace pk {

// Where someone probably lives, from the system locale and the UI language, until they say so
// (the first-run card on home, or Settings): nl_NL -> the Netherlands, nl_BE -> Flanders,
// fr_BE -> Wallonia, de_BE -> the German-speaking Community, another language in Belgium ->
// Brussels; without a Belgian or Dutch locale the language decides (nl -> Flanders,
// fr -> Wallonia, de -> German-speaking Community), and otherwise Flanders, where the campaign
// runs.
class RegionGuess
{
public:
    // localeName: "nl_BE", "fr_BE", "C", ... (QLocale::name()); language: the UI language code
    // ("nl", "fr", ...; "" when it follows the system).
    static QString guess(const QString &localeName, const QString &language);
    // The same for the system locale.
    static QString forSystem(const QString &language);
};

} // namespace pk
