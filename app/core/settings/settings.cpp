#include "settings.h"

#include "breathing/builtinpatterns.h"
#include "desktop/privatefiles.h"
#include "i18n/languagemanager.h"
#include "managedlocation.h"
#include "regionguess.h"
#include "shortcut/keycombination.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>

namespace pk {
namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(Settings)
};

// How a key's value is checked when it comes as text from the managed file.
enum class Kind
{
    Bool,
    Int,    // min..max, or one of choices when choices is set
    Choice, // one of choices (text)
    Text,   // any text
    List,   // comma-separated ids
    Keys,   // a key combination such as Ctrl+Alt+P, or off
};

struct KeyInfo
{
    Settings::Key key;
    const char *name;
    QVariant fallback;
    Kind kind = Kind::Text;
    int min = 0;
    int max = 0;
    QStringList choices = {};
    int maxLength = 256; // Text and List: longer values are not used
};

QStringList languageChoices()
{
    QStringList codes{QString()};
    for (const Language &language : LanguageManager::available())
        codes.append(language.code);
    return codes;
}

const QList<KeyInfo> &keyTable()
{
    using K = Settings::Key;
    static const QList<KeyInfo> table{
        {K::Language, "ui/language", QString(), Kind::Choice, 0, 0, languageChoices()},
        {K::Audience,
         "user/audience",
         QStringLiteral("parent"),
         Kind::Choice,
         0,
         0,
         {QStringLiteral("parent"), QStringLiteral("grandparent"), QStringLiteral("childcare"),
          QStringLiteral("other")}},
        {K::SafeFirstCard, "pause/safeFirstCard", true, Kind::Bool},
        {K::Region,
         "user/region",
         QStringLiteral("BE-VLG"),
         Kind::Choice,
         0,
         0,
         {QStringLiteral("BE-VLG"), QStringLiteral("BE-BRU"), QStringLiteral("BE-WAL"),
          QStringLiteral("BE-DG"), QStringLiteral("NL")}},
        {K::Exercise, "breathing/exercise", QStringLiteral("calm"), Kind::Choice, 0, 0,
         BuiltInPatterns::ids()}, // timings only: the words are read when breathing opens
        {K::DurationSeconds, "breathing/durationSeconds", 120, Kind::Int, 30, 1800},
        {K::CustomPatterns, "breathing/customPatterns", QString(), Kind::Text, 0, 0, {}, 4096},
        {K::SoundCues, "sound/cues", true, Kind::Bool},
        {K::SoundVolume, "sound/volume", 30, Kind::Int, 0, 100},
        {K::SpokenCues, "sound/spokenCues", false, Kind::Bool},
        {K::ReducedMotion, "display/reducedMotion", false, Kind::Bool},
        {K::HighContrast, "display/highContrast", false, Kind::Bool},
        {K::TextScale, "display/textScale", 100, Kind::Int, 100, 200},
        {K::StartWithComputer, "system/startWithComputer", false, Kind::Bool},
        {K::PauseShortcut, "shortcut/pause", QStringLiteral("Ctrl+Alt+P"), Kind::Keys},
        {K::Logging, "privacy/logging", true, Kind::Bool},
        {K::RetentionDays,
         "privacy/retentionDays",
         365,
         Kind::Int,
         0,
         0,
         {QStringLiteral("30"), QStringLiteral("90"), QStringLiteral("365"), QStringLiteral("0")}},
        {K::FavouriteTips, "tips/favourites", QStringList(), Kind::List, 0, 0, {}, 16384},
        {K::CryingPlan, "plan/contacts", QString(), Kind::Text, 0, 0, {}, 32768},
        {K::TrayNoticeShown, "system/trayNoticeShown", false, Kind::Bool},
        {K::FirstRunAnswered, "user/firstRunAnswered", false, Kind::Bool},
    };
    return table;
}

const KeyInfo &info(Settings::Key key)
{
    for (const KeyInfo &entry : keyTable()) {
        if (entry.key == key)
            return entry;
    }
    return keyTable().constFirst();
}

const QList<std::pair<Audience, QString>> &audienceNames()
{
    static const QList<std::pair<Audience, QString>> names{
        {Audience::Parent, QStringLiteral("parent")},
        {Audience::Grandparent, QStringLiteral("grandparent")},
        {Audience::ChildcareWorker, QStringLiteral("childcare")},
        {Audience::Other, QStringLiteral("other")},
    };
    return names;
}

// A value from the user's own file that is within the key's limits (a hand-edited or damaged
// file cannot bring in a 100 MB pattern list or a text size of 10,000 %).
bool isUsable(const KeyInfo &key, const QVariant &value)
{
    switch (key.kind) {
    case Kind::Int:
        if (!key.choices.isEmpty())
            return key.choices.contains(QString::number(value.toInt()));
        return value.toInt() >= key.min && value.toInt() <= key.max;
    case Kind::Text:
        return value.toString().size() <= key.maxLength;
    case Kind::List: {
        qsizetype length = 0;
        for (const QString &entry : value.toStringList())
            length += entry.size() + 1;
        return length <= key.maxLength;
    }
    case Kind::Keys:
        return value.toString() == KeyCombination::offText() ||
               KeyCombination::parse(value.toString()).isValid();
    case Kind::Bool:
    case Kind::Choice:
        break;
    }
    return value.toString().size() <= key.maxLength;
}

// Values read back from an INI file are text: give them the type of the key's default.
QVariant typed(const QVariant &raw, const QVariant &fallback)
{
    if (raw.metaType() == fallback.metaType())
        return raw;
    if (fallback.metaType().id() == QMetaType::QStringList)
        return raw.toString().isEmpty() ? QStringList() : QStringList{raw.toString()};
    if (fallback.metaType().id() == QMetaType::Bool) {
        const QString text = raw.toString().toLower();
        return text == QLatin1String("true") || text == QLatin1String("1");
    }
    QVariant converted = raw;
    if (!converted.convert(fallback.metaType()))
        return fallback;
    return converted;
}

// The organisation's configuration: on Windows the policy key first (Group Policy, Intune), then
// the first trusted system file (ManagedLocation).
ManagedConfig systemManagedConfig()
{
#if defined(Q_OS_WIN)
    QSettings policy(QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Policies\\Pauzeknop"),
                     QSettings::NativeFormat);
    if (!policy.allKeys().isEmpty())
        return ManagedConfig::fromSettings(
            policy, QStringLiteral("HKLM\\Software\\Policies\\Pauzeknop"), &Settings::fromText);
#endif
    const ManagedLocation::Found found = ManagedLocation::find(QStringLiteral("pauzeknop.conf"));
    if (found.path.isEmpty() && !found.refused.isEmpty())
        return ManagedConfig::refused(found.refused.constFirst(),
                                      ManagedProblem::Reason::NotTrusted);
    return ManagedConfig::load(found.path, &Settings::fromText);
}

// Where QSettings keeps the user's own settings when no file is given (Linux: an INI file).
QString nativeSettingsFile()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QLatin1Char('/') + QCoreApplication::organizationName() + QLatin1Char('/') +
           QCoreApplication::applicationName() + QStringLiteral(".conf");
#else
    return {};
#endif
}

} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_managed(systemManagedConfig())
{
    prepareFile(nativeSettingsFile());
    m_store = std::make_unique<QSettings>();
    reportManagedProblems();
}

Settings::Settings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_managed(systemManagedConfig())
{
    prepareFile(iniFile);
    m_store = std::make_unique<QSettings>(iniFile, QSettings::IniFormat);
    reportManagedProblems();
}

Settings::Settings(const QString &iniFile, const QString &managedFile, QObject *parent)
    : QObject(parent)
    , m_managed(ManagedConfig::load(managedFile, &Settings::fromText))
{
    prepareFile(iniFile);
    m_store = std::make_unique<QSettings>(iniFile, QSettings::IniFormat);
    reportManagedProblems();
}

Settings::~Settings() = default;

void Settings::prepareFile(const QString &path)
{
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    // The folder and file hold crying-plan names and numbers: the person's only.
    PrivateFiles::makeFolder(info.absolutePath());
    PrivateFiles::tighten(path);
    if (!info.exists() || info.size() <= MaxFileBytes)
        return;
    // Far larger than settings ever are: reading it would slow down every start. Kept aside,
    // never deleted, and a fresh file starts.
    const QString aside = path + QStringLiteral(".too-large-") +
                          QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (QFile::rename(path, aside)) {
        m_startProblem =
            Texts::tr("Your settings file was far too large to read, so Pauzeknop started "
                      "with fresh settings. The old file was kept as %1.")
                .arg(QFileInfo(aside).fileName());
    } else {
        m_startProblem =
            Texts::tr("Your settings file is far too large to read. Pauzeknop uses its "
                      "usual settings for now.");
    }
    qWarning("Pauzeknop: %s", qUtf8Printable(m_startProblem));
}

void Settings::reportManagedProblems() const
{
    // Bounded: at most ManagedConfig::MaxProblems lines, each short.
    for (const QString &line : m_managed.describeProblems())
        qWarning("Pauzeknop: %s: %s", qUtf8Printable(m_managed.path()), qUtf8Printable(line));
}

QString Settings::fileName() const
{
    return m_store->format() == QSettings::NativeFormat && nativeSettingsFile().isEmpty()
               ? QString()
               : m_store->fileName();
}

int Settings::maxTextLength(Key key)
{
    return info(key).maxLength;
}

QString Settings::saveProblem() const
{
    return m_lastSaveOk ? QString() : notSavedText();
}

QString Settings::notSavedText()
{
    return Texts::tr(
        "This could not be saved on this computer (the disk may be full or read-only). "
        "It stays in use until Pauzeknop closes.");
}

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(info(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return info(key).fallback;
}

QList<Settings::Key> Settings::allKeys()
{
    QList<Key> keys;
    for (const KeyInfo &entry : keyTable())
        keys.append(entry.key);
    return keys;
}

bool Settings::fromText(const QString &keyName, const QString &text, QVariant *value,
                        QString *expected)
{
    const KeyInfo *found = nullptr;
    for (const KeyInfo &entry : keyTable()) {
        if (keyName == QLatin1String(entry.name))
            found = &entry;
    }
    if (!found)
        return false;
    expected->clear();
    const QString lower = text.trimmed().toLower();
    switch (found->kind) {
    case Kind::Bool:
        if (lower == QLatin1String("true") || lower == QLatin1String("yes") ||
            lower == QLatin1String("on") || lower == QLatin1String("1"))
            *value = true;
        else if (lower == QLatin1String("false") || lower == QLatin1String("no") ||
                 lower == QLatin1String("off") || lower == QLatin1String("0"))
            *value = false;
        else
            *expected = Texts::tr("true or false");
        return true;
    case Kind::Int: {
        bool ok = false;
        const int number = lower.toInt(&ok);
        if (!found->choices.isEmpty()) {
            if (ok && found->choices.contains(QString::number(number)))
                *value = number;
            else
                *expected = Texts::tr("one of %1").arg(found->choices.join(QStringLiteral(", ")));
        } else if (ok && number >= found->min && number <= found->max) {
            *value = number;
        } else {
            *expected = Texts::tr("a whole number from %1 to %2").arg(found->min).arg(found->max);
        }
        return true;
    }
    case Kind::Choice:
        for (const QString &choice : found->choices) {
            if (choice.compare(text.trimmed(), Qt::CaseInsensitive) == 0) {
                *value = choice;
                return true;
            }
        }
        *expected = Texts::tr("one of %1").arg(found->choices.join(QStringLiteral(", ")));
        return true;
    case Kind::List:
    case Kind::Text:
        if (text.size() > found->maxLength) {
            *expected = Texts::tr("at most %n characters", nullptr, found->maxLength);
            return true;
        }
        if (found->kind == Kind::List)
            *value = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else
            *value = text;
        return true;
    case Kind::Keys:
        if (KeyCombination::parse(text).isValid())
            *value = KeyCombination::parse(text).toString();
        else if (QStringList{QStringLiteral("off"), QStringLiteral("none"), QStringLiteral("false"),
                             QStringLiteral("no"), QString()}
                     .contains(lower))
            *value = KeyCombination::offText();
        else
            *expected = Texts::tr("a key such as Ctrl+Alt+P (with Ctrl, Alt or Super), or off");
        return true;
    }
    return true;
}

QVariant Settings::value(Key key) const
{
    const QString name = keyName(key);
    if (sharedPcMode() && key == Key::CryingPlan)
        return defaultValue(key);
    if (m_managed.locks().contains(name))
        return m_managed.locks().value(name);
    if (m_store->contains(name)) {
        const QVariant stored = typed(m_store->value(name), defaultValue(key));
        if (isUsable(info(key), stored))
            return stored;
    }
    // Until someone says where they live, the region follows the locale and language.
    if (key == Key::Region && !m_managed.presets().contains(name))
        return RegionGuess::forSystem(language());
    return m_managed.presets().value(name, defaultValue(key));
}

void Settings::setValue(Key key, const QVariant &value)
{
    if (isLocked(key))
        return;
    const QString name = keyName(key);
    const QVariant before = this->value(key);
    const QVariant regionBefore = this->value(Key::Region);
    if (m_store->contains(name) && typed(m_store->value(name), defaultValue(key)) == value)
        return;
    m_store->setValue(name, value);
    m_store->sync();
    const bool saved = m_store->status() == QSettings::NoError;
    if (saved)
        PrivateFiles::tighten(fileName()); // a file QSettings just created follows the umask
    else
        qWarning("Pauzeknop: %s could not be saved in %s", qUtf8Printable(name),
                 qUtf8Printable(m_store->fileName()));
    m_lastSaveOk = saved;
    if (this->value(key) != before)
        Q_EMIT changed(key);
    if (!saved)
        Q_EMIT saveFailed(key);
    // A guessed region follows the language (RegionGuess).
    if (key != Key::Region && this->value(Key::Region) != regionBefore)
        Q_EMIT changed(Key::Region);
}

bool Settings::isLocked(Key key) const
{
    return m_managed.locks().contains(keyName(key)) || (sharedPcMode() && key == Key::CryingPlan);
}

QString Settings::lockReason(Key key) const
{
    if (!isLocked(key))
        return QString();
    if (key == Key::CryingPlan && sharedPcMode())
        return Texts::tr("This is a shared computer: personal contacts are not kept here.");
    QString reason = m_managed.organisationName().isEmpty()
                         ? Texts::tr("Set by your organisation for everyone on this computer.")
                         : Texts::tr("Set by %1 for everyone on this computer.")
                               .arg(m_managed.organisationName());
    if (!m_managed.lockNote().isEmpty())
        reason += QLatin1Char(' ') + m_managed.lockNote();
    return reason;
}

bool Settings::sharedPcMode() const
{
    return m_managed.sharedPc();
}

QString Settings::organisationName() const
{
    return m_managed.organisationName();
}

OrganisationContact Settings::organisationContact() const
{
    return m_managed.contact();
}

QString Settings::adminPinHash() const
{
    return m_managed.adminPinHash();
}

QStringList Settings::managedProblems() const
{
    return m_managed.describeProblems();
}

QString Settings::language() const
{
    return value(Key::Language).toString();
}

void Settings::setLanguage(const QString &code)
{
    setValue(Key::Language, code);
}

Audience Settings::audience() const
{
    const QString name = value(Key::Audience).toString();
    for (const auto &[audience, text] : audienceNames()) {
        if (text == name)
            return audience;
    }
    return Audience::Parent;
}

void Settings::setAudience(Audience audience)
{
    for (const auto &[candidate, text] : audienceNames()) {
        if (candidate == audience)
            setValue(Key::Audience, text);
    }
}

bool Settings::safeFirstCard() const
{
    return value(Key::SafeFirstCard).toBool();
}

void Settings::setSafeFirstCard(bool on)
{
    setValue(Key::SafeFirstCard, on);
}

} // namespace pk
