#pragma once

#include <QString>
#include <QStringList>

namespace pk {

// What the person asked for on the command line.
struct StartOptions
{
    bool pause = false;     // open straight on the pause screen
    bool helplines = false; // open on "Who can help"
    bool breathe = false;   // open straight on breathing (no safe-first card)
    QString breathePattern; // with breathe: a built-in exercise id, "" for the usual one
    bool tray = false;      // start hidden in the tray (shown anyway when there is no tray)
    QString dataDir;        // "" uses the per-user data location
    QString language;       // "" follows the settings, then the system
    QString exportFile;     // --export: write the usage summary there, no window
};

// The outcome of parsing: run the app, or print something and exit with a code.
struct CommandLine
{
    enum class Action
    {
        Run,
        Exit,
        HashPin, // read an admin PIN from standard input, print its hash, exit
        Export,  // --export FILE: no window, see UsageExportCommand
    };
    Action action = Action::Run;
    int exitCode = 0;
    QString output; // for stdout when exitCode is 0, for stderr otherwise
    StartOptions options;

    // Parses arguments (argv[0] first). Needs no QCoreApplication instance.
    static CommandLine parse(const QStringList &arguments);
};

} // namespace pk
