#include "localizedtext.h"

#include <QCoreApplication>

namespace pk {

QString LocalizedText::display(const QString &language) const
{
    if (key.isEmpty()) {
        const QString own = inlineText.value(language);
        return own.isEmpty() ? english : own;
    }
    const QByteArray source = english.toUtf8();
    const QString translated =
        QCoreApplication::translate("Content", source.constData(), key.constData());
    if (translated != english || !legacyContext)
        return translated;
    return QCoreApplication::translate(legacyContext, source.constData());
}

LocalizedText LocalizedText::builtIn(const QString &english, const QByteArray &key,
                                     const char *legacyContext)
{
    LocalizedText text;
    text.english = english;
    text.key = key;
    text.legacyContext = legacyContext;
    return text;
}

} // namespace pk
