#include "support/testsupport.h"
#include "usage/usageexport.h"
#include "usage/usagelog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pk;

namespace {

// Monday 2026-11-23 00:00 UTC, ISO week 2026-W48.
constexpr qint64 MondayW48 = 1'795'392'000;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void seed(const QString &directory)
{
    UsageLog log;
    qint64 now = MondayW48 + 3600 * 10;
    log.setClock([&now] { return now; });
    ASSERT_TRUE(log.open(directory));
    for (int i = 0; i < 6; ++i)
        log.record(UsageEvent::PauseStarted, QStringLiteral("home"));
    log.record(UsageEvent::CheckIn, QStringLiteral("calmer"));
    now += 7 * 24 * 3600; // the next week
    for (int i = 0; i < 2; ++i)
        log.record(UsageEvent::PauseStarted, QStringLiteral("home"));
    ASSERT_TRUE(log.flush());
}

} // namespace

TEST(UsageExport, WeeksAreIsoWeeksStartingOnMonday)
{
    const qint64 week = (MondayW48 / 86400 + 3) / 7;
    EXPECT_EQ(UsageExport::isoWeek(week), QStringLiteral("2026-W48"));
    EXPECT_EQ(UsageExport::weekStart(week), QStringLiteral("2026-11-23"));
    EXPECT_EQ(UsageExport::isoWeek(0), QStringLiteral("1970-W01"));
    EXPECT_EQ(UsageExport::weekStart(0), QStringLiteral("1969-12-29"));
}

TEST(UsageExport, CsvHasTheDocumentedColumnsAndSuppressesSmallCounts)
{
    const QList<WeeklyCount> rows{{2866, QStringLiteral("pause_started"), 6},
                                  {2866, QStringLiteral("check_in"), 1}};
    EXPECT_EQ(UsageExport::toCsv(rows), QByteArray("week,week_start,event,count\n"
                                                   "2024-W49,2024-12-02,pause_started,6\n"
                                                   "2024-W49,2024-12-02,check_in,1\n"));
    EXPECT_EQ(UsageExport::toCsv(rows, 5), QByteArray("week,week_start,event,count\n"
                                                      "2024-W49,2024-12-02,pause_started,6\n"
                                                      "2024-W49,2024-12-02,check_in,<5\n"));
}

TEST(UsageExport, JsonHasTheSameRows)
{
    const QList<WeeklyCount> rows{{2866, QStringLiteral("pause_started"), 6},
                                  {2866, QStringLiteral("check_in"), 1}};
    const QJsonObject root = QJsonDocument::fromJson(UsageExport::toJson(rows, 5)).object();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(),
              QStringLiteral("pauzeknop-usage-weekly"));
    EXPECT_EQ(root.value(QStringLiteral("suppressed_below")).toInt(), 5);
    const QJsonArray array = root.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(array.size(), 2);
    const QJsonObject first = array.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("week")).toString(), QStringLiteral("2024-W49"));
    EXPECT_EQ(first.value(QStringLiteral("week_start")).toString(), QStringLiteral("2024-12-02"));
    EXPECT_EQ(first.value(QStringLiteral("event")).toString(), QStringLiteral("pause_started"));
    EXPECT_EQ(first.value(QStringLiteral("count")).toInt(), 6);
    EXPECT_EQ(array.at(1).toObject().value(QStringLiteral("count")).toString(),
              QStringLiteral("<5"));
}

TEST(UsageExport, AFailedWriteLeavesTheOldFileWhole)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("folder-instead/x.csv"));
    ASSERT_TRUE(test::writeFile(dir.filePath(QStringLiteral("folder-instead")), "a file"));
    QString error;
    EXPECT_FALSE(UsageExport::write(path, {}, 0, &error));
    EXPECT_TRUE(error.contains(path));
    EXPECT_EQ(readAll(dir.filePath(QStringLiteral("folder-instead"))), QByteArray("a file"));
}

TEST(UsageExportCommand, WritesCsvWithoutAWindow)
{
    QTemporaryDir dir;
    seed(dir.path());
    const QString out = dir.filePath(QStringLiteral("weeks.csv"));
    // No QT_QPA_PLATFORM at all would also work: the export never builds a QApplication.
    const test::ProcessResult result = test::runPauzeknop(
        {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--export"), out});
    EXPECT_EQ(result.exitCode, 0) << result.err.constData();
    EXPECT_EQ(readAll(out), QByteArray("week,week_start,event,count\n"
                                       "2026-W48,2026-11-23,check_in,1\n"
                                       "2026-W48,2026-11-23,pause_started,6\n"
                                       "2026-W49,2026-11-30,pause_started,2\n"));
}

TEST(UsageExportCommand, WritesJsonByExtension)
{
    QTemporaryDir dir;
    seed(dir.path());
    const QString out = dir.filePath(QStringLiteral("weeks.json"));
    const test::ProcessResult result = test::runPauzeknop(
        {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--export"), out});
    EXPECT_EQ(result.exitCode, 0) << result.err.constData();
    const QJsonObject root = QJsonDocument::fromJson(readAll(out)).object();
    EXPECT_EQ(root.value(QStringLiteral("rows")).toArray().size(), 3);
}

TEST(UsageExportCommand, ABadPathIsAClearErrorWithExitCode1)
{
    QTemporaryDir dir;
    seed(dir.path());
    ASSERT_TRUE(test::writeFile(dir.filePath(QStringLiteral("not-a-folder")), "x"));
    const QString out = dir.filePath(QStringLiteral("not-a-folder/weeks.csv"));
    const test::ProcessResult result = test::runPauzeknop(
        {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--export"), out});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains("Could not write")) << result.err.constData();
    EXPECT_TRUE(result.err.contains(out.toLocal8Bit())) << result.err.constData();
    EXPECT_FALSE(QFile::exists(out));
}

TEST(UsageExportCommand, AMissingFileNameIsAUsageError)
{
    const test::ProcessResult result = test::runPauzeknop({QStringLiteral("--export")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("export")) << result.err.constData();
}

TEST(UsageExportCommand, SharedPcModeHidesCountsBelowFive)
{
    QTemporaryDir dir;
    seed(dir.path());
    const QString managed = dir.filePath(QStringLiteral("managed"));
    ASSERT_TRUE(test::writeFile(managed + QStringLiteral("/pauzeknop.conf"),
                                "[organisation]\nsharedPc=true\n"));
    const QByteArray before = qgetenv("PAUZEKNOP_MANAGED_DIR");
    qputenv("PAUZEKNOP_MANAGED_DIR", managed.toLocal8Bit());
    const QString out = dir.filePath(QStringLiteral("weeks.csv"));
    const test::ProcessResult result = test::runPauzeknop(
        {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--export"), out});
    if (before.isNull())
        qunsetenv("PAUZEKNOP_MANAGED_DIR");
    else
        qputenv("PAUZEKNOP_MANAGED_DIR", before);
    EXPECT_EQ(result.exitCode, 0) << result.err.constData();
    EXPECT_EQ(readAll(out), QByteArray("week,week_start,event,count\n"
                                       "2026-W48,2026-11-23,check_in,<5\n"
                                       "2026-W48,2026-11-23,pause_started,6\n"
                                       "2026-W49,2026-11-30,pause_started,<5\n"));
}
