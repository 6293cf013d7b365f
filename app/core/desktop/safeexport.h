#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QIODevice;
class QTemporaryFile;
class QSaveFile;

namespace pk {

// Writes a file the person chose to save (an export, the crying plan PDF) so that it is
// complete or untouched (a private temporary file renamed into place), readable by the person
// only (0600), and never written through a symbolic link that belongs to another account: a
// link planted at that name in /tmp is refused, not followed. The person's own links are
// followed to their target.
class SafeExport
{
    Q_DECLARE_TR_FUNCTIONS(SafeExport)

public:
    explicit SafeExport(const QString &path);
    ~SafeExport(); // an export that was not committed leaves nothing behind

    bool open(QString *error);
    QIODevice *device() const;
    // Puts the file in place. False (with a calm reason) when anything failed.
    bool commit(QString *error);

    // open, write, commit in one go.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
    // Where a path really leads ("" with a reason when it cannot be used safely).
    static QString resolve(const QString &path, QString *error);

private:
    QString m_path;
    QString m_target;
#if defined(Q_OS_UNIX)
    std::unique_ptr<QTemporaryFile> m_temp;
#else
    std::unique_ptr<QSaveFile> m_save;
#endif
};

} // namespace pk
