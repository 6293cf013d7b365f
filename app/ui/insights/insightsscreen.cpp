#include "insightsscreen.h"

#include "barchart.h"
#include "breathing/breathingcatalog.h"
#include "format/localdate.h"
#include "format/localnumber.h"
#include "privacycontrols.h"
#include "usage/usagelog.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pk {

InsightsScreen::InsightsScreen(UsageLog *log, Settings *settings, QWidget *parent)
    : ScreenPage(parent)
    , m_log(log)
    , m_note(new QLabel)
    , m_empty(new QLabel)
    , m_charts(new QWidget)
    , m_weeks(new BarChart)
    , m_hours(new BarChart)
    , m_feelings(new BarChart)
    , m_exercises(new QLabel)
    , m_tips(new QLabel)
    , m_controls(new PrivacyControls(log, settings))
{
    m_exerciseName = [](const QString &id) {
        return BreathingCatalog::contains(id)
                   ? BreathingCatalog::displayName(BreathingCatalog::find(id))
                   : id;
    };
    m_tipName = [](const QString &id) {
        return id;
    };

    m_note->setObjectName(QStringLiteral("calmNote"));
    m_note->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setWordWrap(true);
    m_hours->setShowValues(false);
    for (QLabel *list : {m_exercises, m_tips}) {
        list->setObjectName(QStringLiteral("bodyText"));
        list->setWordWrap(true);
        list->setTextFormat(Qt::PlainText);
    }

    auto *charts = new QVBoxLayout(m_charts);
    charts->setContentsMargins(0, 0, 0, 0);
    charts->setSpacing(8);
    for (QWidget *content : QList<QWidget *>{m_weeks, m_hours, m_feelings, m_exercises, m_tips})
        m_titles.append(addSection(charts, content));

    auto *body = new QWidget;
    body->setObjectName(QStringLiteral("insightsBody"));
    auto *column = new QVBoxLayout(body);
    column->setContentsMargins(0, 0, 12, 0);
    column->setSpacing(14);
    column->addWidget(m_note);
    column->addWidget(m_empty);
    column->addWidget(m_charts);
    column->addSpacing(8);
    column->addWidget(m_controls);
    column->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("plainScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    contentLayout()->addWidget(scroll);

    connect(m_controls, &PrivacyControls::privacyRequested, this,
            &InsightsScreen::privacyRequested);
    // Only while shown: a hidden screen does no work at all.
    connect(m_log, &UsageLog::contentsChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(m_log, &UsageLog::statusChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    retranslateUi();
}

QLabel *InsightsScreen::addSection(QVBoxLayout *column, QWidget *content)
{
    auto *title = new QLabel;
    title->setObjectName(QStringLiteral("sectionTitle"));
    title->setWordWrap(true);
    column->addSpacing(6);
    column->addWidget(title);
    column->addWidget(content);
    return title;
}

void InsightsScreen::setNameResolvers(NameOf exerciseName, NameOf tipName)
{
    if (exerciseName)
        m_exerciseName = std::move(exerciseName);
    if (tipName)
        m_tipName = std::move(tipName);
    fill();
}

void InsightsScreen::showEvent(QShowEvent *event)
{
    refresh();
    ScreenPage::showEvent(event);
}

void InsightsScreen::refresh()
{
    m_insights = m_log->insights();
    fill();
}

bool InsightsScreen::showsEmptyState() const
{
    return !m_empty->isHidden();
}

QString InsightsScreen::note() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

QString InsightsScreen::exercisesText() const
{
    return m_exercises->text();
}

QString InsightsScreen::tipsText() const
{
    return m_tips->text();
}

void InsightsScreen::retranslateUi()
{
    setTitle(tr("My pauses"));
    // The charts are read, not operated: the page itself takes focus to scroll them.
    if (auto *scroll = findChild<QScrollArea *>(QStringLiteral("plainScroll")))
        scroll->setAccessibleName(tr("My pauses"));
    const QStringList titles{tr("Pauses per week"), tr("Time of day"),
                             tr("How you felt after a pause"), tr("Exercises you used most"),
                             tr("Tips that helped you")};
    for (int i = 0; i < m_titles.size(); ++i)
        m_titles.at(i)->setText(titles.at(i));
    m_weeks->setAccessibleName(titles.at(0));
    m_hours->setAccessibleName(titles.at(1));
    m_feelings->setAccessibleName(titles.at(2));
    m_empty->setText(tr("No pauses yet, and that is fine. Whenever you take a pause, you will "
                        "see here when you took it and what helped. Every pause counts."));
    fill();
}

void InsightsScreen::fill()
{
    const QString status = m_log->statusText();
    m_note->setText(status);
    m_note->setVisible(!status.isEmpty());
    const bool empty = m_insights.isEmpty();
    m_empty->setVisible(empty);
    m_charts->setVisible(!empty);

    QList<qint64> weeks(m_insights.weeks.cbegin(), m_insights.weeks.cend());
    QStringList weekLabels;
    QStringList weekWords;
    for (int i = 0; i < UsageInsights::Weeks; ++i) {
        // In the UI language's order and digits (3/14 in English, 14-03 in Dutch).
        const QDate monday = m_insights.firstWeek.addDays(7 * i);
        weekLabels << LocalDate::dayAndMonth(monday);
        weekWords << tr("week of %1: %Ln pauses", nullptr, int(weeks.at(i)))
                         .arg(LocalDate::shortDate(monday));
    }
    m_weeks->setBars(weeks, weekLabels);
    m_weeks->setAccessibleDescription(weekWords.join(QStringLiteral("; ")));

    QList<qint64> hours(m_insights.hours.cbegin(), m_insights.hours.cend());
    QStringList hourLabels;
    QStringList hourWords;
    for (int h = 0; h < 24; ++h) {
        hourLabels << (h % 3 == 0 ? LocalNumber::whole(h) : QString());
        if (hours.at(h) > 0)
            hourWords
                << tr("%1:00: %Ln pauses", nullptr, int(hours.at(h))).arg(LocalNumber::whole(h));
    }
    m_hours->setBars(hours, hourLabels);
    m_hours->setAccessibleDescription(hourWords.join(QStringLiteral("; ")));

    const QStringList feelings{tr("Calmer"), tr("Still tense"), tr("Needed help")};
    const QList<qint64> felt{m_insights.calmer, m_insights.tense, m_insights.help};
    m_feelings->setBars(felt, feelings);
    QStringList feltWords;
    for (int i = 0; i < 3; ++i)
        feltWords << QStringLiteral("%1: %2").arg(feelings.at(i), LocalNumber::whole(felt.at(i)));
    m_feelings->setAccessibleDescription(feltWords.join(QStringLiteral("; ")));

    const auto listOf = [this](const QList<NamedCount> &counts, const NameOf &nameOf,
                               const QString &none) {
        QStringList lines;
        for (const NamedCount &entry : counts)
            lines << tr("%1 (%Ln times)", nullptr, int(entry.count))
                         .arg(nameOf ? nameOf(entry.name) : entry.name);
        return lines.isEmpty() ? none : lines.join(QLatin1Char('\n'));
    };
    m_exercises->setText(
        listOf(m_insights.exercises, m_exerciseName, tr("No breathing exercise finished yet.")));
    m_tips->setText(listOf(m_insights.tips, m_tipName, tr("No tip marked as helpful yet.")));
}

} // namespace pk
