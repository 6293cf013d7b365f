#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace pk::test {

// One language's translations/pauzeknop_<code>.ts as tests read it: every message with its
// context, English source, disambiguation and translation (the first plural form).
class TsFile
{
public:
    struct Message
    {
        QString context;
        QString source;
        QString comment;
        QString translation;   // the first form of a plural message
        QStringList forms;     // every form (one for a message without plural forms)
        bool finished = false; // translated and not marked unfinished (or vanished)
    };

    explicit TsFile(const QString &code);

    bool exists() const { return m_exists; }
    const QList<Message> &messages() const { return m_messages; }
    // Messages in the file that are not finished (unfinished or with an empty translation).
    int unfinished() const;
    // The English source texts that have a finished translation identical to the source ("OK",
    // "Pauzeknop"): in this language they are not English left behind.
    QSet<QString> keptAsInEnglish() const;

    // The offered languages whose file exists, has nothing unfinished and misses no source text
    // that another file has (English, the source, excluded).
    static QStringList completeLanguages();
    // Every English source text of every .ts file (the union).
    static QSet<QString> allSources();

private:
    bool m_exists = false;
    QList<Message> m_messages;
};

} // namespace pk::test
