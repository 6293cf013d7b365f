#include "tipwording.h"

#include "biditext.h"

#include <QLocale>
#include <QRegularExpression>

namespace pk {

QString TipWording::languageName(const QString &code)
{
    if (code == QLatin1String("nl"))
        return tr("Dutch");
    if (code == QLatin1String("fr"))
        return tr("French");
    if (code == QLatin1String("de"))
        return tr("German");
    if (code == QLatin1String("en"))
        return tr("English");
    return code;
}

QString TipWording::languageNames(const QStringList &codes)
{
    QStringList names;
    for (const QString &code : codes)
        names.append(languageName(code));
    return QLocale().createSeparatedList(names);
}

QString TipWording::speaksLine(const Helpline &line, const QString &region)
{
    const QStringList languages = line.languagesIn(region);
    if (languages.isEmpty())
        return {};
    return tr("Speaks %1").arg(languageNames(languages));
}

QString TipWording::mention(const Helpline &line, const QString &language, const QString &region)
{
    const bool english = language.isEmpty() || language == QLatin1String("en");
    const QString own = line.mention.display(language);
    QString named;
    // The mention in the reader's language; while it waits for its translation, the line's
    // name and number, which read the same in every language (never English words in a Dutch
    // sentence).
    if (!line.mention.isEmpty() && (english || own != line.mention.english)) {
        named = BidiText::isolateNumbers(own);
    } else {
        const QString number = line.phoneNumber();
        QString digits = number;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        if (number.isEmpty() || line.name == number)
            named =
                line.name == number ? BidiText::leftToRight(number) : BidiText::isolated(line.name);
        else if (line.name.contains(digits)) // "Zelfmoordlijn 1813", not "... 1813 (1813)"
            named = BidiText::isolated(line.name);
        else
            named = tr("%1 (%2)", "a helpline's name and number")
                        .arg(BidiText::isolated(line.name), BidiText::leftToRight(number));
    }
    const QStringList languages = line.languagesIn(region);
    if (languages.isEmpty() || languages.contains(language) ||
        (english && languages.contains(QStringLiteral("en"))))
        return named;
    return tr("%1, in %2", "a helpline named in a tip, and the language it answers in")
        .arg(named, languageNames(languages));
}

QString TipWording::text(const Tip &tip, const HelplineDirectory &lines, const QString &region,
                         const QString &language)
{
    const QStringList roles = tip.roles();
    QString result = tip.text.display(language);
    if (roles.isEmpty())
        return result;
    // A tip whose text with a line waits for its translation: its translated wording without a
    // line rather than an English sentence.
    const bool english = language.isEmpty() || language == QLatin1String("en");
    const QString without = tip.textWithoutLine.display(language);
    if (!english && result == tip.text.english && without != tip.textWithoutLine.english)
        return without;
    for (const QString &role : roles) {
        const QString placeholder = QStringLiteral("{line:%1}").arg(role);
        const Helpline *line = lines.forRole(role, region, language);
        // No line for the role here, or a translation that lost its placeholder: the tip's
        // own wording without a line never names a wrong line and never leaves a gap.
        if (!line || !result.contains(placeholder))
            return without;
        result.replace(placeholder, mention(*line, language, region));
    }
    return result;
}

} // namespace pk
