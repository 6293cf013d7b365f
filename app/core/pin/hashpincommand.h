#pragma once

#include <QCoreApplication>

#include <cstdio>

namespace pk {

// `pauzeknop --hash-pin`: reads an admin PIN from standard input (without echo on a terminal)
// and prints the adminPin= line for the managed configuration. No window is opened.
class HashPinCommand
{
    Q_DECLARE_TR_FUNCTIONS(HashPinCommand)

public:
    // Returns the process exit code: 0, or 2 when the PIN is missing or too short.
    static int run(std::FILE *in = stdin, std::FILE *out = stdout, std::FILE *err = stderr);
};

} // namespace pk
