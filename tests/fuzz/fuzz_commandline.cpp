// Fuzzes the command line: the input is split at NUL bytes into arguments after the program.
#include "cli/commandline.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pk::fuzz::ensureApplication();
    QStringList arguments{QStringLiteral("pauzeknop")};
    for (const QByteArray &part : pk::fuzz::bytes(data, size).split('\0'))
        arguments.append(QString::fromUtf8(part));
    const pk::CommandLine command = pk::CommandLine::parse(arguments);
    if (command.action == pk::CommandLine::Action::Exit && command.exitCode != 0 &&
        command.output.isEmpty())
        __builtin_trap(); // a mistake is always explained
    return 0;
}
