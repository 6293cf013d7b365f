#pragma once

namespace pk {

// Everything a start does once it knows it is the only Pauzeknop (the launcher decided that, or
// the request is one no running Pauzeknop takes: --help, --version, --export, --hash-pin):
// print, export or build the app and run it. Lives in the app library, not in the launcher.
class AppMain
{
public:
    // moduleDirectory: where the optional modules (sound, printing, QR codes) are.
    static int run(int argc, char **argv, const char *moduleDirectory);
};

} // namespace pk
