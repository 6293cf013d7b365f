#include "cli/commandline.h"
#include "i18n/languagemanager.h"
#include "support/testsupport.h"

#include <QCoreApplication>

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

TEST(LanguageManager, EveryOfferedLanguageHasAnEmbeddedTranslation)
{
    for (const Language &language : LanguageManager::available()) {
        if (language.code == QLatin1String("en"))
            continue;
        LanguageManager languages;
        languages.setLanguage(language.code);
        EXPECT_NE(QCoreApplication::translate("pk::PauseScreen", "I'm OK now"),
                  QStringLiteral("I'm OK now"))
            << qPrintable(language.code);
    }
}

TEST(LanguageManager, UnknownLanguageFallsBackToEnglish)
{
    LanguageManager languages;
    EXPECT_EQ(languages.setLanguage(QStringLiteral("xx")), QStringLiteral("en"));
    EXPECT_FALSE(languages.isRightToLeft());
}

TEST(LanguageManager, ArabicIsRightToLeft)
{
    EXPECT_TRUE(LanguageManager::find(QStringLiteral("ar")).rightToLeft);
    EXPECT_FALSE(LanguageManager::find(QStringLiteral("nl")).rightToLeft);
}
