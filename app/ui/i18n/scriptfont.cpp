#include "scriptfont.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QLocale>

namespace pk {

QStringList ScriptFont::preferredFamilies(const QString &code)
{
    if (QLocale(code).script() == QLocale::ArabicScript)
        return {QStringLiteral("Noto Sans Arabic UI"), QStringLiteral("Noto Sans Arabic")};
    return {};
}

void ScriptFont::follow(const QString &code)
{
    QFont font = QApplication::font();
    // The usual family, as the platform chose it before any language was applied.
    static const QString usual = font.families().value(0, font.family());
    QStringList families;
    for (const QString &family : preferredFamilies(code)) {
        if (QFontDatabase::hasFamily(family))
            families.append(family);
    }
    families.append(usual);
    if (font.families() == families)
        return;
    font.setFamilies(families);
    QApplication::setFont(font);
}

} // namespace pk
