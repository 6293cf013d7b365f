#pragma once

#include <QObject>

namespace pk {

class Settings;
class UsageLog;

// The behaviour behind the privacy settings: Logging (on/off) and RetentionDays (30, 90, 365,
// 0 = forever). Whoever edits those keys (My pauses, the Settings screen), this applies them.
class UsagePolicy : public QObject
{
    Q_OBJECT

public:
    UsagePolicy(Settings *settings, UsageLog *log, QObject *parent = nullptr);

    // The retention choices offered, in days (0: forever).
    static QList<int> retentionChoices();
    // The stored RetentionDays, or the default (365) when it is not one of the choices.
    static int retentionDays(const Settings &settings);
    // Counts below this are hidden in exports: 5 in shared-PC mode, else 0 (nothing hidden).
    static int exportMinimumCount(const Settings &settings);
    // Opens the log in directory without waiting, then enforces retention: the start of the app.
    void start(const QString &directory);

private:
    Settings *m_settings;
    UsageLog *m_log;
};

} // namespace pk
