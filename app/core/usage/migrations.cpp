#include "migrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pk {

QStringList Migrations::scripts()
{
    QStringList names =
        QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &name : names)
        name.prepend(QStringLiteral(":/sql/"));
    return names;
}

int Migrations::latestVersion()
{
    return static_cast<int>(scripts().size());
}

int Migrations::currentVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QStringList Migrations::statements(const QString &sql)
{
    static const QRegularExpression comment(QStringLiteral("--[^\n]*"));
    QString text = sql;
    text.remove(comment);
    QStringList result;
    const QStringList parts = text.split(QLatin1Char(';'));
    // A trigger's body holds statements of its own: it runs up to its END.
    QString trigger;
    for (const QString &part : parts) {
        const QString statement = part.trimmed();
        if (!trigger.isEmpty()) {
            trigger += QStringLiteral(";\n") + statement;
            if (statement.compare(QLatin1String("END"), Qt::CaseInsensitive) == 0 ||
                statement.endsWith(QLatin1String("\nEND"), Qt::CaseInsensitive)) {
                result.append(trigger);
                trigger.clear();
            }
        } else if (statement.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive)) {
            trigger = statement;
        } else if (!statement.isEmpty()) {
            result.append(statement);
        }
    }
    return result;
}

bool Migrations::migrate(QSqlDatabase &db, QString *error, int target)
{
    const QStringList files = scripts();
    const int last = target < 0 ? int(files.size()) : std::min(target, int(files.size()));
    const int from = currentVersion(db);
    if (from < 0) {
        *error = db.lastError().text();
        return false;
    }
    for (int version = from; version < last; ++version) {
        QFile file(files.at(version));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(files.at(version));
            return false;
        }
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        QSqlQuery query(db);
        const QStringList parts = statements(QString::fromUtf8(file.readAll()));
        for (const QString &statement : parts) {
            if (!query.exec(statement)) {
                *error = query.lastError().text();
                db.rollback();
                return false;
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)) ||
            !db.commit()) {
            *error = db.lastError().text();
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace pk
