#pragma once

#include "managedconfig.h"

#include <QObject>
#include <QVariant>

#include <memory>

class QSettings;

namespace pk {

// Who uses Pauzeknop: the safe-first card and the tips speak to them.
enum class Audience
{
    Parent,
    Grandparent,
    ChildcareWorker,
    Other,
};

// Typed access to the user's settings. Every key has one name and one default, in one table.
// An organisation's managed configuration (ManagedLocation, pauzeknop.conf) sits around them:
// a managed preset < the user's own value < a managed lock.
class Settings : public QObject
{
    Q_OBJECT

public:
    enum class Key
    {
        Language,          // "" follows the system
        Audience,          // parent, grandparent, childcare, other
        SafeFirstCard,     // show "is your child safe?" before breathing
        Region,            // BE-VLG, BE-BRU, BE-WAL, BE-DG, NL
        Exercise,          // default breathing exercise id
        DurationSeconds,   // default breathing duration
        CustomPatterns,    // the user's own breathing patterns (JSON)
        SoundCues,         // soft audio cues during breathing
        SoundVolume,       // 0..100, capped further by the player
        SpokenCues,        // "Breathe in" / "Breathe out" spoken in the UI language
        ReducedMotion,     // no scaling circle: a filling bar and words
        HighContrast,      // high-contrast colours
        TextScale,         // percent of the normal text size
        StartWithComputer, // autostart entry
        PauseShortcut,     // global key for the pause ("Ctrl+Alt+P"), "off" when switched off
        Logging,           // anonymous usage log on or off
        RetentionDays,     // 30, 90, 365 or 0 (forever)
        FavouriteTips,     // tip ids (string list)
        CryingPlan,        // the user's own people to call (JSON), never in the usage log
        TrayNoticeShown,   // "Pauzeknop stays in the tray" was said once
        FirstRunAnswered,  // the first-run card on home was answered or put away
    };

    // Settings stored in the platform's user location.
    explicit Settings(QObject *parent = nullptr);
    // Settings stored in one INI file (used with --data-dir and in tests).
    explicit Settings(const QString &iniFile, QObject *parent = nullptr);
    // As above, with the managed configuration read from managedFile instead of the usual place.
    Settings(const QString &iniFile, const QString &managedFile, QObject *parent = nullptr);
    ~Settings() override;

    // The value in effect. setValue on a locked key changes nothing.
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);
    static QList<Key> allKeys();
    // Reads a value written as text (managed file) for a key name; see ManagedConfig::Parser.
    static bool fromText(const QString &keyName, const QString &text, QVariant *value,
                         QString *expected);

    // Managed configuration: locks, shared-PC mode, the organisation and its contact person.
    bool isLocked(Key key) const;
    // Why a key is locked, in words for the person at the PC ("" when it is not locked).
    QString lockReason(Key key) const;
    // A shared PC (childcare): no personal contacts, My pauses behind the admin PIN, exports
    // aggregate only, the organisation's contact person first under "I need help".
    bool sharedPcMode() const;
    QString organisationName() const;
    OrganisationContact organisationContact() const;
    // "pbkdf2-sha256$iterations$salt$hash" from the managed file, "" when no PIN is set.
    QString adminPinHash() const;
    const ManagedConfig &managed() const { return m_managed; }
    // Every problem of the managed file, described in the current language (at most
    // ManagedConfig::MaxProblems lines, plus one saying how many more there were).
    QStringList managedProblems() const;

    // False once a change could not be written to disk (a full disk, a home that cannot be
    // written): the value stays in use until Pauzeknop closes. saveProblem() says so calmly.
    bool lastSaveSucceeded() const { return m_lastSaveOk; }
    QString saveProblem() const;
    static QString notSavedText(); // the calm sentence saveProblem() gives
    // Said when the settings file was too large or could not be used and was moved aside.
    QString startProblem() const { return m_startProblem; }
    // The file the user's settings are kept in ("" where it is not a file, as on Windows).
    QString fileName() const;
    // The longest text a key may hold (own patterns, crying plan...): longer is not used.
    static int maxTextLength(Key key);
    // The largest user settings file that is read; a larger one is moved aside at start.
    static constexpr qint64 MaxFileBytes = 1024 * 1024;

    QString language() const;
    void setLanguage(const QString &code);
    Audience audience() const;
    void setAudience(Audience audience);
    bool safeFirstCard() const;
    void setSafeFirstCard(bool on);

Q_SIGNALS:
    void changed(pk::Settings::Key key);
    // A change of key could not be written to disk (see saveProblem()); screens say so where
    // it was typed.
    void saveFailed(pk::Settings::Key key);

private:
    void prepareFile(const QString &path);
    void reportManagedProblems() const;

    std::unique_ptr<QSettings> m_store;
    ManagedConfig m_managed;
    QString m_startProblem;
    bool m_lastSaveOk = true;
};

} // namespace pk
