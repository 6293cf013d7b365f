#include "breathingcatalog.h"

#include "builtinpatterns.h"
#include "content/builtincontent.h"

#include <QLocale>

#include <algorithm>

namespace pk {
namespace {

// The words come from resources/content/breathing.json; the timings from BuiltInPatterns.
BreathExercise withTexts(BreathExercise e)
{
    if (const ExerciseTexts *texts = BuiltInContent::exercise(e.pattern.id)) {
        e.name = texts->name;
        e.summary = texts->summary;
        e.caveat = texts->caveat;
        e.source = texts->source;
    }
    return e;
}

} // namespace

const QList<BreathExercise> &BreathingCatalog::builtIn()
{
    static const QList<BreathExercise> exercises = [] {
        QList<BreathExercise> all;
        for (const BreathExercise &exercise : BuiltInPatterns::all())
            all.append(withTexts(exercise));
        return all;
    }();
    return exercises;
}

QString BreathingCatalog::defaultId()
{
    return builtIn().constFirst().pattern.id;
}

QStringList BreathingCatalog::ids()
{
    return BuiltInPatterns::ids();
}

const BreathExercise &BreathingCatalog::find(const QString &id)
{
    for (const BreathExercise &exercise : builtIn()) {
        if (exercise.pattern.id == id)
            return exercise;
    }
    return builtIn().constFirst();
}

BreathExercise BreathingCatalog::find(const QString &id, const QList<BreathExercise> &custom)
{
    for (const BreathExercise &exercise : custom) {
        if (exercise.pattern.id == id)
            return exercise;
    }
    return find(id);
}

bool BreathingCatalog::contains(const QString &id)
{
    return BuiltInPatterns::contains(id);
}

QString BreathingCatalog::displayName(const BreathExercise &exercise)
{
    if (!exercise.custom)
        return exercise.name.display(QLocale().name().left(2));
    // The person's own pattern is named by its numbers: no free text is ever stored.
    QStringList parts;
    for (const BreathPhase &phase : exercise.pattern.phases)
        parts.append(QLocale().toString(phase.ms / 1000.0, 'g', 3));
    return tr("My pattern %1").arg(parts.join(QLatin1Char('-')));
}

QString BreathingCatalog::summary(const BreathExercise &exercise)
{
    if (!exercise.custom)
        return exercise.summary.display(QLocale().name().left(2));
    return tr("Your own pattern: breathe in, hold, breathe out, hold.");
}

QString BreathingCatalog::caveat(const BreathExercise &exercise)
{
    if (!exercise.custom)
        return exercise.caveat.display(QLocale().name().left(2));
    return tr("Stop if you feel dizzy or uncomfortable.");
}

} // namespace pk
