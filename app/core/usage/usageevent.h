#pragma once

#include <QString>

namespace pk {

// The names of the anonymous events Pauzeknop records. Nothing else may be logged.
namespace UsageEvent {
inline const QString PauseStarted = QStringLiteral("pause_started");
inline const QString BreathingCompleted = QStringLiteral("breathing_completed");
inline const QString PauseEnded = QStringLiteral("pause_ended");
// Breathing stopped before its planned end; item: pattern id, value: seconds breathed.
inline const QString BreathingStopped = QStringLiteral("breathing_stopped");
// Recorded with breathing_stopped: the planned length of that round; item: pattern id.
inline const QString BreathingPlanned = QStringLiteral("breathing_planned");
// The check-in after breathing; item: "calmer", "tense" or "help".
inline const QString CheckIn = QStringLiteral("check_in");
// The walk-away timer; item: none, value: planned or actual seconds.
inline const QString WalkAwayStarted = QStringLiteral("walk_away_started");
inline const QString WalkAwayEnded = QStringLiteral("walk_away_ended");
// Tips and helplines; item: the tip or helpline id.
inline const QString TipShown = QStringLiteral("tip_shown");
inline const QString TipHelpful = QStringLiteral("tip_helpful");
inline const QString HelplineViewed = QStringLiteral("helpline_viewed");
inline const QString HelplineCalled = QStringLiteral("helpline_called");
inline const QString HelplineCopied = QStringLiteral("helpline_copied");
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
