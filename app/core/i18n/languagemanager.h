#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace pk {

// A language Pauzeknop offers, named in that language so that anyone can find their own.
struct Language
{
    QString code;       // "nl", "ar"
    QString nativeName; // "Nederlands", "العربية"
    bool rightToLeft = false;
    bool spokenCues = false; // resources/sounds/<code>/ holds "Breathe in", "Hold", ...
    // Dates and numbers when the computer does not use this language: the conventions of
    // Belgium where it has them (nl_BE ...), European Portuguese for pt, Dari (fa_AF) for fa.
    QString formats;
    // A native speaker has reviewed the translation (translations/README.md says who). Until
    // then it is a draft by the team, and the privacy page says so in that language.
    bool reviewed = false;
};

// Loads the app's and Qt's translations and switches them while the app runs.
// Installing a translator sends QEvent::LanguageChange to every widget, which retranslates.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // The one list of languages on offer: the chooser, Settings, --lang and --help follow it.
    static const QList<Language> &available();
    static QStringList codes();
    // The language for a code; English when the code is not on offer.
    static Language find(const QString &code);
    static bool isOffered(const QString &code);
    // The offered language a tag such as "nl-BE", "fa_AF" or "prs" stands for ("" when none).
    static QString offeredFor(const QString &tag);
    // The first offered language among BCP 47 tags in order of preference (English when none).
    static QString guessLanguage(const QStringList &uiLanguages);
    // The offered language closest to the system locale (English when none fits).
    static QString systemLanguage();
    // The language the UI speaks now: setLanguage() makes it the default QLocale.
    static QString uiLanguage();
    // Whether Pauzeknop's own translation is built in (without it the texts stay English).
    static bool hasTranslation(const QString &code);
    // Whether a voice says the breathing cues in this language (Somali has none).
    static bool hasSpokenCues(const QString &code);
    // Whether the UI text of this language is a translation nobody native has checked yet
    // (false for English, the source, and for a language without a translation).
    static bool isDraft(const QString &code);
    // The locale for dates and numbers in a UI language: the computer's own locale when it is
    // in that language (nl_NL stays nl_NL), otherwise the language's own choice (formats).
    static QLocale formatLocale(const QString &code, const QLocale &system);
    // Folders searched for Qt's own translations (qtbase_<lang>.qm), first match wins.
    static QStringList qtTranslationDirs();
    // File names tried for Qt's own strings in a language, best first ("pt": pt_PT, pt, pt_BR).
    static QStringList qtTranslationNames(const QString &code);
    // The first Qt translation file for a language in those folders ("" when there is none).
    static QString findQtTranslation(const QString &code, const QStringList &dirs);

    // "" follows the system. Unknown codes fall back to English with a warning. A language
    // without a built-in translation is still set (English texts, its direction, Qt's strings).
    // Returns the code used.
    QString setLanguage(const QString &code);
    QString current() const { return m_current; }
    bool isRightToLeft() const { return find(m_current).rightToLeft; }
    // The Qt translation file loaded for the current language ("" when Qt ships none).
    QString qtTranslationFile() const { return m_qtFile; }

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    void removeTranslators();
    void loadQtTranslation(const QString &code);

    QList<QTranslator *> m_translators;
    QString m_current;
    QString m_qtFile;
};

} // namespace pk
