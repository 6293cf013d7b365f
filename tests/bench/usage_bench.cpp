// Usage log benchmark: record() latency on the caller's thread, a direct insert for comparison,
// bytes per event, every insight query on 1,000,000 events, and how long the UI thread waits
// for the three things #12 asks about (My pauses, the export, retention). Prints, never fails.
#include "usage/usageexport.h"
#include "usage/usageinsights.h"
#include "usage/usagelog.h"
#include "usage/usagestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace pk;

namespace {

struct Spread
{
    double p50 = 0, p99 = 0, max = 0;
};

Spread spreadOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return {values.at(values.size() / 2), values.at(values.size() * 99 / 100), values.constLast()};
}

void printSpread(const char *what, const Spread &s)
{
    std::printf("%-44s p50 %8.1f us   p99 %8.1f us   max %8.1f us\n", what, s.p50, s.p99, s.max);
}

// Median of five runs, in milliseconds.
double timeMs(const std::function<void()> &work)
{
    QList<double> runs;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer clock;
        clock.start();
        work();
        runs.append(clock.nsecsElapsed() / 1e6);
    }
    std::sort(runs.begin(), runs.end());
    return runs.at(2);
}

// A year of plausible use, written in one transaction straight into the schema UsageLog made.
void fill(const QString &path, int events, qint64 lastHour)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
    db.setDatabaseName(path);
    db.open();
    QSqlQuery query(db);
    query.exec(QStringLiteral("BEGIN"));
    QStringList names{QStringLiteral("pause_started"),
                      QStringLiteral("pause_ended"),
                      QStringLiteral("breathing_completed"),
                      QStringLiteral("check_in"),
                      QStringLiteral("tip_shown"),
                      QStringLiteral("tip_helpful"),
                      QStringLiteral("home"),
                      QStringLiteral("calmer"),
                      QStringLiteral("tense"),
                      QStringLiteral("help")};
    for (int i = 0; i < 5; ++i)
        names << QStringLiteral("pattern-%1").arg(i);
    for (int i = 0; i < 45; ++i)
        names << QStringLiteral("tip-%1").arg(i);
    query.prepare(QStringLiteral("INSERT INTO names (code, name) VALUES (?, ?)"));
    for (int i = 0; i < names.size(); ++i) {
        query.addBindValue(i + 1);
        query.addBindValue(names.at(i));
        query.exec();
    }
    query.prepare(QStringLiteral("INSERT INTO events (hour, type, item, value) VALUES (?,?,?,?)"));
    QRandomGenerator random(42);
    const qint64 firstHour = lastHour - 365 * 24;
    for (int i = 0; i < events; ++i) {
        const qint64 hour = firstHour + qint64(i) * (lastHour - firstHour) / events;
        const int roll = random.bounded(100);
        int type = 1, item = 7;
        QVariant value;
        if (roll < 25) {
            type = 1; // pause_started, item home
        } else if (roll < 50) {
            type = 2, item = 0, value = random.bounded(600);
        } else if (roll < 70) {
            type = 3, item = 11 + random.bounded(5), value = 120;
        } else if (roll < 85) {
            type = 4, item = 8 + random.bounded(3);
        } else if (roll < 95) {
            type = 5, item = 16 + random.bounded(45);
        } else {
            type = 6, item = 16 + random.bounded(45);
        }
        query.addBindValue(hour);
        query.addBindValue(type);
        query.addBindValue(item ? QVariant(item) : QVariant());
        query.addBindValue(value);
        query.exec();
    }
    query.exec(QStringLiteral("COMMIT"));
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    query.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int events = argc > 1 ? QByteArray(argv[1]).toInt() : 1'000'000;
    QTemporaryDir dir;
    const qint64 now = QDateTime::currentSecsSinceEpoch();

    std::printf("== Writing an event (10,000 each, WAL, synchronous=NORMAL)\n");
    {
        UsageLog log;
        log.open(dir.filePath(QStringLiteral("record")));
        QList<double> caller;
        for (int i = 0; i < 10'000; ++i) {
            QElapsedTimer clock;
            clock.start();
            log.record(UsageEvent::PauseStarted, QStringLiteral("home"));
            caller.append(clock.nsecsElapsed() / 1e3);
        }
        log.flush();
        printSpread("UsageLog::record() on the UI thread", spreadOf(caller));
    }
    {
        UsageStore store(QStringLiteral("direct"));
        store.open(dir.filePath(QStringLiteral("direct")));
        QList<double> direct;
        for (int i = 0; i < 10'000; ++i) {
            QElapsedTimer clock;
            clock.start();
            store.insert({now / 3600, UsageEvent::PauseStarted, QStringLiteral("home"), -1});
            direct.append(clock.nsecsElapsed() / 1e3);
        }
        printSpread("a direct INSERT (what the writer thread does)", spreadOf(direct));
    }

    std::printf("\n== %d events over one year\n", events);
    const QString big = dir.filePath(QStringLiteral("big"));
    {
        UsageLog create;
        create.open(big); // the schema, made by the app itself
    }
    QElapsedTimer clock;
    clock.start();
    fill(QDir(big).filePath(UsageLog::fileName()), events, now / 3600);
    std::printf("filled in %.1f s\n", clock.elapsed() / 1000.0);

    UsageStore store(QStringLiteral("bench"));
    store.open(big);
    const qint64 bytes = store.bytesInUse();
    const qint64 fileBytes = QFileInfo(QDir(big).filePath(UsageLog::fileName())).size();
    std::printf("bytes per event: %.1f in use, %.1f file size (%.1f MB)\n", double(bytes) / events,
                double(fileBytes) / events, fileBytes / 1e6);

    std::printf("\n== Queries (median of 5 runs)\n");
    QList<HourCount> hours;
    QList<NamedCount> checkIns, exercises, tips;
    const auto report = [](const char *what, double ms) {
        std::printf("%-52s %8.1f ms%s\n", what, ms, ms > 50 ? "   (over 50 ms)" : "");
    };
    report("pauses per hour (weeks and time of day)",
           timeMs([&] { hours = store.hourCounts(UsageEvent::PauseStarted); }));
    report("how people felt after (check_in by item)",
           timeMs([&] { checkIns = store.itemCounts(UsageEvent::CheckIn); }));
    report("most used exercises",
           timeMs([&] { exercises = store.itemCounts(UsageEvent::BreathingCompleted); }));
    report("tips that helped", timeMs([&] { tips = store.itemCounts(UsageEvent::TipHelpful); }));
    report("folding hours into local weeks and hours", timeMs([&] {
               UsageInsights::build(hours, checkIns, exercises, tips, QDateTime::currentDateTime());
           }));
    std::printf(
        "\n== What the UI thread waits for (median of 5 runs; one frame at 60 Hz: 16.7 ms)\n");
    {
        UsageLog log;
        log.open(big);
        const double myPauses = timeMs([&] { log.insights(); });
        report("My pauses refresh: UsageLog::insights() (UI thread)", myPauses);
        QList<WeeklyCount> weekly;
        const double counts = timeMs([&] { weekly = log.weeklyCounts(); });
        report("export: counts per week and type (UI thread)", counts);
        const double csv = timeMs([&] {
            QString error;
            UsageExport::write(dir.filePath(QStringLiteral("x.csv")), weekly, 0, &error);
        });
        report("export: writing the CSV, fsync included (UI thread)", csv);
        report("export, all of it (UI thread)", counts + csv);
        std::printf("(%lld weekly rows)\n", static_cast<long long>(weekly.size()));
        // Retention when the choice changes (and at start): on the writer thread, in steps of
        // one day, each its own transaction; the UI thread only queues it. Measured: the call,
        // the whole work, and the longest a My pauses refresh waits while it runs.
        QEventLoop loop;
        QObject::connect(&log, &UsageLog::contentsChanged, &loop, &QEventLoop::quit);
        QElapsedTimer queued;
        queued.start();
        log.applyRetentionLater(335); // the oldest month goes
        const double callMs = queued.nsecsElapsed() / 1e6;
        double longestWait = 0;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &log, [&] {
            QElapsedTimer wait;
            wait.start();
            log.insights();
            longestWait = std::max(longestWait, wait.nsecsElapsed() / 1e6);
        });
        poll.start(5);
        loop.exec();
        poll.stop();
        const double workMs = queued.nsecsElapsed() / 1e6;
        report("retention: the UI thread queues it", callMs);
        report("retention: the whole work on the writer thread", workMs);
        report("retention: longest My pauses refresh meanwhile (UI thread)", longestWait);
        std::printf("(%lld events left)\n", static_cast<long long>(log.count()));
    }
    return 0;
}
