#include "builtinpatterns.h"

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

} // namespace

const QList<BreathExercise> &BuiltInPatterns::all()
{
    static const QList<BreathExercise> exercises{
        calmBreath(),
        physiologicalSigh(),
        resonance(),
        box(QStringLiteral("box"), 4000),
        box(QStringLiteral("box3"), 3000),
        fourSevenEight(),
        countToTen(),
    };
    return exercises;
}

QStringList BuiltInPatterns::ids()
{
    QStringList result;
    for (const BreathExercise &exercise : all())
        result.append(exercise.pattern.id);
    return result;
}

bool BuiltInPatterns::contains(const QString &id)
{
    const auto &exercises = all();
    return std::any_of(exercises.cbegin(), exercises.cend(),
                       [&id](const BreathExercise &e) { return e.pattern.id == id; });
}

} // namespace pk
