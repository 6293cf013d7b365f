#include "breathing/breathclock.h"
#include "breathing/breathingcatalog.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

using namespace pk;

namespace {

BreathPattern calm()
{
    return BreathingCatalog::find(QStringLiteral("calm")).pattern;
}

} // namespace

TEST(BreathClock, CalmBreathStartsBreathingInWithEmptyLungs)
{
    const BreathState s = breathStateAt(calm(), 120'000, 0);
    EXPECT_EQ(s.kind, BreathPhaseKind::In);
    EXPECT_EQ(s.cycle, 0);
    EXPECT_DOUBLE_EQ(s.lungLevel, 0.0);
    EXPECT_EQ(s.phaseSecondsLeft(), 4);
    EXPECT_EQ(s.totalSecondsLeft(), 120);
    EXPECT_FALSE(s.finished);
}

TEST(BreathClock, PhaseBoundariesFallExactlyOnTheSchedule)
{
    const BreathPattern p = calm();
    EXPECT_EQ(breathStateAt(p, 120'000, 3'999).kind, BreathPhaseKind::In);
    EXPECT_EQ(breathStateAt(p, 120'000, 4'000).kind, BreathPhaseKind::Out);
    EXPECT_EQ(breathStateAt(p, 120'000, 9'999).kind, BreathPhaseKind::Out);
    const BreathState next = breathStateAt(p, 120'000, 10'000);
    EXPECT_EQ(next.kind, BreathPhaseKind::In);
    EXPECT_EQ(next.cycle, 1);
    EXPECT_DOUBLE_EQ(next.phaseProgress, 0.0);
}

TEST(BreathClock, CircleGrowsOnTheInBreathAndShrinksOnTheOutBreath)
{
    const BreathPattern p = calm();
    const double early = breathStateAt(p, 120'000, 1'000).lungLevel;
    const double late = breathStateAt(p, 120'000, 3'900).lungLevel;
    const double top = breathStateAt(p, 120'000, 4'000).lungLevel;
    const double out = breathStateAt(p, 120'000, 8'000).lungLevel;
    EXPECT_LT(early, late);
    EXPECT_LE(late, top);
    EXPECT_LT(out, top);
    EXPECT_GT(out, 0.0);
}

TEST(BreathClock, SecondsLeftCountDownAsPeopleCount)
{
    const BreathPattern p = calm();
    EXPECT_EQ(breathStateAt(p, 120'000, 1).phaseSecondsLeft(), 4);
    EXPECT_EQ(breathStateAt(p, 120'000, 1'001).phaseSecondsLeft(), 3);
    EXPECT_EQ(breathStateAt(p, 120'000, 3'001).phaseSecondsLeft(), 1);
    EXPECT_EQ(breathStateAt(p, 120'000, 4'000).phaseSecondsLeft(), 6);
}

TEST(BreathClock, TwoMinutesOfCalmBreathAreTwelveWholeCycles)
{
    const BreathPattern p = calm();
    EXPECT_EQ(p.cyclesFor(120'000), 12);
    EXPECT_EQ(p.sessionMsFor(120'000), 120'000);
    EXPECT_FALSE(breathStateAt(p, 120'000, 119'999).finished);
    const BreathState end = breathStateAt(p, 120'000, 120'000);
    EXPECT_TRUE(end.finished);
    EXPECT_EQ(end.totalRemainingMs, 0);
    EXPECT_EQ(end.cycle, 11);
}

TEST(BreathClock, NoDriftAfterTenMinutesOfFakeClock)
{
    const BreathPattern p = calm();
    const qint64 tenMinutes = 600'000;
    // Exactly on a cycle boundary after ten minutes: a fresh in-breath, cycle 60.
    const BreathState s = breathStateAt(p, tenMinutes + 10'000, tenMinutes);
    EXPECT_EQ(s.cycle, 60);
    EXPECT_EQ(s.kind, BreathPhaseKind::In);
    EXPECT_EQ(s.phaseRemainingMs, 4'000);
    // One 16 ms frame before it: still the out-breath of cycle 59.
    const BreathState before = breathStateAt(p, tenMinutes + 10'000, tenMinutes - 16);
    EXPECT_EQ(before.cycle, 59);
    EXPECT_EQ(before.kind, BreathPhaseKind::Out);
}

TEST(BreathClock, BadInputNeverCrashesAndEndsTheSession)
{
    BreathPattern empty;
    empty.id = QStringLiteral("empty");
    EXPECT_TRUE(breathStateAt(empty, 120'000, 10).finished);
    EXPECT_TRUE(breathStateAt(calm(), 0, 0).finished);
    EXPECT_FALSE(breathStateAt(calm(), 120'000, -500).finished);
    EXPECT_EQ(breathStateAt(calm(), 120'000, -500).kind, BreathPhaseKind::In);
    EXPECT_FALSE(empty.isValid());
}

TEST(BreathingCatalog, DefaultIsTheCalmBreathWithoutAHold)
{
    const BreathExercise &e = BreathingCatalog::find(BreathingCatalog::defaultId());
    EXPECT_EQ(e.pattern.id, QStringLiteral("calm"));
    for (const BreathPhase &phase : e.pattern.phases) {
        EXPECT_NE(phase.kind, BreathPhaseKind::HoldIn);
        EXPECT_NE(phase.kind, BreathPhaseKind::HoldOut);
    }
    EXPECT_EQ(BreathingCatalog::find(QStringLiteral("no-such-id")).pattern.id,
              BreathingCatalog::defaultId());
}
