#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

class QSettings;

namespace pk {

// One line of the managed file that could not be used, kept to be shown (in the current
// language, so it is described on demand) and printed once at start-up.
struct ManagedProblem
{
    enum class Reason
    {
        Unreadable,     // the file exists but cannot be read
        TooLarge,       // the file is over MaxFileBytes: refused whole
        NotTrusted,     // a file other accounts can change: not used (see ManagedLocation)
        NotASetting,    // a line that is neither a [section], a comment nor key=value
        LineTooLong,    // a line over MaxLineLength characters
        UnknownSection, // a [section] Pauzeknop does not know; its keys are ignored
        OutsideSection, // key=value before any [section]
        UnknownKey,     // a key Pauzeknop does not know
        BadValue,       // a known key with a value it cannot use
        Duplicate,      // a key given again in the same section: this later line counts
        BadPinHash,     // adminPin that is not a hash made by pauzeknop --hash-pin
        WeakPinHash,    // adminPin made with fewer rounds than AdminPin asks for today
    };
    Reason reason = Reason::NotASetting;
    int line = 0;      // 1-based, 0 for the whole file
    QString key;       // the key or section as written, cut to a readable length
    QString expected;  // for BadValue: what the key accepts (already in words)
    int otherLine = 0; // Duplicate: the earlier line; Bad/WeakPinHash: the line whose PIN counts

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
// that one bad line is reported and ignored while every other line still counts. Every input is
// bounded: a file over 1 MB is refused whole, long lines are skipped, at most 50 problems are
// kept (the rest only counted), so no file can slow down or break the start of the pause.
class ManagedConfig
{
    Q_DECLARE_TR_FUNCTIONS(ManagedConfig)

public:
    static constexpr qint64 MaxFileBytes = 1024 * 1024;
    static constexpr int MaxLineLength = 16 * 1024;
    static constexpr int MaxProblems = 50;
    static constexpr int MaxKeyShown = 60; // characters of a key or line quoted in a problem

    // Turns one text value into a typed value for a key name. Returns false for an unknown key;
    // sets expected to what the key accepts, in words, when the text does not fit.
    using Parser = bool (*)(const QString &key, const QString &text, QVariant *value,
                            QString *expected);

    ManagedConfig() = default;
    // Reads the file; a missing file is an empty configuration without problems.
    static ManagedConfig load(const QString &path, Parser parser);
    static ManagedConfig parse(const QByteArray &text, Parser parser);
    // Reads the same three sections from a settings store (on Windows the policy key
    // HKLM\Software\Policies\Pauzeknop), checked exactly like the file. path names the source.
    static ManagedConfig fromSettings(QSettings &store, const QString &path, Parser parser);
    // A configuration that was not used at all, with the reason (a file not owned by root...).
    static ManagedConfig refused(const QString &path, ManagedProblem::Reason reason);

    QString path() const { return m_path; }
    bool exists() const { return m_exists; }
    const QHash<QString, QVariant> &presets() const { return m_presets; }
    const QHash<QString, QVariant> &locks() const { return m_locks; }
    QString organisationName() const { return m_organisation; }
    QString lockNote() const { return m_lockNote; }
    OrganisationContact contact() const { return m_contact; }
    bool sharedPc() const { return m_sharedPc; }
    QString adminPinHash() const { return m_adminPinHash; }
    // At most MaxProblems, in line order; omittedProblems() counts the ones left out.
    const QList<ManagedProblem> &problems() const { return m_problems; }
    int omittedProblems() const { return m_omitted; }
    // Every problem kept, described, plus one line for the ones left out: what Settings shows
    // and what is printed on standard error.
    QStringList describeProblems() const;

private:
    void readLine(const QString &section, const QString &key, const QString &value, int line,
                  Parser parser);
    void readOrganisation(const QString &key, const QString &value, int line);
    void finish();
    void report(ManagedProblem::Reason reason, int line, const QString &key,
                const QString &expected = QString(), int otherLine = 0);

    QString m_path;
    bool m_exists = false;
    QHash<QString, QVariant> m_presets;
    QHash<QString, QVariant> m_locks;
    QHash<QString, int> m_seen; // "section\nkey" -> the line it was last set on
    QString m_organisation;
    QString m_lockNote;
    OrganisationContact m_contact;
    bool m_sharedPc = false;
    QString m_adminPinHash;
    int m_adminPinLine = 0;
    QList<ManagedProblem> m_problems;
    int m_omitted = 0;
};

} // namespace pk
