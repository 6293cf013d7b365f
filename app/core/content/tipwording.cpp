#include "tipwording.h"

#include "biditext.h"

#include <QLocale>

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

QString TipWording::speaksLine(const Helpline &line)
{
    if (line.languages.isEmpty())
        return {};
    QStringList names;
    for (const QString &code : line.languages)
        names.append(languageName(code));
    return tr("Speaks %1").arg(QLocale().createSeparatedList(names));
}

QString TipWording::mention(const Helpline &line, const QString &language)
{
    QString named;
    if (!line.mention.isEmpty()) {
        named = BidiText::isolateNumbers(line.mention.display(language));
    } else {
        const QString number = line.phoneNumber();
        if (number.isEmpty() || number == line.name)
            named =
                line.name == number ? BidiText::leftToRight(number) : BidiText::isolated(line.name);
        else
            named = tr("%1 (%2)", "a helpline's name and number")
                        .arg(BidiText::isolated(line.name), BidiText::leftToRight(number));
    }
    const bool english = language.isEmpty() || language == QLatin1String("en");
    if (line.languages.isEmpty() || line.speaks(language) ||
        (english && line.speaks(QStringLiteral("en"))))
        return named;
    return tr("%1, in %2", "a helpline named in a tip, and the language it answers in")
        .arg(named, languageName(line.languages.constFirst()));
}

QString TipWording::text(const Tip &tip, const HelplineDirectory &lines, const QString &region,
                         const QString &language)
{
    const QStringList roles = tip.roles();
    if (roles.isEmpty())
        return tip.text.display(language);
    QString result = tip.text.display(language);
    for (const QString &role : roles) {
        const QString placeholder = QStringLiteral("{line:%1}").arg(role);
        const Helpline *line = lines.forRole(role, region, language);
        // No line for the role here, or a translation that lost its placeholder: the tip's
        // own wording without a line never names a wrong line and never leaves a gap.
        if (!line || !result.contains(placeholder))
            return tip.textWithoutLine.display(language);
        result.replace(placeholder, mention(*line, language));
    }
    return result;
}

} // namespace pk
