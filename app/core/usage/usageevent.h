#pragma once

#include <QString>

namespace pk {

// The names of the anonymous events Pauzeknop records. Nothing else may be logged.
namespace UsageEvent {
inline const QString PauseStarted = QStringLiteral("pause_started");
inline const QString BreathingCompleted = QStringLiteral("breathing_completed");
inline const QString PauseEnded = QStringLiteral("pause_ended");
} // namespace UsageEvent

// One recorded event as it is read back.
struct UsageRecord
{
    qint64 hour = 0; // hours since the Unix epoch, UTC
    QString type;
    QString item;
    qint64 value = -1; // -1: none
};

} // namespace pk
