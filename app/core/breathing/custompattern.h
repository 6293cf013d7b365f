#pragma once

#include "breathexercise.h"

#include <QCoreApplication>
#include <QStringList>

namespace pk {

// A person's own breathing pattern: in / hold / out / hold, each 0-12 s in half-second steps.
// Values are checked, never clamped: a wrong value comes back with a sentence that says why.
class CustomPattern
{
    Q_DECLARE_TR_FUNCTIONS(CustomPattern)

public:
    enum class Field
    {
        In,
        HoldIn,
        Out,
        HoldOut,
    };
    static constexpr double MaxSeconds = 12.0;

    CustomPattern() = default;
    CustomPattern(double in, double holdIn, double out, double holdOut);

    double seconds(Field field) const;
    void setSeconds(Field field, double seconds);

    // Reads what a person typed ("4", "4.5", "4,5"); false when it is not a number.
    static bool parseSeconds(const QString &text, double *seconds);
    // One sentence per problem; empty when the pattern can be used.
    QStringList problems() const;
    bool isValid() const { return problems().isEmpty(); }
    // The problem with one field, or "" when it is fine.
    static QString problemWith(Field field, double seconds);
    static QString fieldName(Field field);
    static QString listFullMessage();

    // The exercise to breathe with (id "custom-<n>"); only for a valid pattern.
    BreathExercise toExercise(int number) const;
    bool operator==(const CustomPattern &other) const = default;

private:
    double m_seconds[4] = {4.0, 0.0, 6.0, 0.0};
};

} // namespace pk
