#pragma once

#include "breathexercise.h"

#include <QStringList>

namespace pk {

// The timings of the breathing exercises Pauzeknop ships with (CONTENT.md section 4): phases,
// lengths on offer, caps. The words about them are content (BreathingCatalog adds them from
// resources/content/breathing.json). This part needs Qt Core only, so the small launcher can
// check "--breathe PATTERN" without the rest of the app.
class BuiltInPatterns
{
public:
    // The exercises without their words, the default (no breath hold) first.
    static const QList<BreathExercise> &all();
    static QStringList ids();
    static bool contains(const QString &id);
};

} // namespace pk
