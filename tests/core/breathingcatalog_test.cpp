#include "breathing/breathclock.h"
#include "breathing/breathingcatalog.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

using namespace pk;
using K = BreathPhaseKind;

namespace {

QList<std::pair<K, qint64>> phasesOf(const QString &id)
{
    QList<std::pair<K, qint64>> result;
    for (const BreathPhase &phase : BreathingCatalog::find(id).pattern.phases)
        result.append({phase.kind, phase.ms});
    return result;
}

using Phases = QList<std::pair<K, qint64>>;

} // namespace

// The table of CONTENT.md section 4, one row each.
TEST(BreathingCatalog, EveryPatternMatchesTheContentTable)
{
    EXPECT_EQ(phasesOf(QStringLiteral("calm")), (Phases{{K::In, 4000}, {K::Out, 6000}}));
    EXPECT_EQ(phasesOf(QStringLiteral("sigh")),
              (Phases{{K::In, 3000}, {K::TopUp, 1000}, {K::Out, 7000}}));
    EXPECT_EQ(phasesOf(QStringLiteral("resonance")), (Phases{{K::In, 5500}, {K::Out, 5500}}));
    EXPECT_EQ(phasesOf(QStringLiteral("box")),
              (Phases{{K::In, 4000}, {K::HoldIn, 4000}, {K::Out, 4000}, {K::HoldOut, 4000}}));
    EXPECT_EQ(phasesOf(QStringLiteral("box3")),
              (Phases{{K::In, 3000}, {K::HoldIn, 3000}, {K::Out, 3000}, {K::HoldOut, 3000}}));
    EXPECT_EQ(phasesOf(QStringLiteral("478")),
              (Phases{{K::In, 4000}, {K::HoldIn, 7000}, {K::Out, 8000}}));
    const Phases counts = phasesOf(QStringLiteral("count10"));
    ASSERT_EQ(counts.size(), 10);
    for (const auto &[kind, ms] : counts) {
        EXPECT_EQ(kind, K::Count);
        EXPECT_EQ(ms, 1000);
    }
    EXPECT_EQ(
        BreathingCatalog::ids(),
        (QStringList{QStringLiteral("calm"), QStringLiteral("sigh"), QStringLiteral("resonance"),
                     QStringLiteral("box"), QStringLiteral("box3"), QStringLiteral("478"),
                     QStringLiteral("count10")}));
}

TEST(BreathingCatalog, EveryExerciseSaysWhatItIsItsCaveatAndItsSource)
{
    for (const BreathExercise &e : BreathingCatalog::builtIn()) {
        EXPECT_TRUE(e.pattern.isValid()) << e.pattern.id.toStdString();
        EXPECT_FALSE(BreathingCatalog::displayName(e).isEmpty());
        EXPECT_FALSE(BreathingCatalog::summary(e).isEmpty());
        EXPECT_FALSE(BreathingCatalog::caveat(e).isEmpty());
        EXPECT_FALSE(e.source.isEmpty());
        EXPECT_TRUE(e.choices.contains(e.defaultChoice));
    }
    EXPECT_TRUE(BreathingCatalog::find(QStringLiteral("sigh"))
                    .source.contains(QStringLiteral("10.1016/j.xcrm.2022.100895")));
}

TEST(BreathingCatalog, MinuteExercisesOfferOneTwoThreeAndFiveMinutes)
{
    const BreathExercise &calm = BreathingCatalog::find(QStringLiteral("calm"));
    EXPECT_EQ(calm.choices, (QList<int>{1, 2, 3, 5}));
    EXPECT_EQ(calm.sessionMsFor(1), 60'000);
    EXPECT_EQ(calm.sessionMsFor(5), 300'000);
    // Box breathing: whole 16 s cycles, the nearest to the wish.
    const BreathExercise &box = BreathingCatalog::find(QStringLiteral("box"));
    EXPECT_EQ(box.sessionMsFor(2), 8 * 16'000);
    EXPECT_EQ(BreathingCatalog::find(QStringLiteral("resonance")).defaultChoice, 5);
    EXPECT_EQ(BreathingCatalog::find(QStringLiteral("resonance")).sessionMsFor(5), 27 * 11'000);
}

TEST(BreathingCatalog, FourSevenEightIsCountedInCyclesAndNeverMoreThanFour)
{
    const BreathExercise &e = BreathingCatalog::find(QStringLiteral("478"));
    EXPECT_EQ(e.unit, BreathExercise::Unit::Cycles);
    EXPECT_EQ(e.choices, (QList<int>{1, 2, 3, 4}));
    EXPECT_EQ(e.sessionMsFor(4), 4 * 19'000);
    EXPECT_EQ(e.sessionMsFor(9), 4 * 19'000);
    EXPECT_EQ(e.pattern.sessionMsFor(600'000), 4 * 19'000);
    EXPECT_EQ(e.extendedMs(2 * 19'000), 3 * 19'000);
    EXPECT_FALSE(e.canExtend(4 * 19'000));
}

TEST(BreathingCatalog, CountToTenTakesTenToThirtySeconds)
{
    const BreathExercise &e = BreathingCatalog::find(QStringLiteral("count10"));
    EXPECT_EQ(e.sessionMsFor(1), 10'000);
    EXPECT_EQ(e.sessionMsFor(3), 30'000);
    const BreathState first = breathStateAt(e.pattern, 10'000, 0);
    EXPECT_EQ(first.countNumber, 1);
    EXPECT_DOUBLE_EQ(first.lungLevel, 1.0);
    const BreathState seventh = breathStateAt(e.pattern, 10'000, 6'500);
    EXPECT_EQ(seventh.countNumber, 7);
    EXPECT_LT(seventh.lungLevel, first.lungLevel);
    EXPECT_EQ(breathStateAt(e.pattern, 10'000, 9'999).countNumber, 10);
}

TEST(BreathingCatalog, PlusOneMinuteAddsAMinuteOfWholeCycles)
{
    const BreathExercise &calm = BreathingCatalog::find(QStringLiteral("calm"));
    EXPECT_EQ(calm.extendedMs(120'000), 180'000);
    const BreathExercise &sigh = BreathingCatalog::find(QStringLiteral("sigh"));
    const qint64 one = sigh.sessionMsFor(1);
    EXPECT_EQ(one % 11'000, 0);
    EXPECT_NEAR(static_cast<double>(sigh.extendedMs(one) - one), 60'000.0, 5'500.0);
}

TEST(BreathingCatalog, PhysiologicalSighTopsUpBeforeTheLongOutBreath)
{
    const BreathPattern &p = BreathingCatalog::find(QStringLiteral("sigh")).pattern;
    EXPECT_EQ(breathStateAt(p, 66'000, 2'999).kind, K::In);
    const BreathState topUp = breathStateAt(p, 66'000, 3'500);
    EXPECT_EQ(topUp.kind, K::TopUp);
    EXPECT_GT(topUp.lungLevel, breathStateAt(p, 66'000, 2'999).lungLevel);
    EXPECT_EQ(breathStateAt(p, 66'000, 4'000).kind, K::Out);
    EXPECT_EQ(breathStateAt(p, 66'000, 4'000).phaseSecondsLeft(), 7);
}

// Every phase boundary of every pattern falls on the schedule, also after ten minutes of a fake
// clock that advances by 60 Hz frames: no drift, and within one frame of each boundary.
TEST(BreathingCatalog, NoPatternDriftsOverTenMinutesOfFrames)
{
    for (const BreathExercise &e : BreathingCatalog::builtIn()) {
        BreathPattern p = e.pattern;
        p.maxCycles = 0; // the cap shortens sessions, not the schedule
        const qint64 session = 10 * 60'000 + p.cycleMs();
        qint64 boundary = 0;
        int phase = 0;
        int changes = 0;
        BreathState last = breathStateAt(p, session, 0);
        for (qint64 frame = 1; frame * 1000 / 60 <= 600'000; ++frame) {
            const qint64 t = frame * 1000 / 60;
            const BreathState s = breathStateAt(p, session, t);
            if (s.phaseIndex != last.phaseIndex || s.cycle != last.cycle) {
                boundary += p.phases.at(phase).ms;
                phase = (phase + 1) % p.phases.size();
                EXPECT_GE(t, boundary) << p.id.toStdString();
                EXPECT_LT(t - boundary, 17) << p.id.toStdString();
                ++changes;
            }
            last = s;
        }
        // No boundary was skipped: the next one still lies ahead of ten minutes.
        EXPECT_GT(boundary + p.phases.at(phase).ms, 600'000) << p.id.toStdString();
        EXPECT_EQ(last.cycle, static_cast<int>(600'000 / p.cycleMs())) << p.id.toStdString();
        EXPECT_GT(changes, 40) << p.id.toStdString();
    }
}
