#include "contentfile.h"

#include "contententryreader.h"
#include "contentproblems.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pk {

ContentFile ContentFile::load(const QString &path, Origin origin)
{
    QFile file(path);
    if (!file.exists() && origin == Origin::Organisation)
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        ContentFile content;
        content.log.add(tr("%1: cannot be read (%2).").arg(path, file.errorString()));
        content.problems = content.log.list();
        return content;
    }
    if (file.size() > MaxBytes) {
        ContentFile content;
        content.log.add(tr("%1: larger than 1 MB, not read.").arg(path));
        content.problems = content.log.list();
        return content;
    }
    return parse(file.read(MaxBytes + 1), path, origin);
}

ContentFile ContentFile::parse(const QByteArray &json, const QString &path, Origin origin)
{
    ContentFile content;
    ContentProblems &problems = content.log;
    if (json.size() > MaxBytes) {
        problems.add(tr("%1: larger than 1 MB, not read.").arg(path));
        content.problems = problems.list();
        return content;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        problems.add(tr("%1: not valid JSON at character %2 (%3).")
                         .arg(path)
                         .arg(error.offset)
                         .arg(error.errorString()));
        content.problems = problems.list();
        return content;
    }
    if (!document.isObject()) {
        problems.add(tr("%1: expected an object with \"tips\" and \"helplines\".").arg(path));
        content.problems = problems.list();
        return content;
    }
    const QJsonObject root = document.object();
    const bool builtIn = origin == Origin::BuiltIn;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString &key = it.key();
        const bool known = key == QLatin1String("tips") || key == QLatin1String("helplines") ||
                           key == QLatin1String("version") || key == QLatin1String("note") ||
                           (builtIn && key == QLatin1String("exercises"));
        if (!known)
            problems.add(
                tr("%1: unknown key \"%2\" ignored.").arg(path, ContentProblems::quoted(key, 40)));
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isUndefined() && version.toInt(-1) != 1)
        problems.add(tr("%1: \"version\" should be 1; reading it as version 1.").arg(path));

    ContentEntryReader reader(path, builtIn, &problems);
    auto readList = [&](const char *name, auto read) {
        const QJsonValue value = root.value(QString::fromLatin1(name));
        if (value.isUndefined())
            return;
        if (!value.isArray()) {
            problems.add(tr("%1: \"%2\" must be a list.").arg(path, QString::fromLatin1(name)));
            return;
        }
        const QJsonArray items = value.toArray();
        if (items.size() > MaxEntries)
            problems.add(tr("%1: \"%2\" has %n entries; only the first %3 are read.", nullptr,
                            int(items.size()))
                             .arg(path, QString::fromLatin1(name))
                             .arg(MaxEntries));
        const int count = std::min<int>(int(items.size()), MaxEntries);
        for (int i = 0; i < count; ++i)
            read(items.at(i).toObject(), i);
    };
    readList("tips", [&](const QJsonObject &object, int i) {
        if (auto tip = reader.readTip(object, i))
            content.tips.append(*tip);
    });
    readList("helplines", [&](const QJsonObject &object, int i) {
        if (auto line = reader.readHelpline(object, i))
            content.helplines.append(*line);
    });
    if (builtIn) {
        readList("exercises", [&](const QJsonObject &object, int i) {
            if (auto texts = reader.readExercise(object, i))
                content.exercises.append(*texts);
        });
    }
    content.problems = problems.list();
    return content;
}

} // namespace pk
