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
    return QCoreApplication::translate("Content", source.constData(), key.constData());
}

LocalizedText LocalizedText::builtIn(const QString &english, const QByteArray &key)
{
    LocalizedText text;
    text.english = english;
    text.key = key;
    return text;
}

} // namespace pk
