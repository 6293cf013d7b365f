#pragma once

#include "contentfile.h"

namespace pk {

// Where an organisation's own tips and contacts live: content.json in the managed location.
// It is read by ContentFile like the built-in files; every entry is checked on its own, a wrong
// one is reported and skipped, and nothing there can remove a built-in tip or line.
class OrganisationContent
{
public:
    static QString fileName() { return QStringLiteral("content.json"); }
    // ManagedLocation::filePath(fileName()).
    static QString defaultPath();

    static ContentFile load(const QString &path);
    static ContentFile parse(const QByteArray &json, const QString &path);
};

} // namespace pk
