#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace pk {

// A text of the content library in the reader's language. Built-in texts hold their English
// source and are translated through the .ts files (context "Content", disambiguation "<kind>:<id>",
// see resources/content/README.md); an organisation's texts carry their own translations inline.
struct LocalizedText
{
    QString english;                    // the fallback: "en", or the first language given
    QHash<QString, QString> inlineText; // organisation files: language code -> text
    QByteArray key;                     // built-ins: "tip:moment-safe-place"; empty otherwise

    bool isEmpty() const { return english.isEmpty(); }
    // The text for a UI language ("nl", "fr", ...; "" or "en" for English).
    QString display(const QString &language = {}) const;

    static LocalizedText builtIn(const QString &english, const QByteArray &key);
};

} // namespace pk
