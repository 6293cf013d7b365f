#include "custompattern.h"

#include "format/localnumber.h"

#include <cmath>

namespace pk {
namespace {

int indexOf(CustomPattern::Field field)
{
    return static_cast<int>(field);
}

} // namespace

CustomPattern::CustomPattern(double in, double holdIn, double out, double holdOut)
    : m_seconds{in, holdIn, out, holdOut}
{}

double CustomPattern::seconds(Field field) const
{
    return m_seconds[indexOf(field)];
}

void CustomPattern::setSeconds(Field field, double seconds)
{
    m_seconds[indexOf(field)] = seconds;
}

bool CustomPattern::parseSeconds(const QString &text, double *seconds)
{
    // Typed in the UI language's digits (٤٫٥, ۴٫۵) or in Latin ones (4.5, 4,5).
    return LocalNumber::parseDecimal(text, seconds);
}

QString CustomPattern::fieldName(Field field)
{
    switch (field) {
    case Field::In:
        return tr("Breathe in");
    case Field::HoldIn:
        return tr("Hold after breathing in");
    case Field::Out:
        return tr("Breathe out");
    case Field::HoldOut:
        return tr("Hold after breathing out");
    }
    return {};
}

QString CustomPattern::listFullMessage()
{
    return tr("You can keep up to six patterns. Remove one first.");
}

QString CustomPattern::problemWith(Field field, double seconds)
{
    const QString name = fieldName(field);
    if (!std::isfinite(seconds))
        return tr("%1: please type a number of seconds, like 4 or 4.5.").arg(name);
    if (seconds < 0)
        return tr("%1 cannot be less than 0 seconds.").arg(name);
    if (seconds > MaxSeconds)
        return tr("%1 can be at most 12 seconds.").arg(name);
    if (std::abs(seconds * 2 - std::round(seconds * 2)) > 1e-9)
        return tr("%1: use whole or half seconds, like 4 or 4.5.").arg(name);
    if ((field == Field::In || field == Field::Out) && seconds < 1.0)
        return tr("%1 needs at least 1 second.").arg(name);
    return {};
}

QStringList CustomPattern::problems() const
{
    QStringList result;
    for (Field field : {Field::In, Field::HoldIn, Field::Out, Field::HoldOut}) {
        const QString problem = problemWith(field, seconds(field));
        if (!problem.isEmpty())
            result.append(problem);
    }
    return result;
}

BreathExercise CustomPattern::toExercise(int number) const
{
    BreathExercise e;
    e.custom = true;
    e.pattern.id = QStringLiteral("custom-%1").arg(number);
    const auto ms = [this](Field field) {
        return std::llround(seconds(field) * 1000.0);
    };
    e.pattern.phases = {{BreathPhaseKind::In, ms(Field::In)},
                        {BreathPhaseKind::HoldIn, ms(Field::HoldIn)},
                        {BreathPhaseKind::Out, ms(Field::Out)},
                        {BreathPhaseKind::HoldOut, ms(Field::HoldOut)}};
    e.pattern.defaultDurationMs = 120'000;
    e.source = QStringLiteral("the person's own pattern");
    return e;
}

} // namespace pk
