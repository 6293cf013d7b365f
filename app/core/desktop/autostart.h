#pragma once

#include <QString>

namespace pk {

// "Start with my computer": the per-user autostart entry that starts Pauzeknop in the tray.
// Linux and other XDG desktops: $XDG_CONFIG_HOME/autostart/<app id>.desktop; Windows: the Run
// key of the current user; macOS: ~/Library/LaunchAgents/<app id>.plist.
class Autostart
{
public:
    // Where the entry lives (a file, or the registry value's path on Windows).
    static QString entryLocation();
    static bool isEnabled();
    // Writes or removes the entry for program (started with --tray). False when it failed.
    static bool setEnabled(bool on, const QString &program);
    // The text of the XDG autostart entry, with program quoted as the desktop entry spec wants.
    static QByteArray desktopEntry(const QString &program);
};

} // namespace pk
