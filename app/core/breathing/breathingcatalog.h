#pragma once

#include "breathpattern.h"

#include <QCoreApplication>

namespace pk {

// A built-in exercise with the words people see about it, and where the evidence comes from.
struct BreathExercise
{
    BreathPattern pattern;
    const char *name = nullptr;    // translatable (context BreathingCatalog)
    const char *summary = nullptr; // what it is, one line, translatable
    const char *caveat = nullptr;  // when to stop or skip it, translatable
    QString source;                // evidence, kept with the content (CONTENT.md section 4)
};

// The exercises Pauzeknop ships with. The first one is the default: no breath hold.
class BreathingCatalog
{
    Q_DECLARE_TR_FUNCTIONS(BreathingCatalog)

public:
    static const QList<BreathExercise> &builtIn();
    static QString defaultId();
    // The exercise with this id, or the default one when the id is unknown.
    static const BreathExercise &find(const QString &id);
    static bool contains(const QString &id);
    static QString displayName(const BreathExercise &exercise);
};

} // namespace pk
