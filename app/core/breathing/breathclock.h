#pragma once

#include "breathpattern.h"

namespace pk {

// Where a breathing session is at one moment.
struct BreathState
{
    int cycle = 0;      // 0-based cycle number
    int phaseIndex = 0; // index into BreathPattern::phases
    BreathPhaseKind kind = BreathPhaseKind::In;
    int countNumber = 0;        // 1..10 while counting to ten, else 0
    double phaseProgress = 0.0; // 0..1 through the current phase
    double lungLevel = 0.0;     // 0 (empty) .. 1 (full): what the circle shows
    qint64 phaseRemainingMs = 0;
    qint64 totalRemainingMs = 0;
    bool finished = false;

    // Whole seconds left in the phase, as people count them (3.2 s left shows as 4).
    int phaseSecondsLeft() const { return static_cast<int>((phaseRemainingMs + 999) / 1000); }
    int totalSecondsLeft() const { return static_cast<int>((totalRemainingMs + 999) / 1000); }
};

// The breathing engine: a pure function of elapsed monotonic time, so it cannot drift.
// sessionMs is the planned length; the schedule repeats the pattern's cycle until then.
BreathState breathStateAt(const BreathPattern &pattern, qint64 sessionMs, qint64 elapsedMs);

} // namespace pk
