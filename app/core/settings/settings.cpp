#include "settings.h"

#include <QSettings>

namespace pk {
namespace {

struct KeyInfo
{
    Settings::Key key;
    const char *name;
    QVariant fallback;
};

const QList<KeyInfo> &keyTable()
{
    static const QList<KeyInfo> table{
        {Settings::Key::Language, "ui/language", QString()},
        {Settings::Key::Audience, "user/audience", QStringLiteral("parent")},
        {Settings::Key::SafeFirstCard, "pause/safeFirstCard", true},
        {Settings::Key::Region, "user/region", QStringLiteral("BE-VLG")},
        {Settings::Key::Exercise, "breathing/exercise", QStringLiteral("calm")},
        {Settings::Key::DurationSeconds, "breathing/durationSeconds", 120},
        {Settings::Key::CustomPatterns, "breathing/customPatterns", QString()},
        {Settings::Key::SoundCues, "sound/cues", true},
        {Settings::Key::SoundVolume, "sound/volume", 30},
        {Settings::Key::SpokenCues, "sound/spokenCues", false},
        {Settings::Key::ReducedMotion, "display/reducedMotion", false},
        {Settings::Key::HighContrast, "display/highContrast", false},
        {Settings::Key::TextScale, "display/textScale", 100},
        {Settings::Key::StartWithComputer, "system/startWithComputer", false},
        {Settings::Key::Logging, "privacy/logging", true},
        {Settings::Key::RetentionDays, "privacy/retentionDays", 365},
        {Settings::Key::FavouriteTips, "tips/favourites", QStringList()},
        {Settings::Key::CryingPlan, "plan/contacts", QString()},
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

} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>())
{}

Settings::Settings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(info(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return info(key).fallback;
}

QVariant Settings::value(Key key) const
{
    return m_store->value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant &value)
{
    if (this->value(key) == value)
        return;
    m_store->setValue(keyName(key), value);
    m_store->sync();
    Q_EMIT changed(key);
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
