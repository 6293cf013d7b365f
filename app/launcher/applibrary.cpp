#include "applibrary.h"

#include <QDir>
#include <QFileInfo>

namespace pk {
namespace {

QString executableDirectory(const QString &argv0)
{
#if defined(Q_OS_LINUX)
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    if (self.exists())
        return QFileInfo(self.canonicalFilePath()).absolutePath();
#endif
    return QFileInfo(argv0).absolutePath();
}

} // namespace

AppLibrary::AppLibrary(const QString &argv0)
    : m_argv0(argv0)
{}

AppLibrary::Entry AppLibrary::entry()
{
    const QString here = executableDirectory(m_argv0);
    const QStringList candidates{
        here,
        QDir::cleanPath(here + QLatin1Char('/') + QStringLiteral(PAUZEKNOP_INSTALLED_LIBRARY_DIR))};
    QStringList errors;
    for (const QString &folder : candidates) {
        // QLibrary adds the platform's prefix and suffix: libpauzeknop-app.so, pauzeknop-app.dll.
        m_library.setFileName(QDir(folder).filePath(QStringLiteral("pauzeknop-app")));
        if (!m_library.load()) {
            errors << m_library.errorString();
            continue;
        }
        if (const auto run = reinterpret_cast<Entry>(m_library.resolve("pauzeknop_run"))) {
            m_directory = folder;
            return run;
        }
        errors << m_library.errorString();
        m_library.unload();
    }
    m_error =
        QStringLiteral("the app library could not be loaded: ") + errors.join(QStringLiteral("; "));
    return nullptr;
}

} // namespace pk
