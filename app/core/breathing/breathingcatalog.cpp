#include "breathingcatalog.h"

namespace pk {
namespace {

using K = BreathPhaseKind;

BreathExercise calmBreath()
{
    BreathExercise e;
    e.pattern.id = QStringLiteral("calm");
    e.pattern.phases = {{K::In, 4000}, {K::Out, 6000}};
    e.pattern.defaultDurationMs = 120'000;
    e.name = QT_TRANSLATE_NOOP("BreathingCatalog", "Calm breath");
    e.summary = QT_TRANSLATE_NOOP("BreathingCatalog",
                                  "Breathe in for 4 seconds and out for 6. A long out-breath "
                                  "helps the body slow down.");
    e.caveat = QT_TRANSLATE_NOOP("BreathingCatalog",
                                 "No holding your breath. Breathe gently, not deeply.");
    e.source = QStringLiteral("Birdee et al. 2023, slow breathing RCT");
    return e;
}

} // namespace

const QList<BreathExercise> &BreathingCatalog::builtIn()
{
    static const QList<BreathExercise> exercises{calmBreath()};
    return exercises;
}

QString BreathingCatalog::defaultId()
{
    return builtIn().constFirst().pattern.id;
}

const BreathExercise &BreathingCatalog::find(const QString &id)
{
    for (const BreathExercise &exercise : builtIn()) {
        if (exercise.pattern.id == id)
            return exercise;
    }
    return builtIn().constFirst();
}

bool BreathingCatalog::contains(const QString &id)
{
    const auto &all = builtIn();
    return std::any_of(all.cbegin(), all.cend(),
                       [&id](const BreathExercise &e) { return e.pattern.id == id; });
}

QString BreathingCatalog::displayName(const BreathExercise &exercise)
{
    return tr(exercise.name);
}

} // namespace pk
