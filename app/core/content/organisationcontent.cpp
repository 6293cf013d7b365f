#include "organisationcontent.h"

#include "settings/managedlocation.h"

namespace pk {

QString OrganisationContent::defaultPath()
{
    return ManagedLocation::filePath(fileName());
}

ContentFile OrganisationContent::load(const QString &path)
{
    return ContentFile::load(path, ContentFile::Origin::Organisation);
}

ContentFile OrganisationContent::parse(const QByteArray &json, const QString &path)
{
    return ContentFile::parse(json, path, ContentFile::Origin::Organisation);
}

} // namespace pk
