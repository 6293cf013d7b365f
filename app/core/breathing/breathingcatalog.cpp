#include "breathingcatalog.h"

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
    e.name = QT_TRANSLATE_NOOP("BreathingCatalog", "Calm breath");
    e.summary = QT_TRANSLATE_NOOP("BreathingCatalog",
                                  "Breathe in for 4 seconds and out for 6. A long out-breath "
                                  "helps the body slow down.");
    e.caveat = QT_TRANSLATE_NOOP("BreathingCatalog",
                                 "No holding your breath. Breathe gently, not deeply.");
    e.source = QStringLiteral("Birdee et al. 2023, slow breathing RCT");
    return e;
}

BreathExercise physiologicalSigh()
{
    BreathExercise e;
    e.pattern.id = QStringLiteral("sigh");
    e.pattern.phases = {{K::In, 3000}, {K::TopUp, 1000}, {K::Out, 7000}};
    e.pattern.defaultDurationMs = 60'000;
    e.defaultChoice = 1;
    e.name = QT_TRANSLATE_NOOP("BreathingCatalog", "Physiological sigh");
    e.summary = QT_TRANSLATE_NOOP("BreathingCatalog",
                                  "Breathe in, take a second small breath on top, then let it "
                                  "all out slowly. One to three sighs already help.");
    e.caveat = QT_TRANSLATE_NOOP("BreathingCatalog", "Stop if you feel dizzy.");
    e.source = QStringLiteral("Balban et al. 2023, Cell Reports Medicine, "
                              "doi 10.1016/j.xcrm.2022.100895");
    return e;
}

BreathExercise resonance()
{
    BreathExercise e;
    e.pattern.id = QStringLiteral("resonance");
    e.pattern.phases = {{K::In, 5500}, {K::Out, 5500}};
    e.pattern.defaultDurationMs = 300'000;
    e.defaultChoice = 5;
    e.name = QT_TRANSLATE_NOOP("BreathingCatalog", "Resonance breathing");
    e.summary = QT_TRANSLATE_NOOP("BreathingCatalog",
                                  "In for 5.5 seconds, out for 5.5: about six breaths a minute. "
                                  "Best for five minutes or more.");
    e.caveat = QT_TRANSLATE_NOOP("BreathingCatalog", "Breathe gently, not deeply.");
    e.source = QStringLiteral("Lehrer & Gevirtz 2014; Shaffer & Meehan 2020");
    return e;
}

BreathExercise box(const QString &id, qint64 sideMs)
{
    BreathExercise e;
    e.pattern.id = id;
    e.pattern.phases = {
        {K::In, sideMs}, {K::HoldIn, sideMs}, {K::Out, sideMs}, {K::HoldOut, sideMs}};
    e.pattern.defaultDurationMs = 120'000;
    e.caveat = QT_TRANSLATE_NOOP("BreathingCatalog",
                                 "Holding your breath does not suit everyone. Stop if it feels "
                                 "uncomfortable.");
    e.source = QStringLiteral("Balban et al. 2023 (box breathing arm)");
    if (sideMs == 4000) {
        e.name = QT_TRANSLATE_NOOP("BreathingCatalog", "Box breathing");
        e.summary = QT_TRANSLATE_NOOP("BreathingCatalog",
                                      "In for 4 seconds, hold 4, out 4, hold 4, like the sides "
                                      "of a box.");
    } else {
        e.name = QT_TRANSLATE_NOOP("BreathingCatalog", "Short box breathing");
        e.summary = QT_TRANSLATE_NOOP("BreathingCatalog",
                                      "A lighter box: in for 3 seconds, hold 3, out 3, hold 3.");
    }
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
    e.name = QT_TRANSLATE_NOOP("BreathingCatalog", "4-7-8 breathing");
    e.summary = QT_TRANSLATE_NOOP("BreathingCatalog",
                                  "In for 4 seconds, hold 7, out for 8. At most four rounds.");
    e.caveat = QT_TRANSLATE_NOOP("BreathingCatalog",
                                 "It can make you light-headed, and it fits badly when you are "
                                 "very agitated. A practitioner's method, not tested in trials.");
    e.source = QStringLiteral("Practitioner method (A. Weil); no randomised trial");
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
    e.name = QT_TRANSLATE_NOOP("BreathingCatalog", "Count to ten");
    e.summary = QT_TRANSLATE_NOOP("BreathingCatalog",
                                  "Count slowly from 1 to 10 while you breathe out, before you "
                                  "do anything else.");
    e.caveat = QT_TRANSLATE_NOOP("BreathingCatalog",
                                 "Short on purpose: ten to thirty seconds. Then put your child "
                                 "somewhere safe if you need more.");
    e.source = QStringLiteral("AAP (healthychildren.org); NL Time-out campaign (nji.nl, 2021)");
    return e;
}

} // namespace

const QList<BreathExercise> &BreathingCatalog::builtIn()
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
    if (exercise.name)
        return tr(exercise.name);
    // The person's own pattern is named by its numbers: no free text is ever stored.
    QStringList parts;
    for (const BreathPhase &phase : exercise.pattern.phases)
        parts.append(QLocale().toString(phase.ms / 1000.0, 'g', 3));
    return tr("My pattern %1").arg(parts.join(QLatin1Char('-')));
}

QString BreathingCatalog::summary(const BreathExercise &exercise)
{
    if (exercise.summary)
        return tr(exercise.summary);
    return tr("Your own pattern: breathe in, hold, breathe out, hold.");
}

QString BreathingCatalog::caveat(const BreathExercise &exercise)
{
    if (exercise.caveat)
        return tr(exercise.caveat);
    return tr("Stop if you feel dizzy or uncomfortable.");
}

} // namespace pk
