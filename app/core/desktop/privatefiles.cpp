#include "privatefiles.h"

#include <QDir>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace pk {
void PrivateFiles::restrictNewFiles()
{
#if defined(Q_OS_UNIX)
    ::umask(077);
#endif
}

bool PrivateFiles::tighten(const QString &path)
{
#if defined(Q_OS_UNIX)
    struct stat info = {};
    const QByteArray name = QFile::encodeName(path);
    if (::lstat(name.constData(), &info) != 0)
        return true; // nothing there
    if (S_ISLNK(info.st_mode) || info.st_uid != ::getuid())
        return (info.st_mode & 077) == 0;
    if ((info.st_mode & 077) == 0)
        return true;
    return ::chmod(name.constData(), info.st_mode & 0700) == 0;
#else
    Q_UNUSED(path)
    return true;
#endif
}

bool PrivateFiles::makeFolder(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    return tighten(path);
}

bool PrivateFiles::isPrivate(const QString &path)
{
#if defined(Q_OS_UNIX)
    struct stat info = {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && (info.st_mode & 077) == 0;
#else
    Q_UNUSED(path)
    return true;
#endif
}

} // namespace pk
