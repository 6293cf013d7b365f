#include "managedlocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

namespace pk {
namespace {

std::optional<QStringList> &testFolders()
{
    static std::optional<QStringList> folders;
    return folders;
}

#if defined(Q_OS_UNIX)
// Owned by trustedOwner and writable by nobody else (no group or other write bit).
bool ownedAndClosed(const QString &path, uint trustedOwner, bool wantDirectory, QString *why)
{
    struct stat info = {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0) {
        *why = QStringLiteral("%1 cannot be examined").arg(path);
        return false;
    }
    if (wantDirectory ? !S_ISDIR(info.st_mode) : !S_ISREG(info.st_mode)) {
        *why = QStringLiteral("%1 is not a plain %2 (a link or a device?)")
                   .arg(path, wantDirectory ? QStringLiteral("folder") : QStringLiteral("file"));
        return false;
    }
    if (info.st_uid != trustedOwner) {
        *why = QStringLiteral("%1 belongs to user %2, not to %3")
                   .arg(path)
                   .arg(info.st_uid)
                   .arg(trustedOwner);
        return false;
    }
    if (info.st_mode & (S_IWGRP | S_IWOTH)) {
        *why = QStringLiteral("other accounts can change %1").arg(path);
        return false;
    }
    return true;
}
#endif

} // namespace

void ManagedLocation::setSystemFoldersForTesting(const std::optional<QStringList> &folders)
{
    testFolders() = folders;
}

QStringList ManagedLocation::systemFolders()
{
    if (testFolders())
        return *testFolders();
    const QString app = QStringLiteral("Pauzeknop");
#if defined(Q_OS_WIN)
    // The known folder (GenericConfigLocation lists it after the user's own), not %ProgramData%,
    // which any user can set for their own processes.
    QStringList folders;
    const QString home = QDir::homePath();
    for (const QString &folder :
         QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation)) {
        if (!folder.startsWith(home, Qt::CaseInsensitive))
            folders.append(QDir(folder).filePath(app));
    }
    return folders;
#elif defined(Q_OS_MACOS)
    return {QStringLiteral("/Library/Application Support/") + app};
#else
    QStringList folders;
    const QStringList dirs =
        qEnvironmentVariable("XDG_CONFIG_DIRS").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString &dir : dirs + QStringList{QStringLiteral("/etc/xdg")}) {
        if (!QDir::isAbsolutePath(dir))
            continue; // the XDG spec ignores relative entries
        const QString folder = QDir::cleanPath(dir + QLatin1Char('/') + app);
        if (!folders.contains(folder))
            folders.append(folder);
    }
    return folders;
#endif
}

bool ManagedLocation::isTrusted(const QString &path, uint trustedOwner, QString *why)
{
    QString reason;
#if defined(Q_OS_UNIX)
    const bool trusted =
        ownedAndClosed(path, trustedOwner, false, &reason) &&
        ownedAndClosed(QFileInfo(path).absolutePath(), trustedOwner, true, &reason);
#else
    Q_UNUSED(trustedOwner)
    const bool trusted = QFileInfo(path).isFile();
#endif
    if (why)
        *why = reason;
    return trusted;
}

ManagedLocation::Found ManagedLocation::find(const QString &fileName,
                                             const QStringList &systemFolders,
                                             const QString &overrideFolder, uint trustedOwner)
{
    Found found;
    for (const QString &folder : systemFolders) {
        const QString candidate = QDir(folder).filePath(fileName);
        if (!QFileInfo(candidate).exists() && !QFileInfo(candidate).isSymLink())
            continue;
        if (isTrusted(candidate, trustedOwner)) {
            found.path = candidate;
            found.fromSystem = true;
            return found;
        }
        found.refused.append(candidate);
    }
    if (!overrideFolder.isEmpty()) {
        found.path = QDir(QDir(overrideFolder).absolutePath()).filePath(fileName);
        return found;
    }
    if (found.refused.isEmpty() && !systemFolders.isEmpty())
        found.path = QDir(systemFolders.constLast()).filePath(fileName); // where it would go
    return found;
}

ManagedLocation::Found ManagedLocation::find(const QString &fileName)
{
    return find(fileName, systemFolders(), qEnvironmentVariable("PAUZEKNOP_MANAGED_DIR"), 0);
}

QString ManagedLocation::filePath(const QString &fileName)
{
    return find(fileName).path;
}

} // namespace pk
