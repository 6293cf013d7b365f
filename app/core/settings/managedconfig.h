#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

namespace pk {

// One line of the managed file that could not be used, kept to be shown (in the current
// language, so it is described on demand) and printed once at start-up.
struct ManagedProblem
{
    enum class Reason
    {
        Unreadable,     // the file exists but cannot be read
        NotASetting,    // a line that is neither a [section], a comment nor key=value
        UnknownSection, // a [section] Pauzeknop does not know; its keys are ignored
        OutsideSection, // key=value before any [section]
        UnknownKey,     // a key Pauzeknop does not know
        BadValue,       // a known key with a value it cannot use
        BadPinHash,     // adminPin that is not a hash made by pauzeknop --hash-pin
    };
    Reason reason = Reason::NotASetting;
    int line = 0;     // 1-based, 0 for the whole file
    QString key;      // the key or section as written
    QString expected; // for BadValue: what the key accepts (already in words)

    QString describe() const;
};

// The organisation's person to turn to, shown first under "I need help" on its PCs.
struct OrganisationContact
{
    QString name;
    QString phone;
    QString hours; // free text, as the organisation writes it ("weekdays 7:00-18:30")
    bool isEmpty() const { return name.isEmpty() && phone.isEmpty(); }
};

// The system-wide file an organisation writes once for every user of a PC (INI syntax):
// [preset] values replace the defaults, [locked] values are fixed, [organisation] names the
// organisation, its contact person, shared-PC mode and the admin PIN hash. Read line by line so
// that one bad line is reported and ignored while every other line still counts.
class ManagedConfig
{
    Q_DECLARE_TR_FUNCTIONS(ManagedConfig)

public:
    // Turns one text value into a typed value for a key name. Returns false for an unknown key;
    // sets expected to what the key accepts, in words, when the text does not fit.
    using Parser = bool (*)(const QString &key, const QString &text, QVariant *value,
                            QString *expected);

    ManagedConfig() = default;
    // Reads the file; a missing file is an empty configuration without problems.
    static ManagedConfig load(const QString &path, Parser parser);
    static ManagedConfig parse(const QByteArray &text, Parser parser);

    QString path() const { return m_path; }
    bool exists() const { return m_exists; }
    const QHash<QString, QVariant> &presets() const { return m_presets; }
    const QHash<QString, QVariant> &locks() const { return m_locks; }
    QString organisationName() const { return m_organisation; }
    QString lockNote() const { return m_lockNote; }
    OrganisationContact contact() const { return m_contact; }
    bool sharedPc() const { return m_sharedPc; }
    QString adminPinHash() const { return m_adminPinHash; }
    const QList<ManagedProblem> &problems() const { return m_problems; }

private:
    void readLine(const QString &section, const QString &key, const QString &value, int line,
                  Parser parser);
    void readOrganisation(const QString &key, const QString &value, int line);
    void report(ManagedProblem::Reason reason, int line, const QString &key,
                const QString &expected = QString());

    QString m_path;
    bool m_exists = false;
    QHash<QString, QVariant> m_presets;
    QHash<QString, QVariant> m_locks;
    QString m_organisation;
    QString m_lockNote;
    OrganisationContact m_contact;
    bool m_sharedPc = false;
    QString m_adminPinHash;
    QList<ManagedProblem> m_problems;
};

} // namespace pk
