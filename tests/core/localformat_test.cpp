// Numbers and dates in the UI language's own script and order, and numbers typed in any script.
#include "format/localdate.h"
#include "format/localnumber.h"

#include <gtest/gtest.h>

using namespace pk;

TEST(LocalNumber, ReadsArabicIndicPersianAndLatinDigits)
{
    double value = -1;
    EXPECT_TRUE(LocalNumber::parseDecimal(QStringLiteral("٤"), &value));
    EXPECT_DOUBLE_EQ(value, 4.0);
    EXPECT_TRUE(LocalNumber::parseDecimal(QStringLiteral("٤٫٥"), &value));
    EXPECT_DOUBLE_EQ(value, 4.5);
    EXPECT_TRUE(LocalNumber::parseDecimal(QStringLiteral("۶٫۵"), &value)); // Persian
    EXPECT_DOUBLE_EQ(value, 6.5);
    EXPECT_TRUE(LocalNumber::parseDecimal(QStringLiteral(" 4,5 "), &value));
    EXPECT_DOUBLE_EQ(value, 4.5);
    EXPECT_TRUE(LocalNumber::parseDecimal(QStringLiteral("12"), &value));
    EXPECT_DOUBLE_EQ(value, 12.0);
    EXPECT_TRUE(LocalNumber::parseDecimal(QStringLiteral("\u200F١٠"), &value)); // with a mark
    EXPECT_DOUBLE_EQ(value, 10.0);
}

TEST(LocalNumber, RefusesWhatIsNotOneNumber)
{
    double value = 7;
    for (const QString &text :
         {QString(), QStringLiteral("  "), QStringLiteral("four"), QStringLiteral("4 5"),
          QStringLiteral("4.5.1"), QStringLiteral("inf"), QStringLiteral("nan"),
          QStringLiteral("٤x")}) {
        EXPECT_FALSE(LocalNumber::parseDecimal(text, &value)) << text.toStdString();
        EXPECT_EQ(value, 7);
    }
}

TEST(LocalNumber, WritesTheLocalesDigitsAndReadsThemBack)
{
    const QLocale arabic(QStringLiteral("ar"));
    const QLocale persian(QStringLiteral("fa"));
    const QLocale dutch(QStringLiteral("nl"));
    EXPECT_EQ(LocalNumber::decimal(4, arabic), QStringLiteral("٤"));
    EXPECT_EQ(LocalNumber::decimal(4.5, dutch), QStringLiteral("4,5"));
    EXPECT_EQ(LocalNumber::whole(10, persian), QStringLiteral("۱۰"));
    for (const QLocale &locale : {arabic, persian, dutch, QLocale(QStringLiteral("en"))}) {
        for (const double number : {0.0, 0.5, 4.0, 5.5, 12.0}) {
            double back = -1;
            EXPECT_TRUE(LocalNumber::parseDecimal(LocalNumber::decimal(number, locale), &back))
                << locale.name().toStdString();
            EXPECT_DOUBLE_EQ(back, number);
        }
    }
    EXPECT_EQ(LocalNumber::clock(125, dutch), QStringLiteral("2:05"));
    EXPECT_EQ(LocalNumber::clock(125, arabic), QStringLiteral("٢:٠٥"));
    EXPECT_EQ(LocalNumber::clock(-3, dutch), QStringLiteral("0:00"));
}

TEST(LocalDate, ShortDatesWriteTheYearWhole)
{
    const QDate date(2026, 12, 1);
    for (const char *name : {"fr_BE", "de_BE", "so_SO", "en_US", "nl_BE", "tr_TR"}) {
        const QString text = LocalDate::shortDate(date, QLocale(QString::fromLatin1(name)));
        EXPECT_TRUE(text.contains(QLatin1String("2026"))) << name << ": " << text.toStdString();
    }
    EXPECT_EQ(LocalDate::shortDate(date, QLocale(QStringLiteral("fr_BE"))),
              QStringLiteral("1/12/2026"));
    EXPECT_EQ(LocalDate::shortDate(date, QLocale(QStringLiteral("de_BE"))),
              QStringLiteral("01.12.2026"));
    // Other scripts keep their digits.
    EXPECT_TRUE(
        LocalDate::shortDate(date, QLocale(QStringLiteral("ar"))).contains(QStringLiteral("٢٠٢٦")));
}

TEST(LocalDate, DayAndMonthFollowTheLanguagesOrderWithoutTheYear)
{
    const QDate date(2026, 3, 14);
    EXPECT_EQ(LocalDate::dayAndMonth(date, QLocale(QStringLiteral("en_US"))),
              QStringLiteral("3/14"));
    EXPECT_EQ(LocalDate::dayAndMonth(date, QLocale(QStringLiteral("nl"))), QStringLiteral("14-03"));
    EXPECT_EQ(LocalDate::dayAndMonth(date, QLocale(QStringLiteral("de"))), QStringLiteral("14.03"));
    const QString arabic = LocalDate::dayAndMonth(date, QLocale(QStringLiteral("ar")));
    EXPECT_TRUE(arabic.contains(QStringLiteral("١٤"))) << arabic.toStdString();
    EXPECT_FALSE(arabic.contains(QStringLiteral("٢٠٢٦"))) << arabic.toStdString();
    for (const QString &name : {QStringLiteral("fr"), QStringLiteral("tr"), QStringLiteral("pl"),
                                QStringLiteral("fa"), QStringLiteral("zh_CN")}) {
        const QString format = LocalDate::dayAndMonthFormat(QLocale(name));
        EXPECT_FALSE(format.contains(QLatin1Char('y'))) << name.toStdString();
        EXPECT_TRUE(format.contains(QLatin1Char('d')) && format.contains(QLatin1Char('M')))
            << name.toStdString() << ": " << format.toStdString();
    }
    EXPECT_EQ(LocalDate::shortDate(date, QLocale(QStringLiteral("nl"))),
              QStringLiteral("14-03-2026"));
}
