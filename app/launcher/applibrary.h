#pragma once

#include <QLibrary>
#include <QString>

namespace pk {

// Finds and loads the app library (libpauzeknop-app) for the launcher: next to the executable
// (a build tree, Windows) or in the installed library folder (lib/<arch>/pauzeknop).
class AppLibrary
{
public:
    // The app's entry point; see launcher/libraryentry.cpp.
    using Entry = int (*)(int argc, char **argv, const char *moduleDirectory);

    explicit AppLibrary(const QString &argv0);

    // Null when the library cannot be loaded; errorString() says why.
    Entry entry();
    QString directory() const { return m_directory; }
    QString errorString() const { return m_error; }

private:
    QString m_argv0;
    QString m_directory;
    QString m_error;
    QLibrary m_library;
};

} // namespace pk
