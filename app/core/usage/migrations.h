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
    // Applies every missing migration, each in its own transaction. False with a reason on error.
    static bool migrate(QSqlDatabase &db, QString *error);
    // Splits a migration file into single statements (our files end each statement with ';').
    static QStringList statements(const QString &sql);
};

} // namespace pk
