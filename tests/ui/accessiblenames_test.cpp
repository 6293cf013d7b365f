// Issue #10 item 8: a screen reader hears every screen and every step of the pause in the
// reader's language. The tour starts the app in each language that has a translation file and
// walks every place; every element that can take focus must have a name, and no name or
// description may be English left behind:
// - in a complete language (no unfinished entry in its .ts), any text that is an English
//   source text (or fits one with its %1 filled in) fails, unless the translation keeps it as
//   it is ("OK", "Pauzeknop");
// - in a language still being translated, only English that no untranslated text explains
//   fails (a text that is not retranslated, or comes from the wrong context).
// Once all sixteen languages are complete, every one of them must have its file.
#include "content/biditext.h"
#include "content/builtincontent.h"
#include "i18n/languagemanager.h"
#include "support/testsupport.h"
#include "support/tsfile.h"
#include "ui/accesstour.h"

#include <QAccessible>
#include <QHash>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QWidget>

#include <gtest/gtest.h>

using namespace pk;
using pk::test::AccessTour;
using pk::test::TsFile;

namespace {

struct Spoken
{
    QString name;
    QString description;
    QString what;
};

// What a screen reader says for every element that can take focus, or has it, on screen.
void collect(QAccessibleInterface *iface, QList<Spoken> *out, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 60)
        return;
    const QAccessible::State state = iface->state();
    QObject *object = iface->object();
    const auto *widget = qobject_cast<const QWidget *>(object);
    const bool focusedItself = state.focused && !(widget && widget->focusProxy());
    if ((state.focusable || focusedItself) && !state.invisible && !state.disabled) {
        out->append({iface->text(QAccessible::Name), iface->text(QAccessible::Description),
                     QStringLiteral("%1 \"%2\" (role %3)")
                         .arg(QLatin1String(object ? object->metaObject()->className() : "?"),
                              object ? object->objectName() : QString())
                         .arg(int(iface->role()))});
    }
    for (int i = 0; i < iface->childCount(); ++i)
        collect(iface->child(i), out, depth + 1);
}

// Texts with their key (the English source they say), exact or with %1/%n filled in.
class Texts
{
public:
    void add(const QString &key, const QString &text)
    {
        static const QRegularExpression placeholder(QStringLiteral("%L?(?:[1-9]|n)"));
        const QString plain = withoutMnemonic(text).trimmed();
        if (!plain.contains(placeholder)) {
            if (letters(plain) >= 3)
                m_exact[plain].insert(key);
            return;
        }
        // The longest piece between placeholders must be there before the pattern is tried.
        const QStringList pieces = plain.split(placeholder);
        QString longest;
        for (const QString &piece : pieces) {
            if (piece.size() > longest.size())
                longest = piece;
        }
        if (letters(longest) < 3)
            return; // "%1 (%2)", "%1 ×": too few words to tell a language by
        QStringList escaped;
        for (const QString &piece : pieces)
            escaped.append(QRegularExpression::escape(piece));
        m_patterns.append(
            {key, longest,
             QRegularExpression(QStringLiteral("^%1$").arg(escaped.join(QStringLiteral(".+"))))});
    }

    // The keys of every text this one is, or fits.
    QSet<QString> keysOf(const QString &text) const
    {
        const QString plain = BidiText::plain(text).trimmed();
        QSet<QString> keys = m_exact.value(plain);
        for (const Pattern &pattern : m_patterns) {
            if (plain.contains(pattern.longest) && pattern.regex.match(plain).hasMatch())
                keys.insert(pattern.key);
        }
        return keys;
    }

    static QString withoutMnemonic(QString text)
    {
        text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
        text.remove(QLatin1Char('&'));
        text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
        return text;
    }

private:
    static int letters(const QString &text)
    {
        int count = 0;
        for (const QChar c : text)
            count += c.isLetter() ? 1 : 0;
        return count;
    }

    struct Pattern
    {
        QString key;
        QString longest;
        QRegularExpression regex;
    };
    QHash<QString, QSet<QString>> m_exact;
    QList<Pattern> m_patterns;
};

// Every English text of the app: each source, and English's own plural forms ("1 minute").
Texts englishTexts()
{
    Texts english;
    for (const QString &source : TsFile::allSources())
        english.add(source, source);
    const TsFile plurals(QStringLiteral("en"));
    for (const TsFile::Message &message : plurals.messages()) {
        for (const QString &form : message.forms)
            english.add(message.source, form);
    }
    return english;
}

} // namespace

TEST(ScreenReaderAccess, EveryScreenAndStepIsNamedInTheReadersLanguage)
{
    const QStringList complete = TsFile::completeLanguages();
    QStringList languages;
    for (const Language &language : LanguageManager::available()) {
        if (language.code != QLatin1String("en") && TsFile(language.code).exists())
            languages.append(language.code);
    }
    if (complete.size() == LanguageManager::available().size() - 1) {
        // All complete: the test covers all sixteen, and none may lack its file.
        EXPECT_EQ(languages.size(), LanguageManager::available().size() - 1);
    }
    ASSERT_FALSE(languages.isEmpty());
    const Texts english = englishTexts();
    // Names that are the same in every language: each language's own name in the chooser, and
    // the official names of the helplines ("Zelfmoordlijn 1813" is also a mention to translate).
    QSet<QString> properNames;
    for (const Language &language : LanguageManager::available())
        properNames.insert(language.nativeName);
    for (const Helpline &line : BuiltInContent::helplines())
        properNames.insert(line.name);
    int checked = 0;
    for (const QString &code : std::as_const(languages)) {
        SCOPED_TRACE(code.toStdString());
        const TsFile file(code);
        Texts own;                // what this language's file says, keyed by the English
        QSet<QString> translated; // sources with a finished translation
        for (const TsFile::Message &message : file.messages()) {
            if (!message.finished)
                continue;
            translated.insert(message.source);
            for (const QString &form : message.forms)
                own.add(message.source, form);
        }
        const bool strict = complete.contains(code);
        // The English source a text is left in, or "": a text that is also what a translation
        // of this language says (French "2 minutes", Italian "Pause", "OK") is not English
        // left behind.
        const auto englishLeft = [&](const QString &text) {
            if (properNames.contains(BidiText::plain(text).trimmed()))
                return QString();
            // What this language's file says ("Pause" is Italian too, "2 minutes" French).
            if (!own.keysOf(text).isEmpty())
                return QString();
            QString left;
            for (const QString &source : english.keysOf(text)) {
                // Still being translated: English that an untranslated text explains is the
                // translators' work, not the app's fault.
                if (!strict && !translated.contains(source))
                    return QString();
                left = source;
            }
            return left;
        };
        AccessTour tour(code);
        ASSERT_TRUE(tour.isReady());
        for (const QString &place : AccessTour::places()) {
            SCOPED_TRACE(place.toStdString());
            ASSERT_TRUE(tour.open(place)) << tour.problem().toStdString();
            QList<Spoken> spoken;
            collect(QAccessible::queryAccessibleInterface(tour.activeWindow()), &spoken);
            ASSERT_FALSE(spoken.isEmpty());
            for (const Spoken &element : std::as_const(spoken)) {
                EXPECT_FALSE(element.name.trimmed().isEmpty())
                    << element.what.toStdString() << " has no name";
                const QString name = englishLeft(element.name);
                EXPECT_TRUE(name.isEmpty())
                    << element.what.toStdString() << " is named in English: \""
                    << BidiText::plain(element.name).toStdString() << "\" (" << name.toStdString()
                    << ')';
                const QString description = englishLeft(element.description);
                EXPECT_TRUE(description.isEmpty())
                    << element.what.toStdString() << " is described in English: \""
                    << BidiText::plain(element.description).toStdString() << "\" ("
                    << description.toStdString() << ')';
                ++checked;
            }
        }
    }
    EXPECT_GT(checked, 100 * languages.size());
    LanguageManager().setLanguage(QStringLiteral("en")); // the next tests start in English
}
