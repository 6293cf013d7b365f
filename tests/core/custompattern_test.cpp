#include "breathing/breathclock.h"
#include "breathing/breathingcatalog.h"
#include "breathing/custompatternstore.h"
#include "settings/settings.h"
#include "support/testsupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <limits>

using namespace pk;
using F = CustomPattern::Field;

TEST(CustomPattern, AcceptsWholeAndHalfSecondsFromZeroToTwelve)
{
    EXPECT_TRUE(CustomPattern(4, 0, 6, 0).isValid());
    EXPECT_TRUE(CustomPattern(12, 12, 12, 12).isValid());
    EXPECT_TRUE(CustomPattern(1, 0.5, 1.5, 11.5).isValid());
}

TEST(CustomPattern, ImpossibleValuesGetAClearSentenceNotAClamp)
{
    const QStringList tooLong = CustomPattern(13, 0, 6, 0).problems();
    ASSERT_EQ(tooLong.size(), 1);
    EXPECT_EQ(tooLong.constFirst(), QStringLiteral("Breathe in can be at most 12 seconds."));

    EXPECT_EQ(CustomPattern::problemWith(F::HoldIn, -1),
              QStringLiteral("Hold after breathing in cannot be less than 0 seconds."));
    EXPECT_EQ(CustomPattern::problemWith(F::Out, 4.3),
              QStringLiteral("Breathe out: use whole or half seconds, like 4 or 4.5."));
    EXPECT_EQ(CustomPattern::problemWith(F::Out, 0),
              QStringLiteral("Breathe out needs at least 1 second."));
    EXPECT_FALSE(
        CustomPattern::problemWith(F::In, std::numeric_limits<double>::quiet_NaN()).isEmpty());
    EXPECT_FALSE(
        CustomPattern::problemWith(F::In, std::numeric_limits<double>::infinity()).isEmpty());
    // Several problems: one sentence each, and the values stay what was typed.
    CustomPattern many(0, 20, 0.25, -3);
    EXPECT_EQ(many.problems().size(), 4);
    EXPECT_DOUBLE_EQ(many.seconds(F::HoldIn), 20.0);
}

TEST(CustomPattern, ReadsWhatPeopleTypeWithDotOrComma)
{
    double s = 0;
    EXPECT_TRUE(CustomPattern::parseSeconds(QStringLiteral(" 4,5 "), &s));
    EXPECT_DOUBLE_EQ(s, 4.5);
    EXPECT_TRUE(CustomPattern::parseSeconds(QStringLiteral("7"), &s));
    EXPECT_DOUBLE_EQ(s, 7.0);
    EXPECT_FALSE(CustomPattern::parseSeconds(QStringLiteral(""), &s));
    EXPECT_FALSE(CustomPattern::parseSeconds(QStringLiteral("four"), &s));
    EXPECT_FALSE(CustomPattern::parseSeconds(QStringLiteral("nan"), &s));
    EXPECT_FALSE(CustomPattern::parseSeconds(QStringLiteral("inf"), &s));
}

TEST(CustomPattern, BecomesAnExerciseThatSkipsEmptyHolds)
{
    const BreathExercise e = CustomPattern(4, 0, 6.5, 2).toExercise(3);
    EXPECT_EQ(e.pattern.id, QStringLiteral("custom-3"));
    EXPECT_TRUE(e.custom);
    EXPECT_EQ(e.pattern.cycleMs(), 12'500);
    EXPECT_EQ(breathStateAt(e.pattern, 125'000, 4'000).kind, BreathPhaseKind::Out);
    EXPECT_EQ(breathStateAt(e.pattern, 125'000, 10'500).kind, BreathPhaseKind::HoldOut);
    EXPECT_EQ(BreathingCatalog::displayName(e), QStringLiteral("My pattern 4-0-6.5-2"));
}

TEST(CustomPatternStore, SavesAsJsonInSettingsAndReadsBack)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    CustomPatternStore store(&settings);
    EXPECT_TRUE(store.add(CustomPattern(5, 1, 7, 0)).isEmpty());
    EXPECT_TRUE(store.add(CustomPattern(3, 0, 3, 0)).isEmpty());
    EXPECT_EQ(store.add(CustomPattern(30, 0, 3, 0)).size(), 1); // refused, not clamped
    ASSERT_EQ(store.patterns().size(), 2);
    EXPECT_EQ(store.patterns().at(0), CustomPattern(5, 1, 7, 0));
    const QString json = settings.value(Settings::Key::CustomPatterns).toString();
    EXPECT_TRUE(json.contains(QStringLiteral("\"holdIn\":1"))) << json.toStdString();

    Settings again(dir.filePath(QStringLiteral("s.ini")));
    const QList<BreathExercise> exercises = CustomPatternStore(&again).exercises();
    ASSERT_EQ(exercises.size(), 2);
    EXPECT_EQ(exercises.at(1).pattern.id, QStringLiteral("custom-2"));
    EXPECT_EQ(BreathingCatalog::find(QStringLiteral("custom-2"), exercises).pattern.cycleMs(),
              6'000);

    store.remove(0);
    store.remove(7); // out of range: nothing happens
    ASSERT_EQ(store.patterns().size(), 1);
    EXPECT_EQ(store.patterns().at(0), CustomPattern(3, 0, 3, 0));
}

TEST(CustomPatternStore, KeepsAtMostSixAndSaysSo)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    CustomPatternStore store(&settings);
    for (int i = 0; i < CustomPatternStore::MaxPatterns; ++i)
        EXPECT_TRUE(store.add(CustomPattern(4, 0, 6, 0)).isEmpty());
    const QStringList full = store.add(CustomPattern(4, 0, 6, 0));
    ASSERT_EQ(full.size(), 1);
    EXPECT_TRUE(full.constFirst().contains(QStringLiteral("six")));
    EXPECT_EQ(store.patterns().size(), CustomPatternStore::MaxPatterns);
}

TEST(CustomPatternStore, DamagedOrHandEditedJsonNeverCrashes)
{
    EXPECT_TRUE(CustomPatternStore::fromJson(QStringLiteral("{not json")).isEmpty());
    EXPECT_TRUE(CustomPatternStore::fromJson(QStringLiteral("{\"in\":4}")).isEmpty());
    const QList<CustomPattern> some = CustomPatternStore::fromJson(QStringLiteral(
        R"([{"in":4,"holdIn":0,"out":6,"holdOut":0},{"in":"x"},{"in":99,"holdIn":0,"out":6,)"
        R"("holdOut":0},7,{"in":2,"holdIn":0,"out":2}])"));
    ASSERT_EQ(some.size(), 1);
    EXPECT_EQ(some.at(0), CustomPattern(4, 0, 6, 0));
    EXPECT_TRUE(CustomPatternStore(nullptr).patterns().isEmpty());
}
