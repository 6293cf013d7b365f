#pragma once

#include "breathpattern.h"
#include "content/localizedtext.h"

namespace pk {

// A breathing exercise as people choose it: the pattern, the words about it, its evidence, and
// the lengths on offer (minutes, or whole cycles where the pattern calls for it).
struct BreathExercise
{
    enum class Unit
    {
        Minutes,
        Cycles,
    };

    BreathPattern pattern;
    // Texts from resources/content/breathing.json; empty for the person's own patterns.
    LocalizedText name;
    LocalizedText summary; // what it is, one line
    LocalizedText caveat;  // when to stop or skip it
    QString source;        // evidence, kept with the content (CONTENT.md section 4)
    Unit unit = Unit::Minutes;
    QList<int> choices{1, 2, 3, 5}; // lengths on offer, in minutes or cycles
    int defaultChoice = 2;
    bool custom = false;

    // The session length for one of the choices (whole cycles, capped by the pattern).
    qint64 sessionMsFor(int choice) const;
    // The session after "+1 minute" (or "one more round"); the same length when capped.
    qint64 extendedMs(qint64 sessionMs) const;
    bool canExtend(qint64 sessionMs) const { return extendedMs(sessionMs) > sessionMs; }
    // The choice closest to a length in seconds (used for the saved default duration).
    int choiceForSeconds(int seconds) const;
};

} // namespace pk
