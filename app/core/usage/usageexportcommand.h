#pragma once

#include "cli/commandline.h"

namespace pk {

// pauzeknop --export FILE: writes the weekly counts without building any window.
class UsageExportCommand
{
public:
    // Needs a QCoreApplication. Prints what happened; returns the exit code (0 ok, 1 failed).
    static int run(const StartOptions &options);
    // Where the log and settings live: --data-dir, else the per-user data location.
    static QString dataDirectory(const StartOptions &options);
};

} // namespace pk
