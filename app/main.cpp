// Pauzeknop: a pause button for people who care for young children.
// The launcher: Qt Core only. It reads the command line and, when a Pauzeknop
// already runs, hands the request over and ends before any window system, style, sound or
// printing library is loaded. Otherwise it loads the app library and runs it.
#include "cli/commandline.h"
#include "instance/singleinstance.h"
#include "launcher/applibrary.h"

#include <QStringList>

#include <cstdio>

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    const pk::CommandLine command = pk::CommandLine::parse(arguments);
    if (command.action == pk::CommandLine::Action::Run) {
        // A running Pauzeknop takes the request (a keyboard shortcut's --pause) and this one ends.
        const QString name = pk::SingleInstance::serverName(command.options.dataDir);
        if (pk::SingleInstance::handOff(name, arguments.mid(1)))
            return 0;
    }

    pk::AppLibrary library(arguments.constFirst());
    if (const pk::AppLibrary::Entry run = library.entry())
        return run(argc, argv, library.directory().toLocal8Bit().constData());
    // Without the app library only the command line's own answers are left.
    if (command.action == pk::CommandLine::Action::Exit) {
        std::fputs(command.output.toLocal8Bit().constData(), command.exitCode ? stderr : stdout);
        return command.exitCode;
    }
    std::fprintf(stderr, "Pauzeknop: %s\n", qUtf8Printable(library.errorString()));
    return 1;
}
