#include "tsfile.h"

#include "i18n/languagemanager.h"

#include <QFile>
#include <QXmlStreamReader>

namespace pk::test {

TsFile::TsFile(const QString &code)
{
    QFile file(QStringLiteral(PAUZEKNOP_SOURCE_DIR "/translations/pauzeknop_%1.ts").arg(code));
    if (!file.open(QIODevice::ReadOnly))
        return;
    m_exists = true;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inMessage = false;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            m_messages.append(message);
            inMessage = false;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name") && !inMessage) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message = Message{};
            message.context = context;
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            inMessage = true;
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            QStringList forms;
            if (!numerus) {
                forms.append(xml.readElementText());
            } else {
                while (xml.readNextStartElement())
                    forms.append(xml.readElementText());
            }
            const QString text = forms.value(0);
            message.forms = forms;
            message.translation = text.trimmed().isEmpty() ? QString() : text;
            message.finished = type.isEmpty() && !message.translation.isEmpty();
        }
    }
}

int TsFile::unfinished() const
{
    int count = 0;
    for (const Message &message : m_messages)
        count += message.finished ? 0 : 1;
    return count;
}

QSet<QString> TsFile::keptAsInEnglish() const
{
    QSet<QString> kept;
    for (const Message &message : m_messages) {
        if (message.finished && message.translation == message.source)
            kept.insert(message.source);
    }
    return kept;
}

QStringList TsFile::completeLanguages()
{
    const QSet<QString> sources = allSources();
    QStringList complete;
    for (const Language &language : LanguageManager::available()) {
        if (language.code == QLatin1String("en"))
            continue;
        const TsFile file(language.code);
        QSet<QString> own;
        for (const Message &message : file.messages())
            own.insert(message.source);
        // Nothing unfinished, and nothing missing that another language's file already has.
        if (file.exists() && file.unfinished() == 0 && own.contains(sources))
            complete.append(language.code);
    }
    return complete;
}

QSet<QString> TsFile::allSources()
{
    QSet<QString> sources;
    for (const Language &language : LanguageManager::available()) {
        const TsFile file(language.code);
        for (const Message &message : file.messages())
            sources.insert(message.source);
    }
    return sources;
}

} // namespace pk::test
