#include "breathexercise.h"

#include <cstdlib>

namespace pk {

qint64 BreathExercise::sessionMsFor(int choice) const
{
    const qint64 wished =
        unit == Unit::Minutes ? qint64(choice) * 60'000 : qint64(choice) * pattern.cycleMs();
    return pattern.sessionMsFor(wished);
}

qint64 BreathExercise::extendedMs(qint64 sessionMs) const
{
    const qint64 cycle = pattern.cycleMs();
    if (cycle <= 0)
        return sessionMs;
    const int cycles = static_cast<int>(sessionMs / cycle);
    int more = unit == Unit::Minutes ? pattern.cyclesFor(sessionMs + 60'000) : cycles + 1;
    if (pattern.maxCycles > 0)
        more = std::min(more, pattern.maxCycles);
    return std::max<qint64>(sessionMs, qint64(more) * cycle);
}

int BreathExercise::choiceForSeconds(int seconds) const
{
    if (unit == Unit::Cycles || choices.isEmpty())
        return defaultChoice;
    int best = defaultChoice;
    int bestGap = -1;
    for (int choice : choices) {
        const int gap = std::abs(choice * 60 - seconds);
        if (bestGap < 0 || gap < bestGap) {
            best = choice;
            bestGap = gap;
        }
    }
    return best;
}

} // namespace pk
