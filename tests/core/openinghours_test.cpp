#include "content/openinghours.h"
#include "support/testsupport.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace pk;
using State = OpeningHours::State;

namespace pk {
inline void PrintTo(State state, std::ostream *out)
{
    *out << (state == State::Open ? "Open" : state == State::Closed ? "Closed" : "Unknown");
}
} // namespace pk

namespace {

const QTimeZone brussels("Europe/Brussels");
const QTimeZone amsterdam("Europe/Amsterdam");

QDateTime local(int y, int m, int d, int h, int min = 0, const QTimeZone &zone = brussels)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), zone);
}

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

OpeningHours::Status statusOf(const char *hours, const QDateTime &at,
                              const QTimeZone &zone = brussels)
{
    const OpeningHours parsed = OpeningHours::parse(QString::fromLatin1(hours));
    EXPECT_TRUE(parsed.isValid()) << hours << ": " << parsed.error().toStdString();
    return parsed.statusAt(at, zone);
}

} // namespace

TEST(OpeningHours, AlwaysAndNever)
{
    const auto always = statusOf("24/7", utc(2026, 3, 29, 1, 30));
    EXPECT_EQ(always.state, State::Open);
    EXPECT_FALSE(always.change.isValid());
    EXPECT_TRUE(OpeningHours::parse(QStringLiteral("24/7")).isAlwaysOpen());
    EXPECT_TRUE(OpeningHours::parse(QStringLiteral("Mo-Su 00:00-24:00")).isAlwaysOpen());
    EXPECT_FALSE(statusOf("Mo-Su 00:00-24:00", local(2026, 5, 1, 12)).change.isValid());
    const auto off = statusOf("off", local(2026, 5, 1, 12));
    EXPECT_EQ(off.state, State::Closed);
    EXPECT_FALSE(off.change.isValid());
}

TEST(OpeningHours, WeekdaysWithALunchBreakAndSaturdayMorning)
{
    const char *hours = "Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00";
    // Tuesday 1 December 2026, lunch: closed, opens at 13:00.
    auto s = statusOf(hours, local(2026, 12, 1, 12, 30));
    EXPECT_EQ(s.state, State::Closed);
    EXPECT_EQ(s.change, local(2026, 12, 1, 13));
    s = statusOf(hours, local(2026, 12, 1, 16, 59));
    EXPECT_EQ(s.state, State::Open);
    EXPECT_EQ(s.change, local(2026, 12, 1, 17));
    s = statusOf(hours, local(2026, 12, 5, 11));
    EXPECT_EQ(s.state, State::Open);
    EXPECT_EQ(s.change, local(2026, 12, 5, 12));
    // Sunday: the next opening is Monday 09:00.
    s = statusOf(hours, local(2026, 12, 6, 10));
    EXPECT_EQ(s.state, State::Closed);
    EXPECT_EQ(s.change, local(2026, 12, 7, 9));
    // The closing minute itself is closed.
    EXPECT_EQ(statusOf(hours, local(2026, 12, 1, 17)).state, State::Closed);
}

TEST(OpeningHours, LaterRulesReplaceEarlierDays)
{
    const char *hours = "Mo-Fr 09:00-17:00; We off";
    EXPECT_EQ(statusOf(hours, local(2026, 12, 2, 10)).state, State::Closed);
    EXPECT_EQ(statusOf(hours, local(2026, 12, 2, 10)).change, local(2026, 12, 3, 9));
    EXPECT_EQ(statusOf(hours, local(2026, 12, 3, 10)).state, State::Open);
    EXPECT_EQ(statusOf("Fr-Mo 10:00-11:00", local(2026, 12, 6, 10, 30)).state, State::Open);
    EXPECT_EQ(statusOf("Fr-Mo 10:00-11:00", local(2026, 12, 2, 10, 30)).state, State::Closed);
}

TEST(OpeningHours, RangesEndingAtOrAfterMidnight)
{
    auto s = statusOf("Mo-Su 17:00-24:00", local(2026, 12, 1, 23, 59));
    EXPECT_EQ(s.state, State::Open);
    EXPECT_EQ(s.change, local(2026, 12, 2, 0));
    EXPECT_EQ(statusOf("Mo-Su 17:00-24:00", local(2026, 12, 2, 0)).state, State::Closed);
    // Friday night until 02:00 is still open early on Saturday, though Saturday has no hours.
    s = statusOf("Fr 20:00-02:00", local(2026, 12, 5, 1));
    EXPECT_EQ(s.state, State::Open);
    EXPECT_EQ(s.change, local(2026, 12, 5, 2));
    s = statusOf("Fr 17:00-26:00", local(2026, 12, 5, 1, 30));
    EXPECT_EQ(s.state, State::Open);
    EXPECT_EQ(s.change, local(2026, 12, 5, 2));
    // Consecutive evenings joined through midnight close once, at the end.
    s = statusOf("Mo-Su 00:00-08:00,20:00-24:00", local(2026, 12, 1, 22));
    EXPECT_EQ(s.state, State::Open);
    EXPECT_EQ(s.change, local(2026, 12, 2, 8));
}

TEST(OpeningHours, SpringForwardWeekend)
{
    // 29 March 2026: 02:00 CET becomes 03:00 CEST in Brussels and Amsterdam.
    // An evening line closes at local midnight, which is 23:00 UTC before the change...
    auto s = statusOf("Mo-Su 17:00-24:00", local(2026, 3, 28, 23, 30));
    EXPECT_EQ(s.state, State::Open);
    EXPECT_EQ(s.change, utc(2026, 3, 28, 23));
    // ...and 22:00 UTC after it.
    s = statusOf("Mo-Su 17:00-24:00", local(2026, 3, 29, 23, 30));
    EXPECT_EQ(s.change, utc(2026, 3, 29, 22));
    // A night line across the change lasts one hour less; at 05:30 CEST it is open until 06:00.
    s = statusOf("Sa 22:00-06:00", utc(2026, 3, 29, 3, 30));
    EXPECT_EQ(s.state, State::Open);
    EXPECT_EQ(s.change, utc(2026, 3, 29, 4));
    EXPECT_EQ(statusOf("Sa 22:00-06:00", utc(2026, 3, 28, 21, 1)).state, State::Open);
    EXPECT_EQ(statusOf("Sa 22:00-06:00", utc(2026, 3, 28, 20, 59)).state, State::Closed);
    // Friday evening, office hours: Monday's 09:00 is already summer time (07:00 UTC).
    s = statusOf("Mo-Fr 09:00-17:00", local(2026, 3, 27, 18));
    EXPECT_EQ(s.state, State::Closed);
    EXPECT_EQ(s.change, utc(2026, 3, 30, 7));
    // Hours that begin inside the skipped hour still open on that night.
    EXPECT_EQ(statusOf("Su 02:30-04:00", utc(2026, 3, 29, 1, 30)).state, State::Open);
    // The same in Amsterdam.
    s = statusOf("Mo-Fr 09:00-17:00", local(2026, 3, 27, 18, 0, amsterdam), amsterdam);
    EXPECT_EQ(s.change, utc(2026, 3, 30, 7));
}

TEST(OpeningHours, FallBackWeekend)
{
    // 25 October 2026: 03:00 CEST becomes 02:00 CET.
    auto s = statusOf("Mo-Su 17:00-24:00", local(2026, 10, 24, 23));
    EXPECT_EQ(s.change, utc(2026, 10, 24, 22));
    s = statusOf("Mo-Su 17:00-24:00", local(2026, 10, 25, 23));
    EXPECT_EQ(s.change, utc(2026, 10, 25, 23));
    // The night across the change lasts an hour longer: still open at 04:59 UTC (05:59 CET).
    s = statusOf("Sa 22:00-06:00", utc(2026, 10, 25, 4, 59));
    EXPECT_EQ(s.state, State::Open);
    EXPECT_EQ(s.change, utc(2026, 10, 25, 5));
    s = statusOf("Mo-Fr 09:00-17:00", local(2026, 10, 23, 18));
    EXPECT_EQ(s.change, utc(2026, 10, 26, 8));
    // Both 02:30s of the repeated hour are inside a 02:00-04:00 range.
    EXPECT_EQ(statusOf("Su 02:00-04:00", utc(2026, 10, 25, 0, 30)).state, State::Open);
    EXPECT_EQ(statusOf("Su 02:00-04:00", utc(2026, 10, 25, 1, 30)).state, State::Open);
    s = statusOf("Mo-Su 10:00-24:00", local(2026, 10, 25, 9, 0, amsterdam), amsterdam);
    EXPECT_EQ(s.change, utc(2026, 10, 25, 9));
}

TEST(OpeningHours, NothingFurtherThanAWeekAwayIsPromised)
{
    const auto s = statusOf("Mo 09:00-10:00", local(2026, 12, 7, 10, 30));
    EXPECT_EQ(s.state, State::Closed);
    EXPECT_EQ(s.change, local(2026, 12, 14, 9));
    EXPECT_EQ(statusOf("Mo-Fr 09:00-17:00", QDateTime(), brussels).state, State::Unknown);
    EXPECT_EQ(OpeningHours::parse(QStringLiteral("24/7"))
                  .statusAt(local(2026, 1, 1, 1), QTimeZone())
                  .state,
              State::Unknown);
}

TEST(OpeningHours, GarbageIsRejectedWithAReason)
{
    const char *bad[] = {"",
                         " ",
                         "Mo-Fr",
                         "09:00",
                         "Xx 09:00-17:00",
                         "Mo-Fr 25:00-26:00",
                         "Mo-Fr 09:60-10:00",
                         "Mo-Fr 09:00-49:00",
                         "Mo-Fr 9:00-17:00",
                         "Mo-Fr 09:00-17:00-18:00",
                         "Mo-Fr 09:00-17:00 extra",
                         "Mo--Fr 09:00-17:00",
                         "Mo-Fr 09:00-17:00;",
                         ";;",
                         "Mo-Fr 0٩:00-17:00",
                         "sunrise-sunset",
                         "Mo-Fr 08:00-12:00 open",
                         "Mo-Fr 00:00-25:00",
                         "24/7; Mo off"};
    for (const char *text : bad) {
        const OpeningHours hours = OpeningHours::parse(QString::fromUtf8(text));
        EXPECT_FALSE(hours.isValid()) << text;
        EXPECT_FALSE(hours.error().isEmpty()) << text;
        EXPECT_EQ(hours.statusAt(local(2026, 12, 1, 10), brussels).state, State::Unknown) << text;
    }
}

TEST(OpeningHours, RandomInputNeverCrashesAndNeverOpensWhenInvalid)
{
    const QString alphabet = QStringLiteral("MoTuWeThFrSaSu0123456789:-,; /offx24\t\x00e9");
    const QStringList seeds{QStringLiteral("24/7"), QStringLiteral("Mo-Fr 09:00-17:00"),
                            QStringLiteral("Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00"),
                            QStringLiteral("Mo-Su 17:00-24:00"), QStringLiteral("off")};
    QRandomGenerator random(20261128);
    int valid = 0;
    for (int round = 0; round < 20000; ++round) {
        // Random strings, and documented examples with a few characters changed.
        QString text = seeds.at(random.bounded(int(seeds.size())));
        if (round % 4 == 0)
            text.clear();
        const int edits = random.bounded(0, round % 4 == 0 ? 40 : 4);
        for (int i = 0; i < edits; ++i) {
            const QChar c = alphabet.at(random.bounded(int(alphabet.size())));
            const int at = random.bounded(int(text.size()) + 1);
            if (random.bounded(2) == 0 || at == text.size())
                text.insert(at, c);
            else
                text[at] = c;
        }
        const OpeningHours hours = OpeningHours::parse(text);
        const auto status = hours.statusAt(utc(2026, 3, 29, random.bounded(0, 24)), brussels);
        if (hours.isValid()) {
            ++valid;
            EXPECT_NE(status.state, State::Unknown) << text.toStdString();
        } else {
            EXPECT_EQ(status.state, State::Unknown);
            EXPECT_FALSE(hours.error().isEmpty());
        }
    }
    EXPECT_GT(valid, 0);
}
