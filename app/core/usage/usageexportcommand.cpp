#include "usageexportcommand.h"

#include "settings/settings.h"
#include "usageexport.h"
#include "usagelog.h"
#include "usagepolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

namespace pk {
namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(UsageExportCommand)
};

void print(FILE *stream, const QString &text)
{
    std::fputs((text + QLatin1Char('\n')).toLocal8Bit().constData(), stream);
}

} // namespace

QString UsageExportCommand::dataDirectory(const StartOptions &options)
{
    if (!options.dataDir.isEmpty())
        return QDir(options.dataDir).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

int UsageExportCommand::run(const StartOptions &options)
{
    const QString directory = dataDirectory(options);
    const auto settings =
        options.dataDir.isEmpty()
            ? std::make_unique<Settings>()
            : std::make_unique<Settings>(QDir(directory).filePath(QStringLiteral("settings.ini")));
    UsageLog log;
    if (!log.open(directory) && log.state() != UsageLog::State::ReadOnly)
        print(stderr, Texts::tr("The usage log could not be opened: the export is empty."));
    log.applyRetention(UsagePolicy::retentionDays(*settings));
    const int minimumCount = UsagePolicy::exportMinimumCount(*settings);
    QString error;
    if (!UsageExport::write(options.exportFile, log.weeklyCounts(), minimumCount, &error)) {
        print(stderr, error);
        return 1;
    }
    print(stdout, Texts::tr("Wrote weekly counts to %1").arg(options.exportFile));
    return 0;
}

} // namespace pk
