#include "breathpattern.h"

#include <algorithm>

namespace pk {

qint64 BreathPattern::cycleMs() const
{
    qint64 total = 0;
    for (const BreathPhase &phase : phases)
        total += phase.ms;
    return total;
}

bool BreathPattern::isValid() const
{
    if (id.isEmpty() || phases.isEmpty())
        return false;
    const bool allNonNegative =
        std::all_of(phases.cbegin(), phases.cend(), [](const BreathPhase &p) { return p.ms >= 0; });
    return allNonNegative && cycleMs() > 0;
}

int BreathPattern::cyclesFor(qint64 wishedMs) const
{
    const qint64 cycle = cycleMs();
    if (cycle <= 0)
        return 0;
    qint64 cycles = std::max<qint64>(1, (std::max<qint64>(0, wishedMs) + cycle / 2) / cycle);
    if (maxCycles > 0)
        cycles = std::min<qint64>(cycles, maxCycles);
    return static_cast<int>(cycles);
}

qint64 BreathPattern::sessionMsFor(qint64 wishedMs) const
{
    return cyclesFor(wishedMs) * cycleMs();
}

} // namespace pk
