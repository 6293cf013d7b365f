#include "cli/commandline.h"
#include "i18n/languagemanager.h"
#include "support/testsupport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pk;

TEST(LanguageManager, DutchLoadsAndAKnownStringComesOutInDutch)
{
    LanguageManager languages;
    EXPECT_EQ(languages.setLanguage(QStringLiteral("nl")), QStringLiteral("nl"));
    EXPECT_EQ(QCoreApplication::translate("pk::HomeScreen", "When it gets too much, press pause."),
              QStringLiteral("Als het te veel wordt, druk op pauze."));
    languages.setLanguage(QStringLiteral("en"));
    EXPECT_EQ(QCoreApplication::translate("pk::HomeScreen", "When it gets too much, press pause."),
              QStringLiteral("When it gets too much, press pause."));
}

TEST(LanguageManager, SixteenLanguagesEachNamedInItsOwnScript)
{
    const QStringList expected{
        QStringLiteral("en:English"),   QStringLiteral("nl:Nederlands"),
        QStringLiteral("fr:Français"),  QStringLiteral("de:Deutsch"),
        QStringLiteral("ar:العربية"),   QStringLiteral("tr:Türkçe"),
        QStringLiteral("pl:Polski"),    QStringLiteral("ro:Română"),
        QStringLiteral("bg:Български"), QStringLiteral("es:Español"),
        QStringLiteral("it:Italiano"),  QStringLiteral("pt:Português"),
        QStringLiteral("ru:Русский"),   QStringLiteral("uk:Українська"),
        QStringLiteral("so:Soomaali"),  QStringLiteral("fa:فارسی"),
    };
    QStringList offered;
    for (const Language &language : LanguageManager::available())
        offered.append(language.code + QLatin1Char(':') + language.nativeName);
    EXPECT_EQ(offered, expected);
    // Persian is written with the Farsi yeh, not the Arabic one.
    EXPECT_TRUE(LanguageManager::find(QStringLiteral("fa")).nativeName.endsWith(QChar(0x06CC)));
    // Romanian with the breve, Turkish with the cedilla: no look-alike plain letters.
    EXPECT_TRUE(LanguageManager::find(QStringLiteral("ro")).nativeName.contains(QChar(0x0103)));
    EXPECT_TRUE(LanguageManager::find(QStringLiteral("tr")).nativeName.contains(QChar(0x00E7)));
}

TEST(LanguageManager, ArabicAndPersianAreRightToLeftAndNoOtherIs)
{
    for (const Language &language : LanguageManager::available()) {
        const bool rtl =
            language.code == QLatin1String("ar") || language.code == QLatin1String("fa");
        EXPECT_EQ(language.rightToLeft, rtl) << qPrintable(language.code);
        // Qt agrees about the script's direction.
        EXPECT_EQ(QLocale(language.code).textDirection() == Qt::RightToLeft, rtl)
            << qPrintable(language.code);
    }
}

TEST(LanguageManager, TheBuiltInTranslationsSayTheirOwnWords)
{
    // Each translation that is built in really translates; the rest fall back to English.
    int translated = 0;
    for (const Language &language : LanguageManager::available()) {
        if (language.code == QLatin1String("en") || !LanguageManager::hasTranslation(language.code))
            continue;
        LanguageManager languages;
        languages.setLanguage(language.code);
        EXPECT_NE(QCoreApplication::translate("pk::PauseScreen", "I'm OK now"),
                  QStringLiteral("I'm OK now"))
            << qPrintable(language.code);
        ++translated;
    }
    EXPECT_GE(translated, 4); // nl, fr, de, ar at least
}

TEST(LanguageManager, ALanguageWithoutTranslationIsStillChosenAndReadsEnglish)
{
    LanguageManager languages;
    for (const QString &code : {QStringLiteral("so"), QStringLiteral("fa"), QStringLiteral("tr")}) {
        if (LanguageManager::hasTranslation(code))
            continue; // translated since: nothing left to fall back from
        EXPECT_EQ(languages.setLanguage(code), code);
        EXPECT_EQ(languages.current(), code);
        EXPECT_EQ(LanguageManager::uiLanguage(), code);
        EXPECT_EQ(QCoreApplication::translate("pk::PauseScreen", "I'm OK now"),
                  QStringLiteral("I'm OK now"))
            << qPrintable(code);
    }
    languages.setLanguage(QStringLiteral("fa"));
    EXPECT_TRUE(languages.isRightToLeft());
    languages.setLanguage(QStringLiteral("en"));
}

TEST(LanguageManager, UnknownLanguageFallsBackToEnglish)
{
    LanguageManager languages;
    EXPECT_EQ(languages.setLanguage(QStringLiteral("xx")), QStringLiteral("en"));
    EXPECT_FALSE(languages.isRightToLeft());
    EXPECT_EQ(languages.setLanguage(QStringLiteral("NL-be")), QStringLiteral("nl"));
    languages.setLanguage(QStringLiteral("en"));
}

TEST(LanguageManager, TheSystemLanguageIsGuessedForEachLanguage)
{
    for (const Language &language : LanguageManager::available()) {
        // What a system set to that language reports (e.g. "uk-UA", "uk").
        EXPECT_EQ(LanguageManager::guessLanguage(QLocale(language.code).uiLanguages()),
                  language.code);
        EXPECT_EQ(LanguageManager::guessLanguage({language.code.toUpper()}), language.code);
    }
    const auto guess = [](const char *tags) {
        return LanguageManager::guessLanguage(QString::fromLatin1(tags).split(QLatin1Char(' ')));
    };
    EXPECT_EQ(guess("nl-BE"), QStringLiteral("nl"));
    EXPECT_EQ(guess("fr_BE"), QStringLiteral("fr"));
    EXPECT_EQ(guess("pt-PT"), QStringLiteral("pt"));
    EXPECT_EQ(guess("pt-BR"), QStringLiteral("pt"));
    EXPECT_EQ(guess("fa-AF"), QStringLiteral("fa"));
    EXPECT_EQ(guess("prs-AF"), QStringLiteral("fa")); // Dari
    EXPECT_EQ(guess("mo"), QStringLiteral("ro"));
    EXPECT_EQ(guess("so-SO"), QStringLiteral("so"));
    EXPECT_EQ(guess("ar-MA"), QStringLiteral("ar"));
    EXPECT_EQ(guess("sv-SE tr-TR en-US"), QStringLiteral("tr")); // first offered one wins
    EXPECT_EQ(guess("zh-CN ja"), QStringLiteral("en"));
    EXPECT_EQ(guess("C"), QStringLiteral("en"));
    EXPECT_EQ(LanguageManager::guessLanguage({}), QStringLiteral("en"));
}

TEST(LanguageManager, SomaliAloneHasNoSpokenCues)
{
    for (const Language &language : LanguageManager::available()) {
        EXPECT_EQ(LanguageManager::hasSpokenCues(language.code),
                  language.code != QLatin1String("so"))
            << qPrintable(language.code);
    }
    EXPECT_FALSE(LanguageManager::hasSpokenCues(QStringLiteral("xx")));
}

TEST(LanguageManager, PortugueseFallsBackToQtsBrazilianButtons)
{
    const QStringList names = LanguageManager::qtTranslationNames(QStringLiteral("pt"));
    ASSERT_FALSE(names.isEmpty());
    EXPECT_EQ(names.constFirst(), QStringLiteral("pt_PT"));
    EXPECT_EQ(names.constLast(), QStringLiteral("pt_BR"));
    EXPECT_EQ(LanguageManager::qtTranslationNames(QStringLiteral("nl")),
              QStringList{QStringLiteral("nl")});
    EXPECT_FALSE(LanguageManager::qtTranslationDirs().isEmpty());
}

TEST(LanguageManager, CommandLineOffersAndChecksTheSameList)
{
    const auto parse = [](const QString &lang) {
        return CommandLine::parse({QStringLiteral("pauzeknop"), QStringLiteral("--lang"), lang});
    };
    for (const QString &code : LanguageManager::codes()) {
        const CommandLine c = parse(code);
        EXPECT_EQ(c.action, CommandLine::Action::Run) << qPrintable(code);
        EXPECT_EQ(c.options.language, code);
    }
    EXPECT_EQ(parse(QStringLiteral("fa-AF")).options.language, QStringLiteral("fa"));
    const CommandLine bad = parse(QStringLiteral("klingon"));
    EXPECT_EQ(bad.action, CommandLine::Action::Exit);
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.output.contains(QStringLiteral("klingon")));
    EXPECT_TRUE(bad.output.contains(LanguageManager::codes().join(QStringLiteral(", "))));

    const CommandLine help =
        CommandLine::parse({QStringLiteral("pauzeknop"), QStringLiteral("--help")});
    EXPECT_TRUE(
        help.output.simplified().contains(LanguageManager::codes().join(QStringLiteral(", "))));
}

TEST(LanguageManager, QtsOwnTranslationIsFoundAsDebianOrABundleShipsIt)
{
    QTemporaryDir system;
    QTemporaryDir bundle;
    const auto touch = [](const QTemporaryDir &dir, const char *name) {
        return test::writeFile(dir.filePath(QString::fromLatin1(name)), "x");
    };
    const QStringList dirs{system.path(), bundle.path()};
    ASSERT_TRUE(touch(bundle, "qt_ru.qm")); // windeployqt's one file per language
    EXPECT_EQ(LanguageManager::findQtTranslation(QStringLiteral("ru"), dirs),
              bundle.filePath(QStringLiteral("qt_ru.qm")));
    ASSERT_TRUE(touch(system, "qtbase_ru.qm")); // Debian's, and the first folder wins
    EXPECT_EQ(LanguageManager::findQtTranslation(QStringLiteral("ru"), dirs),
              system.filePath(QStringLiteral("qtbase_ru.qm")));
    ASSERT_TRUE(touch(system, "qt_pt_PT.qm")); // Debian's old Qt 4 one: not for Qt 6 buttons
    ASSERT_TRUE(touch(system, "qtbase_pt_BR.qm"));
    EXPECT_EQ(LanguageManager::findQtTranslation(QStringLiteral("pt"), dirs),
              system.filePath(QStringLiteral("qtbase_pt_BR.qm")));
    ASSERT_TRUE(touch(bundle, "qtbase_pt.qm")); // a Portuguese one beats the Brazilian one
    EXPECT_EQ(LanguageManager::findQtTranslation(QStringLiteral("pt"), dirs),
              bundle.filePath(QStringLiteral("qtbase_pt.qm")));
    EXPECT_TRUE(LanguageManager::findQtTranslation(QStringLiteral("ro"), dirs).isEmpty());
    EXPECT_TRUE(LanguageManager::findQtTranslation(QStringLiteral("so"), {}).isEmpty());
}

TEST(LanguageManager, CountsUseQtsPluralFormsInEnglishToo)
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    const auto minutes = [](int n) {
        return QCoreApplication::translate("pk::WalkAwayCard", "%Ln minutes", nullptr, n);
    };
    EXPECT_EQ(minutes(1), QStringLiteral("1 minute"));
    EXPECT_EQ(minutes(2), QStringLiteral("2 minutes"));
    EXPECT_EQ(QCoreApplication::translate("pk::ExerciseChooser", "%Ln rounds", nullptr, 1),
              QStringLiteral("1 round"));
    languages.setLanguage(QStringLiteral("nl"));
}
