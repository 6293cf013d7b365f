#include "moduleloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibrary>

#include <memory>

namespace pk {
namespace {

QString &configuredDirectory()
{
    static QString directory;
    return directory;
}

QHash<QByteArray, std::shared_ptr<QLibrary>> &loaded()
{
    static QHash<QByteArray, std::shared_ptr<QLibrary>> libraries;
    return libraries;
}

} // namespace

void ModuleLoader::setDirectory(const QString &directory)
{
    configuredDirectory() = directory;
}

QString ModuleLoader::directory()
{
    if (!configuredDirectory().isEmpty())
        return configuredDirectory();
    return QCoreApplication::applicationDirPath();
}

void *ModuleLoader::resolve(const char *module, const char *symbol)
{
    std::shared_ptr<QLibrary> &library = loaded()[QByteArray(module)];
    if (!library) {
        library =
            std::make_shared<QLibrary>(QDir(directory()).filePath(QString::fromLatin1(module)));
        if (!library->load())
            qWarning("Pauzeknop: %s is not available (%s); going on without it.", module,
                     qUtf8Printable(library->errorString()));
    }
    return library->isLoaded() ? reinterpret_cast<void *>(library->resolve(symbol)) : nullptr;
}

bool ModuleLoader::isLoaded(const char *module)
{
    const std::shared_ptr<QLibrary> library = loaded().value(QByteArray(module));
    return library && library->isLoaded();
}

} // namespace pk
