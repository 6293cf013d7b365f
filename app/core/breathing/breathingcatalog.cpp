#include "breathingcatalog.h"

#include "content/builtincontent.h"

#include <QLocale>

#include <algorithm>

namespace pk {
namespace {

using K = BreathPhaseKind;

BreathExercise calmBreath()
{
    BreathExercise e;
    e.pattern.id = QStringLiteral("calm");
    e.pattern.phases = {{K::In, 4000}, {K::Out, 6000}};
    e.pattern.defaultDurationMs = 120'000;
    return e;
}

BreathExercise physiologicalSigh()
{
    BreathExercise e;
    e.pattern.id = QStringLiteral("sigh");
    e.pattern.phases = {{K::In, 3000}, {K::TopUp, 1000}, {K::Out, 7000}};
    e.pattern.defaultDurationMs = 60'000;
    e.defaultChoice = 1;
    return e;
}

BreathExercise resonance()
{
    BreathExercise e;
    e.pattern.id = QStringLiteral("resonance");
    e.pattern.phases = {{K::In, 5500}, {K::Out, 5500}};
    e.pattern.defaultDurationMs = 300'000;
    e.defaultChoice = 5;
    return e;
}

BreathExercise box(const QString &id, qint64 sideMs)
{
    BreathExercise e;
    e.pattern.id = id;
    e.pattern.phases = {
        {K::In, sideMs}, {K::HoldIn, sideMs}, {K::Out, sideMs}, {K::HoldOut, sideMs}};
    e.pattern.defaultDurationMs = 120'000;
    return e;
}

BreathExercise fourSevenEight()
{
    BreathExercise e;
    e.pattern.id = QStringLiteral("478");
    e.pattern.phases = {{K::In, 4000}, {K::HoldIn, 7000}, {K::Out, 8000}};
    e.pattern.maxCycles = 4;
    e.pattern.defaultDurationMs = 4 * 19'000;
    e.unit = BreathExercise::Unit::Cycles;
    e.choices = {1, 2, 3, 4};
    e.defaultChoice = 4;
    return e;
}

BreathExercise countToTen()
{
    BreathExercise e;
    e.pattern.id = QStringLiteral("count10");
    for (int i = 0; i < 10; ++i)
        e.pattern.phases.append({K::Count, 1000});
    e.pattern.defaultDurationMs = 10'000;
    e.unit = BreathExercise::Unit::Cycles;
    e.choices = {1, 2, 3};
    e.defaultChoice = 1;
    return e;
}

// The words come from resources/content/breathing.json; the timings stay here.
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
    static const QList<BreathExercise> exercises{
        withTexts(calmBreath()),
        withTexts(physiologicalSigh()),
        withTexts(resonance()),
        withTexts(box(QStringLiteral("box"), 4000)),
        withTexts(box(QStringLiteral("box3"), 3000)),
        withTexts(fourSevenEight()),
        withTexts(countToTen()),
    };
    return exercises;
}

QString BreathingCatalog::defaultId()
{
    return builtIn().constFirst().pattern.id;
}

QStringList BreathingCatalog::ids()
{
    QStringList result;
    for (const BreathExercise &exercise : builtIn())
        result.append(exercise.pattern.id);
    return result;
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
    const auto &all = builtIn();
    return std::any_of(all.cbegin(), all.cend(),
                       [&id](const BreathExercise &e) { return e.pattern.id == id; });
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
