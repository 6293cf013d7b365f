// Pauzeknop: a pause button for people who care for young children.
#include "cli/commandline.h"
#include "common/theme.h"
#include "shell/appshell.h"

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
    const pk::CommandLine command = pk::CommandLine::parse(argumentsOf(argc, argv));
    if (command.action == pk::CommandLine::Action::Exit) {
        std::fputs(command.output.toLocal8Bit().constData(), command.exitCode ? stderr : stdout);
        return command.exitCode;
    }

    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Pauzeknop"));
    QGuiApplication::setDesktopFileName(QStringLiteral(PAUZEKNOP_APP_ID));
    pk::theme::apply(app);

    pk::AppShell shell(command.options);
    shell.start();
    return app.exec();
}
