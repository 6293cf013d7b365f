// Pauzeknop: a pause button for people who care for young children.
#include "cli/commandline.h"
#include "common/theme.h"
#include "instance/shutdownsignals.h"
#include "instance/singleinstance.h"
#include "pin/hashpincommand.h"
#include "shell/appshell.h"
#include "usage/usageexportcommand.h"

#include <QApplication>

#include <cstdio>

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Pauzeknop"));
    QCoreApplication::setApplicationName(QStringLiteral("pauzeknop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAUZEKNOP_VERSION));

    // Parsed before any window system is touched, so --help and --version work anywhere.
    const QStringList arguments = argumentsOf(argc, argv);
    const pk::CommandLine command = pk::CommandLine::parse(arguments);
    if (command.action == pk::CommandLine::Action::Exit) {
        std::fputs(command.output.toLocal8Bit().constData(), command.exitCode ? stderr : stdout);
        return command.exitCode;
    }
    if (command.action == pk::CommandLine::Action::HashPin)
        return pk::HashPinCommand::run();
    if (command.action == pk::CommandLine::Action::Export) {
        QCoreApplication app(argc, argv); // no window system: works over ssh and in scripts
        return pk::UsageExportCommand::run(command.options);
    }

    // A running Pauzeknop takes the request (a keyboard shortcut's --pause) and this one ends.
    const QString instanceName = pk::SingleInstance::serverName(command.options.dataDir);
    if (pk::SingleInstance::handOff(instanceName, arguments.mid(1)))
        return 0;

    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Pauzeknop"));
    QGuiApplication::setDesktopFileName(QStringLiteral(PAUZEKNOP_APP_ID));
    pk::theme::apply(app);
    const pk::ShutdownSignals shutdown; // SIGTERM/SIGINT: flush, remove the socket, exit 0

    pk::SingleInstance instance(instanceName);
    if (!instance.listen())
        qWarning(
            "Pauzeknop: this one runs on its own (another copy answers, or no private "
            "folder for the socket: %s).",
            qUtf8Printable(instanceName.isEmpty() ? pk::SingleInstance::problem() : instanceName));
    pk::AppShell shell(command.options);
    QObject::connect(&instance, &pk::SingleInstance::requestReceived, &shell,
                     [&shell, &arguments](const QStringList &request) {
                         const QStringList full = QStringList{arguments.constFirst()} + request;
                         shell.handleRequest(pk::CommandLine::parse(full).options);
                     });
    shell.start();
    return app.exec();
}
