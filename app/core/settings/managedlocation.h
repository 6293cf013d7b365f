#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace pk {

// Where an organisation's managed configuration and content files are found. They come from the
// system, never from the person the rules apply to:
// - Linux and other XDG systems: <folder>/Pauzeknop/<file> for every folder of $XDG_CONFIG_DIRS
//   in order, then /etc/xdg (always, so Ubuntu's "/etc/xdg/xdg-ubuntu:/etc/xdg" and a folder a
//   user adds in front both still reach /etc/xdg). Only a file owned by root that no other
//   account can change counts; the first one found wins.
// - Windows: %ProgramData%\Pauzeknop (the known folder, not the environment variable); the
//   policy key HKLM\Software\Policies\Pauzeknop is read before it (see Settings).
// - macOS: /Library/Application Support/Pauzeknop.
// PAUZEKNOP_MANAGED_DIR (tests, trying a file out) is used only when no system file exists.
class ManagedLocation
{
public:
    struct Found
    {
        QString path;            // the file to read ("" when none exists anywhere)
        bool fromSystem = false; // false: PAUZEKNOP_MANAGED_DIR or nothing
        QStringList refused;     // files that exist but were not trusted, in the order seen
    };

    // The file to read for a name ("pauzeknop.conf", "content.json"): a system file when there
    // is one, else $PAUZEKNOP_MANAGED_DIR/<name> when set, else where the system file would be.
    static QString filePath(const QString &fileName);
    static Found find(const QString &fileName);
    // The same, with every input given (tests): folders in order, the override folder and the
    // owner a system file must have (0, root, on a real system).
    static Found find(const QString &fileName, const QStringList &systemFolders,
                      const QString &overrideFolder, uint trustedOwner);
    // The Pauzeknop folders of the system, most important first.
    static QStringList systemFolders();
    // A file that only its owner (trustedOwner) can change, in a folder only that owner can
    // change; false with a reason otherwise. Always true where there are no Unix owners.
    static bool isTrusted(const QString &path, uint trustedOwner, QString *why = nullptr);
    // Tests only: replaces systemFolders() for this process (an empty list: no system folders;
    // std::nullopt: the real ones again).
    static void setSystemFoldersForTesting(const std::optional<QStringList> &folders);
};

} // namespace pk
