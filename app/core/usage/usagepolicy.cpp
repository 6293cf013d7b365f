#include "usagepolicy.h"

#include "settings/settings.h"
#include "usagelog.h"

namespace pk {

UsagePolicy::UsagePolicy(Settings *settings, UsageLog *log, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_log(log)
{
    m_log->setEnabled(m_settings->value(Settings::Key::Logging).toBool());
    connect(m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::Logging)
            m_log->setEnabled(m_settings->value(Settings::Key::Logging).toBool());
        else if (key == Settings::Key::RetentionDays)
            m_log->applyRetentionLater(retentionDays(*m_settings)); // never on the UI thread
    });
}

QList<int> UsagePolicy::retentionChoices()
{
    return {30, 90, 365, 0};
}

int UsagePolicy::retentionDays(const Settings &settings)
{
    bool ok = false;
    const int days = settings.value(Settings::Key::RetentionDays).toInt(&ok);
    if (ok && retentionChoices().contains(days))
        return days;
    return Settings::defaultValue(Settings::Key::RetentionDays).toInt();
}

int UsagePolicy::exportMinimumCount(const Settings &settings)
{
    // On a shared PC a small count can point at one person (CONTENT.md section 6).
    return settings.sharedPcMode() ? 5 : 0;
}

void UsagePolicy::start(const QString &directory)
{
    m_log->openInBackground(directory, retentionDays(*m_settings));
}

} // namespace pk
