#pragma once

#include "common/screenpage.h"
#include "usage/usageinsights.h"

#include <functional>

class QLabel;

namespace pk {

class BarChart;
class PrivacyControls;
class Settings;
class UsageLog;

// "My pauses": the person's own pauses per week, by time of day, how they felt after, the
// exercises and tips that helped; an encouraging empty state; the privacy controls below.
class InsightsScreen : public ScreenPage
{
    Q_OBJECT

public:
    using NameOf = std::function<QString(const QString &id)>;

    InsightsScreen(UsageLog *log, Settings *settings, QWidget *parent = nullptr);

    // How exercise and tip ids are shown (default: the breathing catalogue, the id for tips);
    // an empty function keeps the current one.
    void setNameResolvers(NameOf exerciseName, NameOf tipName);
    // Reads the aggregates again (done on every show and when the log changes while shown).
    void refresh();

    const UsageInsights &insights() const { return m_insights; }
    bool showsEmptyState() const;
    QString note() const;
    BarChart *weeksChart() const { return m_weeks; }
    BarChart *hoursChart() const { return m_hours; }
    BarChart *feelingsChart() const { return m_feelings; }
    QString exercisesText() const;
    QString tipsText() const;
    PrivacyControls *controls() const { return m_controls; }

Q_SIGNALS:
    void privacyRequested();

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;

private:
    void fill();
    QLabel *addSection(class QVBoxLayout *column, QWidget *content);

    UsageLog *m_log;
    UsageInsights m_insights;
    NameOf m_exerciseName;
    NameOf m_tipName;
    QLabel *m_note;
    QLabel *m_empty;
    QWidget *m_charts;
    BarChart *m_weeks;
    BarChart *m_hours;
    BarChart *m_feelings;
    QLabel *m_exercises;
    QLabel *m_tips;
    QList<QLabel *> m_titles;
    PrivacyControls *m_controls;
};

} // namespace pk
