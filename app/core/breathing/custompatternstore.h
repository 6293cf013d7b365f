#pragma once

#include "custompattern.h"

#include <QList>

namespace pk {

class Settings;

// The person's own patterns, kept as JSON in the CustomPatterns setting. A damaged or
// hand-edited value never crashes: entries that do not validate are left out when reading.
class CustomPatternStore
{
public:
    static constexpr int MaxPatterns = 6;

    explicit CustomPatternStore(Settings *settings);

    QList<CustomPattern> patterns() const;
    // The exercises to offer, ids custom-1, custom-2, ... in the order saved.
    QList<BreathExercise> exercises() const;
    // Adds a valid pattern; returns the problems instead when it is not valid or the list is
    // full (nothing is saved then).
    QStringList add(const CustomPattern &pattern);
    void remove(int index);

    static QList<CustomPattern> fromJson(const QString &json);
    static QString toJson(const QList<CustomPattern> &patterns);

private:
    void save(const QList<CustomPattern> &patterns);

    Settings *m_settings;
};

} // namespace pk
