#pragma once

#include <QString>

namespace pk {

// Keeps what Pauzeknop writes private to the person: files 0600, folders 0700 (settings, the
// usage log with its WAL and SHM, the crying plan PDF, the autostart entry), looser existing
// ones tightened. (Files the person saves somewhere: SafeExport.) No-ops where there are no
// Unix permissions.
class PrivateFiles
{
public:
    // Every file and folder this process creates from now on is private (umask 077).
    static void restrictNewFiles();
    // Removes group and other access from a file or folder the user owns (links are left
    // alone). True when it is private afterwards or does not exist.
    static bool tighten(const QString &path);
    // Creates a folder (and missing parents) and makes the folder itself 0700.
    static bool makeFolder(const QString &path);
    // True when path is a file or folder only its owner can read.
    static bool isPrivate(const QString &path);
};

} // namespace pk
