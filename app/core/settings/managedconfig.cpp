#include "managedconfig.h"

#include <QFile>
#include <QRegularExpression>

namespace pk {
namespace {

QString unquoted(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() >= 2 && trimmed.startsWith(QLatin1Char('"')) &&
        trimmed.endsWith(QLatin1Char('"')))
        return trimmed.mid(1, trimmed.size() - 2);
    return trimmed;
}

bool parseBool(const QString &text, bool *ok)
{
    const QString lower = text.toLower();
    *ok = true;
    if (lower == QLatin1String("true") || lower == QLatin1String("yes") ||
        lower == QLatin1String("on") || lower == QLatin1String("1"))
        return true;
    if (lower == QLatin1String("false") || lower == QLatin1String("no") ||
        lower == QLatin1String("off") || lower == QLatin1String("0"))
        return false;
    *ok = false;
    return false;
}

} // namespace

QString ManagedProblem::describe() const
{
    const QString where = line > 0 ? ManagedConfig::tr("Line %1").arg(line)
                                   : ManagedConfig::tr("The managed configuration");
    switch (reason) {
    case Reason::Unreadable:
        return ManagedConfig::tr("The managed configuration cannot be read; Pauzeknop uses its "
                                 "own settings.");
    case Reason::NotASetting:
        return ManagedConfig::tr("%1 is not a setting (key=value) and is ignored.").arg(where);
    case Reason::UnknownSection:
        return ManagedConfig::tr("%1: the section [%2] is unknown; its lines are ignored.")
            .arg(where, key);
    case Reason::OutsideSection:
        return ManagedConfig::tr("%1: \"%2\" stands before any [section] and is ignored.")
            .arg(where, key);
    case Reason::UnknownKey:
        return ManagedConfig::tr("%1: the key \"%2\" is unknown and is ignored.").arg(where, key);
    case Reason::BadValue:
        return ManagedConfig::tr("%1: \"%2\" expects %3; the line is ignored.")
            .arg(where, key, expected);
    case Reason::BadPinHash:
        return ManagedConfig::tr("%1: adminPin is not a hash made by pauzeknop --hash-pin; the "
                                 "admin PIN is not set.")
            .arg(where);
    }
    return where;
}

ManagedConfig ManagedConfig::load(const QString &path, Parser parser)
{
    QFile file(path);
    if (!file.exists()) {
        ManagedConfig empty;
        empty.m_path = path;
        return empty;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        ManagedConfig unreadable;
        unreadable.m_path = path;
        unreadable.m_exists = true;
        unreadable.report(ManagedProblem::Reason::Unreadable, 0, QString());
        return unreadable;
    }
    ManagedConfig config = parse(file.readAll(), parser);
    config.m_path = path;
    config.m_exists = true;
    return config;
}

ManagedConfig ManagedConfig::parse(const QByteArray &text, Parser parser)
{
    ManagedConfig config;
    config.m_exists = true;
    static const QRegularExpression sectionPattern(QStringLiteral("^\\[\\s*([^\\]]*?)\\s*\\]$"));
    QString section;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const int number = i + 1;
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) ||
            line.startsWith(QLatin1Char('#')))
            continue;
        const QRegularExpressionMatch match = sectionPattern.match(line);
        if (match.hasMatch()) {
            section = match.captured(1).toLower();
            if (section == QLatin1String("organization"))
                section = QStringLiteral("organisation");
            if (section != QLatin1String("preset") && section != QLatin1String("locked") &&
                section != QLatin1String("organisation"))
                config.report(ManagedProblem::Reason::UnknownSection, number, match.captured(1));
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            config.report(ManagedProblem::Reason::NotASetting, number, line.left(40));
            continue;
        }
        const QString key =
            line.left(equals).trimmed().replace(QLatin1Char('\\'), QLatin1Char('/'));
        config.readLine(section, key, unquoted(line.mid(equals + 1)), number, parser);
    }
    return config;
}

void ManagedConfig::readLine(const QString &section, const QString &key, const QString &value,
                             int line, Parser parser)
{
    if (section.isEmpty()) {
        report(ManagedProblem::Reason::OutsideSection, line, key);
        return;
    }
    if (section == QLatin1String("organisation")) {
        readOrganisation(key, value, line);
        return;
    }
    if (section != QLatin1String("preset") && section != QLatin1String("locked"))
        return; // already reported with its section
    QVariant typed;
    QString expected;
    if (!parser(key, value, &typed, &expected)) {
        report(ManagedProblem::Reason::UnknownKey, line, key);
        return;
    }
    if (!expected.isEmpty()) {
        report(ManagedProblem::Reason::BadValue, line, key, expected);
        return;
    }
    (section == QLatin1String("locked") ? m_locks : m_presets).insert(key, typed);
}

void ManagedConfig::readOrganisation(const QString &key, const QString &value, int line)
{
    const QString lower = key.toLower();
    if (lower == QLatin1String("name")) {
        m_organisation = value;
    } else if (lower == QLatin1String("locknote")) {
        m_lockNote = value;
    } else if (lower == QLatin1String("contactname")) {
        m_contact.name = value;
    } else if (lower == QLatin1String("contactphone")) {
        m_contact.phone = value;
    } else if (lower == QLatin1String("contacthours")) {
        m_contact.hours = value;
    } else if (lower == QLatin1String("sharedpc")) {
        bool ok = false;
        const bool on = parseBool(value, &ok);
        if (ok)
            m_sharedPc = on;
        else
            report(ManagedProblem::Reason::BadValue, line, key, tr("true or false"));
    } else if (lower == QLatin1String("adminpin")) {
        static const QRegularExpression hash(
            QStringLiteral("^pbkdf2-sha256\\$\\d+\\$[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+$"));
        if (hash.match(value).hasMatch())
            m_adminPinHash = value;
        else
            report(ManagedProblem::Reason::BadPinHash, line, key);
    } else {
        report(ManagedProblem::Reason::UnknownKey, line, key);
    }
}

void ManagedConfig::report(ManagedProblem::Reason reason, int line, const QString &key,
                           const QString &expected)
{
    m_problems.append(ManagedProblem{reason, line, key, expected});
}

} // namespace pk
