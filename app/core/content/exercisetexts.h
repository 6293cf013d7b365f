#pragma once

#include "localizedtext.h"

namespace pk {

// The words about one built-in breathing exercise, from resources/content/breathing.json.
// The pattern itself (phases, lengths, caps) stays in BreathingCatalog.
struct ExerciseTexts
{
    QString id; // the pattern id: calm, sigh, resonance, box, box3, 478, count10
    LocalizedText name;
    LocalizedText summary; // what it is, one line
    LocalizedText caveat;  // when to stop or skip it
    QString source;        // evidence, kept with the content
};

} // namespace pk
