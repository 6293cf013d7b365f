#pragma once

#include <QList>
#include <QString>

namespace pk {

// What the body does during one phase of a breathing pattern.
enum class BreathPhaseKind
{
    In,      // breathe in: the circle grows
    TopUp,   // a second, short sip of air on top of the in-breath (physiological sigh)
    HoldIn,  // hold with full lungs
    Out,     // breathe out: the circle shrinks
    HoldOut, // rest with empty lungs
    Count,   // count one number on a slow out-breath (count to ten)
};

struct BreathPhase
{
    BreathPhaseKind kind = BreathPhaseKind::In;
    qint64 ms = 0;
};

// One breathing exercise: a repeating cycle of timed phases, plus how long it normally runs.
struct BreathPattern
{
    QString id;
    QList<BreathPhase> phases;
    qint64 defaultDurationMs = 120'000;
    int maxCycles = 0; // 0: no cap; 4-7-8 is capped at 4 cycles

    qint64 cycleMs() const;
    bool isValid() const;
    // Whole cycles that fit a wished duration (rounded to the nearest cycle, at least one, capped).
    int cyclesFor(qint64 wishedMs) const;
    // The real length of a session that aims at a wished duration.
    qint64 sessionMsFor(qint64 wishedMs) const;
};

} // namespace pk
