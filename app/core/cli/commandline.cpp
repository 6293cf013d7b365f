#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace pk {
namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Texts::tr("Pauzeknop: a pause button for people who care for young children."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption pause(QStringLiteral("pause"), Texts::tr("Open on the pause screen."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     Texts::tr("Keep the usage log and settings in <dir>."),
                                     QStringLiteral("dir"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  Texts::tr("Use language <code> (en, nl, fr, de, ar)."),
                                  QStringLiteral("code"));
    const QCommandLineOption tray(QStringLiteral("tray"),
                                  Texts::tr("Start hidden in the tray, ready for a pause."));
    const QCommandLineOption hashPin(
        QStringLiteral("hash-pin"),
        Texts::tr("Read an admin PIN from standard input and print the line for the managed "
                  "configuration (for administrators)."));

    const QCommandLineOption helplines(QStringLiteral("helplines"),
                                       Texts::tr("Open on \"Who can help\": helplines and your own "
                                                 "people to call."));
    const QCommandLineOption exportFile(
        QStringLiteral("export"),
        Texts::tr("Write weekly counts of the usage log to <file> (CSV, or JSON for .json) and "
                  "exit."),
        QStringLiteral("file"));
    parser.addOptions({pause, helplines, dataDir, lang, tray, hashPin, exportFile});

    CommandLine result;
    if (!parser.parse(arguments)) {
        result.action = Action::Exit;
        result.exitCode = 2;
        result.output = parser.errorText() + QLatin1Char('\n') +
                        Texts::tr("Run pauzeknop --help to see what it understands.") +
                        QLatin1Char('\n');
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.action = Action::Exit;
        result.exitCode = 2;
        result.output =
            Texts::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()) +
            QLatin1Char('\n');
        return result;
    }
    if (parser.isSet(help)) {
        result.action = Action::Exit;
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.action = Action::Exit;
        result.output = QStringLiteral("pauzeknop %1\n").arg(QStringLiteral(PAUZEKNOP_VERSION));
        return result;
    }
    if (parser.isSet(hashPin)) {
        result.action = Action::HashPin;
        return result;
    }
    result.options.pause = parser.isSet(pause);
    result.options.tray = parser.isSet(tray);
    result.options.helplines = parser.isSet(helplines);
    result.options.dataDir = parser.value(dataDir);
    result.options.language = parser.value(lang);
    result.options.exportFile = parser.value(exportFile);
    if (parser.isSet(exportFile))
        result.action = Action::Export;
    return result;
}

} // namespace pk
