#pragma once

#include "exercisetexts.h"
#include "helpline.h"
#include "tip.h"

#include <QCoreApplication>

#include <optional>

class QJsonObject;
class QJsonValue;

namespace pk {

class ContentProblems;

// Reads one entry of a content file (a tip, a helpline, an exercise's texts) with every field
// checked and bounded. A wrong entry is reported (file, entry, problem) and skipped; a harmless
// slip (an unknown key) is reported and the entry still loads. Built-in files hold English
// strings only; an organisation's texts may carry their translations inline.
class ContentEntryReader
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationContent)

public:
    // Limits, documented in resources/content/README.md.
    static constexpr int MaxIdLength = 64;
    static constexpr int MaxTextLength = 280;
    static constexpr int MaxMentionLength = 120;
    static constexpr int MaxNameLength = 80;
    static constexpr int MaxSourceLength = 300;
    static constexpr int MaxValueLength = 200;
    static constexpr int MaxListItems = 16;
    static constexpr int MaxLanguages = 20;
    static constexpr int MaxChannels = 8;

    ContentEntryReader(const QString &path, bool builtIn, ContentProblems *problems);

    std::optional<Tip> readTip(const QJsonObject &object, int index);
    std::optional<Helpline> readHelpline(const QJsonObject &object, int index);
    std::optional<ExerciseTexts> readExercise(const QJsonObject &object, int index);

    static bool isId(const QString &id);

private:
    bool readText(const QJsonObject &object, const char *field, int maxLength,
                  const QByteArray &key, bool required, LocalizedText *out, QString *why) const;
    bool readList(const QJsonObject &object, const char *field, const QStringList &allowed,
                  QStringList *out, QString *why) const;
    // "languages": one list for every region, or an object of region -> list.
    bool readLanguages(const QJsonObject &object, Helpline *line, QString *why) const;
    bool readChannels(const QJsonObject &object, bool verified, QList<HelplineChannel> *out,
                      QString *why) const;
    bool readUrl(const QJsonObject &object, const char *field, QString *out, QString *why) const;
    void reportUnknownKeys(const QJsonObject &object, const QStringList &known,
                           const QString &entry);

    QString m_path;
    bool m_builtIn;
    ContentProblems *m_problems;
};

} // namespace pk
