#pragma once

#include <QString>
#include <QStringList>

namespace pk {

// Puts a font made for the UI language's script first in the application font when one is
// installed (Arabic and Persian: Noto Sans Arabic UI, which also has Persian letters such as
// U+06C0 that DejaVu Sans lacks), so that a word is drawn in one font; Latin letters and digits
// still come from the usual font after it. Size and weight stay as the theme set them.
class ScriptFont
{
public:
    // The families tried first for a language, best first (empty: the usual font is right).
    static QStringList preferredFamilies(const QString &code);
    // Sets the application font's families for the language; installed ones only.
    static void follow(const QString &code);
};

} // namespace pk
