// Dates and numbers follow the language the way its readers here expect (pt as in Portugal like
// its translation, fa as in Afghanistan, Belgium's languages as in Belgium), the computer's own
// locale wins when it speaks the language, and every translation is marked a draft until a
// native speaker has reviewed it (English, the source, never is).
#include "i18n/languagemanager.h"

#include <QDate>
#include <QLocale>

#include <gtest/gtest.h>

using namespace pk;

namespace {

const QLocale english(QLocale::English, QLocale::UnitedStates);
const QDate firstOfDecember(2026, 12, 1);

} // namespace

TEST(LanguageFormats, PortugueseDatesAndNumbersAreEuropeanNotBrazilian)
{
    const QLocale pt = LanguageManager::formatLocale(QStringLiteral("pt"), english);
    EXPECT_EQ(pt.territory(), QLocale::Portugal);
    EXPECT_EQ(pt.toString(firstOfDecember, QLocale::ShortFormat),
              QLocale(QStringLiteral("pt_PT")).toString(firstOfDecember, QLocale::ShortFormat));
    // Qt's own "pt" is Brazil: 01/12/2026 and 1.234,5 there; Portugal groups differently.
    EXPECT_NE(pt.toString(1234.5, 'f', 1),
              QLocale(QStringLiteral("pt_BR")).toString(1234.5, 'f', 1));
    EXPECT_EQ(QLocale(QStringLiteral("pt")).territory(), QLocale::Brazil);
    // A Brazilian computer keeps its own conventions.
    const QLocale brazil(QStringLiteral("pt_BR"));
    EXPECT_EQ(LanguageManager::formatLocale(QStringLiteral("pt"), brazil).territory(),
              QLocale::Brazil);
}

TEST(LanguageFormats, PersianIsWrittenAsInAfghanistanUnlessTheComputerIsIranian)
{
    const QLocale fa = LanguageManager::formatLocale(QStringLiteral("fa"), english);
    EXPECT_EQ(fa.territory(), QLocale::Afghanistan);
    // Dari month names: December is دسمبر, not the Iranian دسامبر; Persian digits in both.
    EXPECT_TRUE(
        fa.toString(firstOfDecember, QLocale::LongFormat).contains(QStringLiteral("دسمبر")));
    EXPECT_TRUE(fa.toString(12).contains(QChar(0x06F1)));
    const QLocale iran(QStringLiteral("fa_IR"));
    EXPECT_EQ(LanguageManager::formatLocale(QStringLiteral("fa"), iran).territory(), QLocale::Iran);
}

TEST(LanguageFormats, BelgiumsLanguagesWriteDatesAsInBelgium)
{
    const QLocale c(QLocale::C);
    for (const char *code : {"nl", "fr", "de", "en"}) {
        const QLocale locale = LanguageManager::formatLocale(QString::fromLatin1(code), c);
        EXPECT_EQ(locale.territory(), QLocale::Belgium) << code;
        EXPECT_EQ(locale.language(), QLocale(QString::fromLatin1(code)).language()) << code;
    }
    // English puts the day first here, not the month (was 12/1/26).
    EXPECT_TRUE(LanguageManager::formatLocale(QStringLiteral("en"), c)
                    .toString(firstOfDecember, QLocale::ShortFormat)
                    .startsWith(QLatin1String("01/12")));
    // A Dutch computer in the Netherlands keeps nl_NL; another language keeps its own country.
    EXPECT_EQ(LanguageManager::formatLocale(QStringLiteral("nl"), QLocale(QStringLiteral("nl_NL")))
                  .territory(),
              QLocale::Netherlands);
    EXPECT_EQ(LanguageManager::formatLocale(QStringLiteral("tr"), c).territory(), QLocale::Turkey);
}

TEST(LanguageFormats, ChoosingALanguageSetsItsFormatsForTheWholeApp)
{
    LanguageManager languages;
    for (const Language &language : LanguageManager::available()) {
        languages.setLanguage(language.code);
        EXPECT_EQ(QLocale(), LanguageManager::formatLocale(language.code, QLocale::system()))
            << qPrintable(language.code);
        // The UI language read back from the default locale is the one chosen.
        EXPECT_EQ(LanguageManager::uiLanguage(), language.code);
    }
    languages.setLanguage(QStringLiteral("en"));
}

TEST(LanguageFormats, EveryTranslationIsADraftUntilANativeSpeakerReviewsIt)
{
    int drafts = 0;
    for (const Language &language : LanguageManager::available()) {
        EXPECT_FALSE(language.reviewed) << qPrintable(language.code) << ": say who reviewed it "
                                        << "in translations/README.md, then update this test";
        const bool english = language.code == QLatin1String("en");
        EXPECT_EQ(LanguageManager::isDraft(language.code),
                  !english && LanguageManager::hasTranslation(language.code))
            << qPrintable(language.code);
        drafts += LanguageManager::isDraft(language.code) ? 1 : 0;
    }
    EXPECT_FALSE(LanguageManager::isDraft(QStringLiteral("en")));
    EXPECT_FALSE(LanguageManager::isDraft(QStringLiteral("xx")));
    EXPECT_TRUE(LanguageManager::isDraft(QStringLiteral("nl")));
    EXPECT_GE(drafts, 4);
}
