#include "breathclock.h"

#include <algorithm>

namespace pk {
namespace {

// How full the lungs are at the end of each phase kind, given the level at its start.
double levelAt(BreathPhaseKind kind, double startLevel, double progress)
{
    switch (kind) {
    case BreathPhaseKind::In:
        return startLevel + (0.85 - startLevel) * progress;
    case BreathPhaseKind::TopUp:
        return startLevel + (1.0 - startLevel) * progress;
    case BreathPhaseKind::HoldIn:
    case BreathPhaseKind::HoldOut:
        return startLevel;
    case BreathPhaseKind::Out:
    case BreathPhaseKind::Count: // counts are placed by countLevel(); alone it is an out-breath
        return startLevel * (1.0 - progress);
    }
    return startLevel;
}

// Counting to ten is one long out-breath: the circle empties one step per number.
double countLevel(int countsBefore, int countsInCycle, double progress)
{
    return 1.0 - (countsBefore + progress) / static_cast<double>(countsInCycle);
}

BreathState finishedState(const BreathPattern &pattern, int cycles)
{
    BreathState state;
    state.finished = true;
    state.cycle = std::max(0, cycles - 1);
    state.phaseIndex = static_cast<int>(pattern.phases.size()) - 1;
    state.kind = pattern.phases.isEmpty() ? BreathPhaseKind::Out : pattern.phases.last().kind;
    state.phaseProgress = 1.0;
    return state;
}

} // namespace

BreathState breathStateAt(const BreathPattern &pattern, qint64 sessionMs, qint64 elapsedMs)
{
    const qint64 cycleMs = pattern.cycleMs();
    if (cycleMs <= 0 || sessionMs <= 0)
        return finishedState(pattern, 0);
    const qint64 t = std::max<qint64>(0, elapsedMs);
    if (t >= sessionMs)
        return finishedState(pattern, static_cast<int>(sessionMs / cycleMs));

    BreathState state;
    state.cycle = static_cast<int>(t / cycleMs);
    state.totalRemainingMs = sessionMs - t;
    qint64 inCycle = t % cycleMs;
    const int counts = static_cast<int>(
        std::count_if(pattern.phases.cbegin(), pattern.phases.cend(), [](const BreathPhase &p) {
            return p.kind == BreathPhaseKind::Count && p.ms > 0;
        }));
    int countsBefore = 0;
    double level = 0.0;
    for (int i = 0; i < pattern.phases.size(); ++i) {
        const BreathPhase &phase = pattern.phases.at(i);
        const bool isCount = phase.kind == BreathPhaseKind::Count;
        if (inCycle < phase.ms) {
            state.phaseIndex = i;
            state.kind = phase.kind;
            state.countNumber = isCount ? countsBefore + 1 : 0;
            state.phaseProgress = static_cast<double>(inCycle) / static_cast<double>(phase.ms);
            state.phaseRemainingMs = phase.ms - inCycle;
            state.lungLevel = isCount ? countLevel(countsBefore, counts, state.phaseProgress)
                                      : levelAt(phase.kind, level, state.phaseProgress);
            return state;
        }
        inCycle -= phase.ms;
        if (isCount && phase.ms > 0)
            level = countLevel(countsBefore++, counts, 1.0);
        else
            level = levelAt(phase.kind, level, 1.0);
    }
    return finishedState(pattern, state.cycle + 1); // unreachable: inCycle < cycleMs
}

} // namespace pk
