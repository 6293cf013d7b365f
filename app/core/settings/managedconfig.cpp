#include "managedconfig.h"

#include "pin/adminpin.h"

#include <QFile>
#include <QSettings>

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

// A key or line as quoted in a problem: short, on one line. Text that is not readable (not
// UTF-8, control characters: a binary file) is not quoted at all ("").
QString shown(QStringView text)
{
    const QStringView cut = text.left(ManagedConfig::MaxKeyShown);
    for (const QChar c : cut) {
        if (!c.isPrint() || c == QChar(0xFFFD))
            return {};
    }
    QString result = cut.toString();
    if (text.size() > ManagedConfig::MaxKeyShown)
        result += QChar(0x2026);
    return result;
}

// The rounds of a hash made by pauzeknop --hash-pin, or 0: the same rules as AdminPin uses
// (a salt of at least 8 bytes, a 32-byte key), so that a hash accepted here can be checked.
int roundsOf(const QString &hash)
{
    const QStringList parts = hash.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2-sha256") ||
        parts.at(1).size() > 9)
        return 0;
    bool ok = false;
    const int rounds = parts.at(1).toInt(&ok);
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const auto key = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!ok || rounds < 1 || !salt || !key || salt.decoded.size() < 8 || key.decoded.size() != 32)
        return 0;
    return rounds;
}

} // namespace

QString ManagedProblem::describe() const
{
    const QString where = line > 0 ? ManagedConfig::tr("Line %1").arg(line)
                                   : ManagedConfig::tr("The managed configuration");
    const QString pinInEffect =
        otherLine > 0 ? ManagedConfig::tr("the admin PIN of line %1 counts.").arg(otherLine)
                      : ManagedConfig::tr("no admin PIN is set.");
    switch (reason) {
    case Reason::Unreadable:
        return ManagedConfig::tr("The managed configuration cannot be read; Pauzeknop uses its "
                                 "own settings.");
    case Reason::TooLarge:
        return ManagedConfig::tr("The managed configuration is larger than 1 MB and is not used; "
                                 "Pauzeknop uses its own settings.");
    case Reason::NotTrusted:
        return ManagedConfig::tr("The managed configuration can be changed by accounts other than "
                                 "the administrator (root), so it is not used.");
    case Reason::NotASetting:
        return ManagedConfig::tr("%1 is not a setting (key=value) and is ignored.").arg(where);
    case Reason::LineTooLong:
        return ManagedConfig::tr("%1 is longer than %2 characters and is ignored.")
            .arg(where)
            .arg(ManagedConfig::MaxLineLength);
    case Reason::UnknownSection:
        if (key.isEmpty())
            return ManagedConfig::tr("%1 names an unknown section; its lines are ignored.")
                .arg(where);
        return ManagedConfig::tr("%1: the section [%2] is unknown; its lines are ignored.")
            .arg(where, key);
    case Reason::OutsideSection:
        if (key.isEmpty())
            return ManagedConfig::tr("%1 stands before any [section] and is ignored.").arg(where);
        return ManagedConfig::tr("%1: \"%2\" stands before any [section] and is ignored.")
            .arg(where, key);
    case Reason::UnknownKey:
        if (key.isEmpty())
            return ManagedConfig::tr("%1 has a key Pauzeknop does not know and is ignored.")
                .arg(where);
        return ManagedConfig::tr("%1: the key \"%2\" is unknown and is ignored.").arg(where, key);
    case Reason::BadValue:
        return ManagedConfig::tr("%1: \"%2\" expects %3; the line is ignored.")
            .arg(where, key, expected);
    case Reason::Duplicate:
        return ManagedConfig::tr("%1: \"%2\" was already set on line %3; line %4 counts.")
            .arg(where, key)
            .arg(otherLine)
            .arg(line);
    case Reason::BadPinHash:
        return ManagedConfig::tr("%1: adminPin is not a hash made by pauzeknop --hash-pin and is "
                                 "ignored; %2")
            .arg(where, pinInEffect);
    case Reason::WeakPinHash:
        return ManagedConfig::tr("%1: this adminPin was made with fewer than %2 rounds and is too "
                                 "easy to guess; make a new one with pauzeknop --hash-pin. It is "
                                 "ignored; %3")
            .arg(where)
            .arg(AdminPin::MinimumIterations)
            .arg(pinInEffect);
    }
    return where;
}

ManagedConfig ManagedConfig::refused(const QString &path, ManagedProblem::Reason reason)
{
    ManagedConfig config;
    config.m_path = path;
    config.m_exists = true;
    config.report(reason, 0, QString());
    return config;
}

ManagedConfig ManagedConfig::load(const QString &path, Parser parser)
{
    QFile file(path);
    if (!file.exists()) {
        ManagedConfig empty;
        empty.m_path = path;
        return empty;
    }
    if (!file.open(QIODevice::ReadOnly))
        return refused(path, ManagedProblem::Reason::Unreadable);
    // Never more than the limit is read, whatever the file claims to be (a pipe, /dev/zero).
    const QByteArray text = file.read(MaxFileBytes + 1);
    if (text.size() > MaxFileBytes)
        return refused(path, ManagedProblem::Reason::TooLarge);
    ManagedConfig config = parse(text, parser);
    config.m_path = path;
    return config;
}

ManagedConfig ManagedConfig::parse(const QByteArray &bytes, Parser parser)
{
    ManagedConfig config;
    config.m_exists = true;
    if (bytes.size() > MaxFileBytes) {
        config.report(ManagedProblem::Reason::TooLarge, 0, QString());
        return config;
    }
    const QString text = QString::fromUtf8(bytes);
    QString section;
    qsizetype start = 0;
    for (int number = 1; start <= text.size(); ++number) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        const QStringView raw = QStringView(text).mid(start, end - start);
        start = end + 1;
        const QStringView line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) ||
            line.startsWith(QLatin1Char('#')))
            continue;
        if (line.size() > MaxLineLength) {
            config.report(ManagedProblem::Reason::LineTooLong, number, QString());
            continue;
        }
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            const QString name = line.mid(1, line.size() - 2).trimmed().toString();
            section = name.toLower();
            if (section == QLatin1String("organization"))
                section = QStringLiteral("organisation");
            if (section != QLatin1String("preset") && section != QLatin1String("locked") &&
                section != QLatin1String("organisation"))
                config.report(ManagedProblem::Reason::UnknownSection, number, shown(name));
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            config.report(ManagedProblem::Reason::NotASetting, number, shown(line));
            continue;
        }
        const QString key =
            line.left(equals).trimmed().toString().replace(QLatin1Char('\\'), QLatin1Char('/'));
        config.readLine(section, key, unquoted(line.mid(equals + 1).toString()), number, parser);
    }
    config.finish();
    return config;
}

ManagedConfig ManagedConfig::fromSettings(QSettings &store, const QString &path, Parser parser)
{
    // Written out as the file would be, so that one set of checks and limits applies to both.
    QByteArray text;
    for (const char *section : {"organisation", "preset", "locked"}) {
        store.beginGroup(QLatin1String(section));
        const QStringList keys = store.allKeys();
        if (!keys.isEmpty())
            text += '[' + QByteArray(section) + "]\n";
        for (const QString &key : keys) {
            QString value = store.value(key).toString();
            value.replace(QLatin1Char('\n'), QLatin1Char(' '));
            text += (key + QLatin1Char('=') + value).toUtf8() + '\n';
            if (text.size() > MaxFileBytes)
                break;
        }
        store.endGroup();
    }
    ManagedConfig config = parse(text, parser);
    config.m_path = path;
    config.m_exists = !text.isEmpty();
    return config;
}

void ManagedConfig::readLine(const QString &section, const QString &key, const QString &value,
                             int line, Parser parser)
{
    if (section.isEmpty()) {
        report(ManagedProblem::Reason::OutsideSection, line, shown(key));
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
        report(ManagedProblem::Reason::UnknownKey, line, shown(key));
        return;
    }
    if (!expected.isEmpty()) {
        report(ManagedProblem::Reason::BadValue, line, shown(key), expected);
        return;
    }
    const QString seen = section + QLatin1Char('\n') + key;
    if (const int earlier = m_seen.value(seen); earlier > 0)
        report(ManagedProblem::Reason::Duplicate, line, shown(key), QString(), earlier);
    m_seen.insert(seen, line);
    (section == QLatin1String("locked") ? m_locks : m_presets).insert(key, typed);
}

void ManagedConfig::readOrganisation(const QString &key, const QString &value, int line)
{
    const QString lower = key.toLower();
    const QString seen = QStringLiteral("organisation\n") + lower;
    const auto counts = [&] {
        if (const int earlier = m_seen.value(seen); earlier > 0)
            report(ManagedProblem::Reason::Duplicate, line, shown(key), QString(), earlier);
        m_seen.insert(seen, line);
    };
    if (lower == QLatin1String("name")) {
        counts();
        m_organisation = value;
    } else if (lower == QLatin1String("locknote")) {
        counts();
        m_lockNote = value;
    } else if (lower == QLatin1String("contactname")) {
        counts();
        m_contact.name = value;
    } else if (lower == QLatin1String("contactphone")) {
        counts();
        m_contact.phone = value;
    } else if (lower == QLatin1String("contacthours")) {
        counts();
        m_contact.hours = value;
    } else if (lower == QLatin1String("sharedpc")) {
        bool ok = false;
        const bool on = parseBool(value, &ok);
        if (!ok) {
            report(ManagedProblem::Reason::BadValue, line, shown(key), tr("true or false"));
            return;
        }
        counts();
        m_sharedPc = on;
    } else if (lower == QLatin1String("adminpin")) {
        const int rounds = roundsOf(value);
        if (rounds == 0 || rounds > AdminPin::MaximumIterations) {
            report(ManagedProblem::Reason::BadPinHash, line, shown(key));
            return;
        }
        if (rounds < AdminPin::MinimumIterations) {
            report(ManagedProblem::Reason::WeakPinHash, line, shown(key));
            return;
        }
        counts();
        m_adminPinHash = value;
        m_adminPinLine = line;
    } else {
        report(ManagedProblem::Reason::UnknownKey, line, shown(key));
    }
}

void ManagedConfig::finish()
{
    // A refused PIN line says truthfully which PIN counts in the end, whatever the order.
    for (ManagedProblem &problem : m_problems) {
        if (problem.reason == ManagedProblem::Reason::BadPinHash ||
            problem.reason == ManagedProblem::Reason::WeakPinHash)
            problem.otherLine = m_adminPinLine;
    }
}

void ManagedConfig::report(ManagedProblem::Reason reason, int line, const QString &key,
                           const QString &expected, int otherLine)
{
    if (m_problems.size() >= MaxProblems) {
        ++m_omitted;
        return;
    }
    m_problems.append(ManagedProblem{reason, line, key, expected.left(200), otherLine});
}

QStringList ManagedConfig::describeProblems() const
{
    QStringList lines;
    for (const ManagedProblem &problem : m_problems)
        lines.append(problem.describe());
    if (m_omitted > 0)
        lines.append(tr("%n more problem(s) in this file are not listed.", nullptr, m_omitted));
    return lines;
}

} // namespace pk
