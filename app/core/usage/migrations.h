#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace pk {

// Numbered schema migrations shipped as :/sql/NNNN_name.sql, tracked by PRAGMA user_version.
class Migrations
{
public:
    // The migration scripts in order; index i brings the schema from version i to i + 1.
    static QStringList scripts();
    static int latestVersion();
    static int currentVersion(QSqlDatabase &db);
    // Applies every missing migration up to target (-1: the latest), each in its own
    // transaction. False with a reason on error; a failed step leaves the previous version.
    static bool migrate(QSqlDatabase &db, QString *error, int target = -1);
    // Splits a migration file into single statements (our files end each statement with ';').
    static QStringList statements(const QString &sql);
};

} // namespace pk
