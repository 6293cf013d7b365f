#pragma once

#include "helpline.h"
#include "tip.h"

#include <QCoreApplication>

class QJsonObject;

namespace pk {

// An organisation's own tips and contacts, read from content.json in the managed location.
// Every entry is checked on its own: a wrong entry is reported (file, entry, problem) and
// skipped, the valid ones load, and nothing here can remove a built-in tip or line.
class OrganisationContent
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationContent)

public:
    static QString fileName() { return QStringLiteral("content.json"); }
    // ManagedLocation::filePath(fileName()).
    static QString defaultPath();

    // A missing file is no problem (most PCs have none); anything else wrong is reported.
    static OrganisationContent load(const QString &path);
    static OrganisationContent parse(const QByteArray &json, const QString &path);

    QList<Tip> tips;
    QList<Helpline> helplines;
    // One readable sentence per problem, naming the file and the entry.
    QStringList problems;

private:
    void readTip(const QJsonObject &object, int index, const QString &path);
    void readHelpline(const QJsonObject &object, int index, const QString &path);
};

} // namespace pk
