#include "settings/regionguess.h"
#include "settings/settings.h"
#include "support/testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pk;

TEST(RegionGuess, TheLocaleSaysWhereAndItsLanguageWhichPartOfBelgium)
{
    const auto guess = [](const char *locale, const char *language = "") {
        return RegionGuess::guess(QString::fromLatin1(locale), QString::fromLatin1(language))
            .toStdString();
    };
    EXPECT_EQ(guess("nl_NL"), "NL");
    EXPECT_EQ(guess("fy_NL"), "NL");
    EXPECT_EQ(guess("nl_BE"), "BE-VLG");
    EXPECT_EQ(guess("fr_BE"), "BE-WAL");
    EXPECT_EQ(guess("de_BE"), "BE-DG");
    EXPECT_EQ(guess("en_BE"), "BE-BRU");
    EXPECT_EQ(guess("ar_BE.UTF-8"), "BE-BRU");
    EXPECT_EQ(guess("nl_BE.UTF-8@euro"), "BE-VLG");
    // The Dutch locale wins over the UI language: a French speaker living in the Netherlands.
    EXPECT_EQ(guess("nl_NL", "fr"), "NL");
    // Without a Belgian or Dutch locale the language decides.
    EXPECT_EQ(guess("C", "fr"), "BE-WAL");
    EXPECT_EQ(guess("en_US", "de"), "BE-DG");
    EXPECT_EQ(guess("fr_FR"), "BE-WAL");
    EXPECT_EQ(guess("en_US", "nl"), "BE-VLG");
    EXPECT_EQ(guess("ar_MA", "ar"), "BE-VLG");
    EXPECT_EQ(guess(""), "BE-VLG");
}

TEST(RegionGuess, ARegionNobodyChoseFollowsTheLanguageAndAChosenOneStays)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")), dir.filePath(QStringLiteral("none")));
    QSignalSpy changed(&settings, &Settings::changed);
    settings.setLanguage(QStringLiteral("fr"));
    // The test machine's locale is not Belgian or Dutch (C/en): French means Wallonia.
    if (!QLocale::system().name().endsWith(QLatin1String("_BE")) &&
        !QLocale::system().name().endsWith(QLatin1String("_NL"))) {
        EXPECT_EQ(settings.value(Settings::Key::Region).toString(), QStringLiteral("BE-WAL"));
        bool regionSignal = false;
        for (const auto &args : changed)
            regionSignal =
                regionSignal || args.at(0).value<Settings::Key>() == Settings::Key::Region;
        EXPECT_TRUE(regionSignal);
    }
    settings.setValue(Settings::Key::Region, QStringLiteral("NL"));
    settings.setLanguage(QStringLiteral("de"));
    EXPECT_EQ(settings.value(Settings::Key::Region).toString(), QStringLiteral("NL"));
    EXPECT_FALSE(settings.value(Settings::Key::FirstRunAnswered).toBool());
}
