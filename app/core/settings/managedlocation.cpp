#include "managedlocation.h"

#include <QDir>

namespace pk {

QString ManagedLocation::directory()
{
    const QString overridden = qEnvironmentVariable("PAUZEKNOP_MANAGED_DIR");
    if (!overridden.isEmpty())
        return QDir(overridden).absolutePath();
#if defined(Q_OS_WIN)
    return QDir::fromNativeSeparators(
               qEnvironmentVariable("ProgramData", QStringLiteral("C:/ProgramData"))) +
           QStringLiteral("/Pauzeknop");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("/Library/Application Support/Pauzeknop");
#else
    const QStringList dirs = qEnvironmentVariable("XDG_CONFIG_DIRS", QStringLiteral("/etc/xdg"))
                                 .split(QLatin1Char(':'), Qt::SkipEmptyParts);
    return QDir(dirs.isEmpty() ? QStringLiteral("/etc/xdg") : dirs.constFirst())
        .filePath(QStringLiteral("Pauzeknop"));
#endif
}

QString ManagedLocation::filePath(const QString &fileName)
{
    return QDir(directory()).filePath(fileName);
}

} // namespace pk
