#include "content/openinghours.h"
#include "content/publicholidays.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

using namespace pk;
using Country = PublicHolidays::Country;

namespace {

const QTimeZone brussels("Europe/Brussels");
const QTimeZone amsterdam("Europe/Amsterdam");

QDateTime at(const QDate &date, int hour, const QTimeZone &zone = brussels)
{
    return QDateTime(date, QTime(hour, 0), zone);
}

} // namespace

// Easter Sunday 2026-2030 as published in calendars (and the Dutch 2026 holiday list).
TEST(PublicHolidays, EasterSunday2026To2030)
{
    EXPECT_EQ(PublicHolidays::easterSunday(2026), QDate(2026, 4, 5));
    EXPECT_EQ(PublicHolidays::easterSunday(2027), QDate(2027, 3, 28));
    EXPECT_EQ(PublicHolidays::easterSunday(2028), QDate(2028, 4, 16));
    EXPECT_EQ(PublicHolidays::easterSunday(2029), QDate(2029, 4, 1));
    EXPECT_EQ(PublicHolidays::easterSunday(2030), QDate(2030, 4, 21));
}

TEST(PublicHolidays, BelgiumHasItsTenLegalHolidaysEveryYear)
{
    for (int year = 2026; year <= 2030; ++year) {
        const QList<QDate> days = PublicHolidays::of(year, Country::Belgium);
        ASSERT_EQ(days.size(), 10) << year;
        const QDate easter = PublicHolidays::easterSunday(year);
        for (const QDate &day :
             {QDate(year, 1, 1), easter.addDays(1), QDate(year, 5, 1), easter.addDays(39),
              easter.addDays(50), QDate(year, 7, 21), QDate(year, 8, 15), QDate(year, 11, 1),
              QDate(year, 11, 11), QDate(year, 12, 25)})
            EXPECT_TRUE(days.contains(day)) << day.toString(Qt::ISODate).toStdString();
        EXPECT_FALSE(PublicHolidays::isHoliday(QDate(year, 12, 26), Country::Belgium));
        EXPECT_FALSE(PublicHolidays::isHoliday(easter.addDays(-2), Country::Belgium));
    }
    // Spelled out for 2026: Easter Monday 6 April, Ascension 14 May, Whit Monday 25 May.
    EXPECT_TRUE(PublicHolidays::isHoliday(QDate(2026, 4, 6), Country::Belgium));
    EXPECT_TRUE(PublicHolidays::isHoliday(QDate(2026, 5, 14), Country::Belgium));
    EXPECT_TRUE(PublicHolidays::isHoliday(QDate(2026, 5, 25), Country::Belgium));
    EXPECT_TRUE(PublicHolidays::isHoliday(QDate(2030, 5, 30), Country::Belgium)); // Ascension
    EXPECT_FALSE(PublicHolidays::isHoliday(QDate(2026, 7, 11), Country::Belgium));
}

TEST(PublicHolidays, TheNetherlandsFollowsTheAlgemeneTermijnenwet)
{
    // The 2026 list: New Year, Good Friday 3 April, Easter 5 and 6 April, King's Day 27 April,
    // Liberation Day 5 May, Ascension 14 May, Whitsun 24 and 25 May, Christmas 25 and 26 Dec.
    const QList<QDate> expected{QDate(2026, 1, 1),   QDate(2026, 4, 3),  QDate(2026, 4, 5),
                                QDate(2026, 4, 6),   QDate(2026, 4, 27), QDate(2026, 5, 5),
                                QDate(2026, 5, 14),  QDate(2026, 5, 24), QDate(2026, 5, 25),
                                QDate(2026, 12, 25), QDate(2026, 12, 26)};
    EXPECT_EQ(PublicHolidays::of(2026, Country::Netherlands), expected);
    for (int year = 2027; year <= 2030; ++year)
        EXPECT_EQ(PublicHolidays::of(year, Country::Netherlands).size(), 11) << year;
    // King's Day moves to Saturday 26 April when 27 April is a Sunday (2031).
    EXPECT_TRUE(PublicHolidays::isHoliday(QDate(2031, 4, 26), Country::Netherlands));
    EXPECT_FALSE(PublicHolidays::isHoliday(QDate(2031, 4, 27), Country::Netherlands));
    EXPECT_TRUE(PublicHolidays::isHoliday(QDate(2030, 4, 27), Country::Netherlands));
    EXPECT_FALSE(PublicHolidays::isHoliday(QDate(2026, 7, 21), Country::Netherlands));
    EXPECT_FALSE(PublicHolidays::isHoliday(QDate(2026, 1, 1), Country::None));
}

TEST(OpeningHours, PublicHolidayOffClosesAWeekdayHoliday)
{
    const OpeningHours hours = OpeningHours::parse(QStringLiteral("Mo-Fr 09:00-19:00; PH off"));
    ASSERT_TRUE(hours.isValid()) << hours.error().toStdString();
    EXPECT_TRUE(hours.hasHolidayRule());
    for (int year = 2026; year <= 2030; ++year) {
        for (const QDate &day : PublicHolidays::of(year, Country::Belgium)) {
            const auto status = hours.statusAt(at(day, 12), brussels, Country::Belgium);
            EXPECT_EQ(status.state, OpeningHours::State::Closed)
                << day.toString(Qt::ISODate).toStdString();
        }
    }
    // Without a country the holiday is an ordinary weekday.
    EXPECT_EQ(hours.statusAt(at(QDate(2026, 11, 11), 12), brussels).state,
              OpeningHours::State::Open);
    // The next opening skips the holiday: Thursday 24 December 17:00 -> Monday 28 December.
    const auto christmas = hours.statusAt(at(QDate(2026, 12, 24), 20), brussels, Country::Belgium);
    EXPECT_EQ(christmas.state, OpeningHours::State::Closed);
    EXPECT_EQ(christmas.change, at(QDate(2026, 12, 28), 9));
}

TEST(OpeningHours, PublicHolidayHoursReplaceTheDaysHours)
{
    const OpeningHours hours =
        OpeningHours::parse(QStringLiteral("Mo-Su 08:00-22:00; PH 10:00-18:00"));
    ASSERT_TRUE(hours.isValid());
    // King's Day 2028 (Thursday 27 April) in the Netherlands: 10-18 only.
    const QDate kingsDay(2028, 4, 27);
    EXPECT_EQ(hours.statusAt(at(kingsDay, 9, amsterdam), amsterdam, Country::Netherlands).state,
              OpeningHours::State::Closed);
    EXPECT_EQ(hours.statusAt(at(kingsDay, 17, amsterdam), amsterdam, Country::Netherlands).state,
              OpeningHours::State::Open);
    EXPECT_EQ(hours.statusAt(at(kingsDay, 19, amsterdam), amsterdam, Country::Netherlands).state,
              OpeningHours::State::Closed);
    // The same day in Belgium is no holiday.
    EXPECT_EQ(hours.statusAt(at(kingsDay, 9), brussels, Country::Belgium).state,
              OpeningHours::State::Open);
    // Weekends and holidays together.
    const OpeningHours weekend = OpeningHours::parse(QStringLiteral("Sa,Su,PH 00:00-24:00"));
    ASSERT_TRUE(weekend.isValid());
    EXPECT_EQ(weekend.statusAt(at(QDate(2029, 5, 21), 12), brussels, Country::Belgium).state,
              OpeningHours::State::Open); // Whit Monday 2029
    EXPECT_EQ(weekend.statusAt(at(QDate(2029, 5, 22), 12), brussels, Country::Belgium).state,
              OpeningHours::State::Closed);
}

TEST(OpeningHours, ALaterWeekdayRuleWinsOverAnEarlierHolidayRule)
{
    const OpeningHours hours = OpeningHours::parse(QStringLiteral("PH off; Mo-Fr 09:00-17:00"));
    ASSERT_TRUE(hours.isValid());
    EXPECT_EQ(hours.statusAt(at(QDate(2026, 11, 11), 12), brussels, Country::Belgium).state,
              OpeningHours::State::Open);
    // A holiday on Saturday has no weekday rule after it: PH off holds.
    EXPECT_EQ(hours.statusAt(at(QDate(2026, 8, 15), 12), brussels, Country::Belgium).state,
              OpeningHours::State::Closed);
    EXPECT_FALSE(OpeningHours::parse(QStringLiteral("PH")).isValid());
    EXPECT_FALSE(OpeningHours::parse(QStringLiteral("PH,Xx 10:00-12:00")).isValid());
}
