#pragma once

#include "breathexercise.h"

#include <QCoreApplication>

namespace pk {

// The exercises Pauzeknop ships with (CONTENT.md section 4). The first one is the default:
// no breath hold.
class BreathingCatalog
{
    Q_DECLARE_TR_FUNCTIONS(BreathingCatalog)

public:
    static const QList<BreathExercise> &builtIn();
    static QString defaultId();
    static QStringList ids();
    // The exercise with this id, or the default one when the id is unknown.
    static const BreathExercise &find(const QString &id);
    // The same among the built-ins and the person's own exercises.
    static BreathExercise find(const QString &id, const QList<BreathExercise> &custom);
    static bool contains(const QString &id);
    static QString displayName(const BreathExercise &exercise);
    static QString summary(const BreathExercise &exercise);
    static QString caveat(const BreathExercise &exercise);
};

} // namespace pk
