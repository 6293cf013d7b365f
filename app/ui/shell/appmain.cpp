#include "appmain.h"

#include "appshell.h"
#include "cli/commandline.h"
#include "common/moduleloader.h"
#include "common/theme.h"
#include "desktop/privatefiles.h"
#include "i18n/languagemanager.h"
#include "instance/shutdownsignals.h"
#include "instance/singleinstance.h"
#include "pin/hashpincommand.h"
#include "usage/usageexportcommand.h"

#include <QApplication>

#include <cstdio>
#include <vector>

namespace pk {
namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// --help, --version and mistakes on the command line, in the language of the UI.
int printAndExit(int argc, char **argv, const QStringList &arguments)
{
    // Translators need an instance; named "pauzeknop" so the help says "Usage: pauzeknop"
    // wherever the program lies.
    char name[] = "pauzeknop";
    std::vector<char *> named(argv, argv + argc);
    named.front() = name;
    QCoreApplication app(argc, named.data());
    LanguageManager languages;
    languages.setLanguage(AppShell::languageFor(CommandLine::parse(arguments).options));
    const CommandLine command = CommandLine::parse(arguments);
    std::fputs(command.output.toLocal8Bit().constData(), command.exitCode ? stderr : stdout);
    return command.exitCode;
}

} // namespace

int AppMain::run(int argc, char **argv, const char *moduleDirectory)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Pauzeknop"));
    QCoreApplication::setApplicationName(QStringLiteral("pauzeknop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAUZEKNOP_VERSION));
    PrivateFiles::restrictNewFiles(); // everything Pauzeknop writes is the person's only
    if (moduleDirectory)
        ModuleLoader::setDirectory(QString::fromLocal8Bit(moduleDirectory));

    const QStringList arguments = argumentsOf(argc, argv);
    const CommandLine command = CommandLine::parse(arguments);
    if (command.action == CommandLine::Action::Exit)
        return printAndExit(argc, argv, arguments);
    if (command.action == CommandLine::Action::HashPin)
        return HashPinCommand::run();
    if (command.action == CommandLine::Action::Export) {
        QCoreApplication app(argc, argv); // no window system: works over ssh and in scripts
        return UsageExportCommand::run(command.options);
    }

    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Pauzeknop"));
    QGuiApplication::setDesktopFileName(QStringLiteral(PAUZEKNOP_APP_ID));
    theme::apply(app);
    const ShutdownSignals shutdown; // SIGTERM/SIGINT: flush, remove the socket, exit 0

    // The launcher found no running Pauzeknop; from now on this one answers hand-offs.
    const QString instanceName = SingleInstance::serverName(command.options.dataDir);
    SingleInstance instance(instanceName);
    if (!instance.listen())
        qWarning("Pauzeknop: this one runs on its own (another copy answers, or no private "
                 "folder for the socket: %s).",
                 qUtf8Printable(instanceName.isEmpty() ? SingleInstance::problem() : instanceName));
    AppShell shell(command.options);
    QObject::connect(&instance, &SingleInstance::requestReceived, &shell,
                     [&shell, &arguments](const QStringList &request) {
                         const QStringList full = QStringList{arguments.constFirst()} + request;
                         shell.handleRequest(CommandLine::parse(full).options);
                     });
    shell.start();
    return app.exec();
}

} // namespace pk
