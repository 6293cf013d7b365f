#include "regionguess.h"

#include <QLocale>
#include <QStringList>

namespace pk {
namespace {

QString byLanguage(const QString &language)
{
    if (language == QLatin1String("fr"))
        return QStringLiteral("BE-WAL");
    if (language == QLatin1String("de"))
        return QStringLiteral("BE-DG");
    return QStringLiteral("BE-VLG");
}

} // namespace

QString RegionGuess::guess(const QString &localeName, const QString &language)
{
    const QStringList parts = localeName.section(QLatin1Char('.'), 0, 0)
                                  .section(QLatin1Char('@'), 0, 0)
                                  .split(QLatin1Char('_'));
    const QString localeLanguage = parts.value(0).toLower();
    const QString territory = parts.size() > 1 ? parts.constLast().toUpper() : QString();
    if (territory == QLatin1String("NL"))
        return QStringLiteral("NL");
    if (territory == QLatin1String("BE")) {
        // The locale says where: its language says which part of Belgium.
        if (localeLanguage == QLatin1String("nl"))
            return QStringLiteral("BE-VLG");
        if (localeLanguage == QLatin1String("fr") || localeLanguage == QLatin1String("wa"))
            return QStringLiteral("BE-WAL");
        if (localeLanguage == QLatin1String("de"))
            return QStringLiteral("BE-DG");
        return QStringLiteral("BE-BRU");
    }
    return byLanguage(language.isEmpty() ? localeLanguage : language);
}

QString RegionGuess::forSystem(const QString &language)
{
    return guess(QLocale::system().name(), language);
}

} // namespace pk
