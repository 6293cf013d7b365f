#include "safeexport.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace pk {
namespace {

QString cannotWrite(const QString &path, const QString &reason)
{
    return SafeExport::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

#if defined(Q_OS_UNIX)
bool trustedOwner(uid_t owner)
{
    return owner == ::getuid() || owner == 0;
}

QString plantedLink(const QString &link)
{
    return SafeExport::tr("%1 is a link made by another account on this computer, so nothing was "
                          "written there. Please choose another place.")
        .arg(QDir::toNativeSeparators(link));
}
#endif

} // namespace

SafeExport::SafeExport(const QString &path)
    : m_path(path)
{}

SafeExport::~SafeExport() = default;

QString SafeExport::resolve(const QString &path, QString *error)
{
    QString target = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
#if defined(Q_OS_UNIX)
    // The folder: every part that exists is looked at as it is, links included.
    const QStringList parts =
        QFileInfo(target).absolutePath().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString current;
    for (const QString &part : parts) {
        current += QLatin1Char('/') + part;
        struct stat info = {};
        if (::lstat(QFile::encodeName(current).constData(), &info) != 0)
            break;
        if (S_ISLNK(info.st_mode) && !trustedOwner(info.st_uid)) {
            *error = plantedLink(current);
            return {};
        }
    }
    // The file itself: the person's own links lead on to their target, others' links stop here.
    for (int depth = 0; depth < 32; ++depth) {
        struct stat info = {};
        if (::lstat(QFile::encodeName(target).constData(), &info) != 0)
            return target; // a new file
        if (!S_ISLNK(info.st_mode)) {
            if (!S_ISREG(info.st_mode)) {
                *error = cannotWrite(path, tr("this is not a file that can be replaced."));
                return {};
            }
            return target;
        }
        if (!trustedOwner(info.st_uid)) {
            *error = plantedLink(target);
            return {};
        }
        const QString next = QFileInfo(target).symLinkTarget();
        if (next.isEmpty())
            break;
        target = QDir::cleanPath(next);
    }
    *error = cannotWrite(path, tr("too many links."));
    return {};
#else
    Q_UNUSED(error)
    return target;
#endif
}

bool SafeExport::open(QString *error)
{
    m_target = resolve(m_path, error);
    if (m_target.isEmpty())
        return false;
#if defined(Q_OS_UNIX)
    // QTemporaryFile makes a new 0600 file with a name nobody can guess (O_EXCL), in the target's
    // folder so that the final rename is atomic and replaces the name itself, never a link's
    // target.
    m_temp = std::make_unique<QTemporaryFile>(m_target + QStringLiteral(".XXXXXX.part"));
    if (!m_temp->open()) {
        *error = cannotWrite(m_path, m_temp->errorString());
        m_temp.reset();
        return false;
    }
#else
    m_save = std::make_unique<QSaveFile>(m_target);
    if (!m_save->open(QIODevice::WriteOnly)) {
        *error = cannotWrite(m_path, m_save->errorString());
        m_save.reset();
        return false;
    }
#endif
    return true;
}

QIODevice *SafeExport::device() const
{
#if defined(Q_OS_UNIX)
    return m_temp.get();
#else
    return m_save.get();
#endif
}

bool SafeExport::commit(QString *error)
{
#if defined(Q_OS_UNIX)
    if (!m_temp) {
        *error = cannotWrite(m_path, tr("the file was not opened."));
        return false;
    }
    const bool written = m_temp->flush() && ::fsync(m_temp->handle()) == 0 &&
                         m_temp->error() == QFileDevice::NoError;
    const QString temp = m_temp->fileName();
    m_temp->close();
    if (!written) {
        *error = cannotWrite(m_path, m_temp->errorString());
        return false; // the temporary file is removed with m_temp
    }
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(m_target).constData()) !=
        0) {
        *error = cannotWrite(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_temp->setAutoRemove(false);
    m_temp.reset();
    return true;
#else
    if (!m_save || !m_save->commit()) {
        *error = cannotWrite(m_path, m_save ? m_save->errorString() : QString());
        return false;
    }
    m_save.reset();
    return true;
#endif
}

bool SafeExport::write(const QString &path, const QByteArray &bytes, QString *error)
{
    SafeExport file(path);
    if (!file.open(error))
        return false;
    if (file.device()->write(bytes) != bytes.size()) {
        *error = cannotWrite(path, file.device()->errorString());
        return false;
    }
    return file.commit(error);
}

} // namespace pk
