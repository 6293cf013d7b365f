#include "commandline.h"

#include "breathing/builtinpatterns.h"
#include "i18n/languagemanager.h"

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
                                  Texts::tr("Use language <code>: %1.")
                                      .arg(LanguageManager::codes().join(QStringLiteral(", "))),
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
    const QCommandLineOption breathe(
        QStringLiteral("breathe"),
        Texts::tr("Open breathing directly, with exercise [PATTERN] if given: %1.")
            .arg(BuiltInPatterns::ids().join(QStringLiteral(", "))));
    parser.addOptions({pause, breathe, helplines, dataDir, lang, tray, hashPin, exportFile});
    parser.addPositionalArgument(QStringLiteral("PATTERN"),
                                 Texts::tr("With --breathe: the exercise to breathe with."),
                                 QStringLiteral("[PATTERN]"));

    CommandLine result;
    // "--breathe=box" reads as "--breathe box": the pattern is optional, so it is positional.
    QStringList split;
    for (const QString &argument : arguments) {
        if (argument.startsWith(QLatin1String("--breathe="))) {
            split << QStringLiteral("--breathe") << argument.mid(10);
        } else {
            split << argument;
        }
    }
    if (!parser.parse(split)) {
        result.action = Action::Exit;
        result.exitCode = 2;
        result.output = parser.errorText() + QLatin1Char('\n') +
                        Texts::tr("Run pauzeknop --help to see what it understands.") +
                        QLatin1Char('\n');
        return result;
    }
    const QStringList positional = parser.positionalArguments();
    const bool patternGiven = parser.isSet(breathe) && positional.size() == 1;
    if (patternGiven && !BuiltInPatterns::contains(positional.constFirst())) {
        result.action = Action::Exit;
        result.exitCode = 2;
        result.output =
            Texts::tr("Unknown breathing exercise: %1. Choose one of: %2.")
                .arg(positional.constFirst(), BuiltInPatterns::ids().join(QStringLiteral(", "))) +
            QLatin1Char('\n');
        return result;
    }
    const QString language = LanguageManager::offeredFor(parser.value(lang));
    if (parser.isSet(lang) && language.isEmpty()) {
        result.action = Action::Exit;
        result.exitCode = 2;
        result.output =
            Texts::tr("Unknown language: %1. Choose one of: %2.")
                .arg(parser.value(lang), LanguageManager::codes().join(QStringLiteral(", "))) +
            QLatin1Char('\n');
        return result;
    }
    if (!positional.isEmpty() && !patternGiven) {
        result.action = Action::Exit;
        result.exitCode = 2;
        result.output =
            Texts::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()) +
            QLatin1Char('\n');
        return result;
    }
    // Known even for --help and --version, which are printed in the UI language.
    result.options.dataDir = parser.value(dataDir);
    result.options.language = parser.value(lang);
    if (parser.isSet(help)) {
        result.action = Action::Exit;
        // Parsed before QCoreApplication exists, so Qt cannot know the program's name.
        result.output = parser.helpText().replace(QLatin1String("<executable_name>"),
                                                  QLatin1String("pauzeknop"));
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
    result.options.breathe = parser.isSet(breathe);
    if (patternGiven)
        result.options.breathePattern = positional.constFirst();
    result.options.dataDir = parser.value(dataDir);
    result.options.language = language;
    result.options.exportFile = parser.value(exportFile);
    if (parser.isSet(exportFile))
        result.action = Action::Export;
    return result;
}

} // namespace pk
