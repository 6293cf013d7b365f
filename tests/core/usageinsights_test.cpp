#include "usage/usagelog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace pk;

namespace {

// Known data at known local times, recorded through the public API with a fake clock.
class Insights : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_log.setClock([this] { return m_now; });
        m_log.openInMemory();
    }
    // Sets the clock to a local date and hour, then records.
    void at(const QDate &date, int hour)
    {
        m_now = QDateTime(date, QTime(hour, 20)).toSecsSinceEpoch();
    }
    void pauses(int n)
    {
        for (int i = 0; i < n; ++i)
            m_log.record(UsageEvent::PauseStarted, QStringLiteral("home"));
    }

    UsageLog m_log;
    qint64 m_now = 0;
};

const QDate Wednesday(2026, 11, 25); // a Wednesday in ISO week 48

} // namespace

TEST_F(Insights, EmptyLogIsEmpty)
{
    const UsageInsights insights = m_log.insights(QDateTime(Wednesday, QTime(12, 0)));
    EXPECT_TRUE(insights.isEmpty());
    EXPECT_EQ(insights.firstWeek, QDate(2026, 9, 7)); // eleven weeks before Monday 23 November
}

TEST_F(Insights, PausesPerWeekAndHourOfDayInLocalTime)
{
    at(Wednesday, 9);
    pauses(3);
    at(Wednesday.addDays(-2), 21); // Monday of the same week, evening
    pauses(2);
    at(Wednesday.addDays(-3), 23); // Sunday: the week before
    pauses(1);
    at(Wednesday.addDays(-7 * 11), 9); // the oldest week shown
    pauses(4);
    at(Wednesday.addDays(-7 * 12), 9); // too old for the weeks, still counts for the hours
    pauses(5);
    m_log.record(UsageEvent::PauseEnded, {}, 60); // not a pause start: not counted

    const UsageInsights insights = m_log.insights(QDateTime(Wednesday, QTime(22, 0)));
    EXPECT_EQ(insights.totalPauses, 15);
    EXPECT_EQ(insights.weeks[UsageInsights::Weeks - 1], 5);
    EXPECT_EQ(insights.weeks[UsageInsights::Weeks - 2], 1);
    EXPECT_EQ(insights.weeks[0], 4);
    EXPECT_EQ(insights.hours[9], 12);
    EXPECT_EQ(insights.hours[21], 2);
    EXPECT_EQ(insights.hours[23], 1);
    qint64 allHours = 0;
    for (qint64 n : insights.hours)
        allHours += n;
    EXPECT_EQ(allHours, 15);
}

TEST_F(Insights, FeelingsExercisesAndTips)
{
    at(Wednesday, 10);
    for (int i = 0; i < 4; ++i)
        m_log.record(UsageEvent::CheckIn, QStringLiteral("calmer"));
    m_log.record(UsageEvent::CheckIn, QStringLiteral("tense"));
    m_log.record(UsageEvent::CheckIn, QStringLiteral("help"));
    m_log.record(UsageEvent::CheckIn, QStringLiteral("help"));
    for (int i = 0; i < 3; ++i)
        m_log.record(UsageEvent::BreathingCompleted, QStringLiteral("box"), 120);
    m_log.record(UsageEvent::BreathingCompleted, QStringLiteral("calm"), 60);
    for (const char *tip : {"t1", "t2", "t3", "t4", "t5", "t6", "t6"})
        m_log.record(UsageEvent::TipHelpful, QString::fromLatin1(tip));
    m_log.record(UsageEvent::TipShown, QStringLiteral("t9")); // shown is not "helped"

    const UsageInsights insights = m_log.insights(QDateTime(Wednesday, QTime(12, 0)));
    EXPECT_EQ(insights.calmer, 4);
    EXPECT_EQ(insights.tense, 1);
    EXPECT_EQ(insights.help, 2);
    ASSERT_EQ(insights.exercises.size(), 2);
    EXPECT_EQ(insights.exercises.at(0).name, QStringLiteral("box"));
    EXPECT_EQ(insights.exercises.at(0).count, 3);
    ASSERT_EQ(insights.tips.size(), UsageInsights::TopItems);
    EXPECT_EQ(insights.tips.at(0).name, QStringLiteral("t6"));
    EXPECT_EQ(insights.tips.at(0).count, 2);
    EXPECT_FALSE(insights.isEmpty());
}

TEST_F(Insights, RetentionRemovesOnlyWhatIsOlder)
{
    at(Wednesday.addDays(-100), 9);
    pauses(2);
    at(Wednesday.addDays(-40), 9);
    pauses(3);
    at(Wednesday, 9);
    pauses(4);
    EXPECT_EQ(m_log.applyRetention(0), 0); // forever
    EXPECT_EQ(m_log.applyRetention(365), 0);
    EXPECT_EQ(m_log.applyRetention(90), 2);
    EXPECT_EQ(m_log.count(), 7);
    EXPECT_EQ(m_log.applyRetention(30), 3);
    EXPECT_EQ(m_log.count(), 4);
}

TEST_F(Insights, DeleteEverythingLeavesNothing)
{
    at(Wednesday, 9);
    pauses(3);
    m_log.record(UsageEvent::TipHelpful, QStringLiteral("t1"));
    ASSERT_TRUE(m_log.deleteEverything());
    EXPECT_EQ(m_log.count(), 0);
    EXPECT_TRUE(m_log.insights(QDateTime(Wednesday, QTime(12, 0))).isEmpty());
    pauses(1);
    EXPECT_EQ(m_log.count(), 1);
}

TEST(UsageDelete, DeleteEverythingOnDiskRemovesDamagedCopiesAndOldBytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(UsageLog::fileName());
    QFile garbage(path);
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, 'x'));
    garbage.close();
    UsageLog log;
    ASSERT_TRUE(log.open(dir.path()));
    ASSERT_FALSE(log.movedAsidePath().isEmpty());
    for (int i = 0; i < 200; ++i)
        log.record(UsageEvent::TipHelpful, QStringLiteral("breathing-first-tip"));
    ASSERT_TRUE(log.deleteEverything());
    EXPECT_EQ(log.status(), UsageLog::Status::Fine);
    log.close();
    const QStringList left = QDir(dir.path()).entryList(QDir::Files);
    for (const QString &name : left)
        EXPECT_FALSE(name.contains(QStringLiteral("damaged"))) << name.toStdString();
    for (const QString &name : left) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_FALSE(file.readAll().contains("breathing-first-tip")) << name.toStdString();
    }
}
