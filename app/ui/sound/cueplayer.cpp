#include "cueplayer.h"

#include "i18n/languagemanager.h"

#include <QAudio>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

#include <algorithm>

namespace pk {

CuePlayer::CuePlayer(QObject *parent)
    : QObject(parent)
{}

CuePlayer::~CuePlayer() = default;

void CuePlayer::configure(bool softCues, bool spokenCues, int volumePercent)
{
    m_soft = softCues;
    m_spoken = spokenCues;
    m_volume = std::clamp(volumePercent, 0, 100);
    for (QSoundEffect *effect : std::as_const(m_effects))
        effect->setVolume(effectiveVolume(m_volume));
}

void CuePlayer::setLanguage(const QString &code)
{
    m_language = code;
}

void CuePlayer::setOutputAvailableForTest(bool available)
{
    m_forced = available ? 1 : 0;
}

bool CuePlayer::outputAvailable()
{
    if (m_forced >= 0)
        return m_forced == 1;
    if (!m_devices) {
        m_devices = new QMediaDevices(this);
        m_available = !QMediaDevices::audioOutputs().isEmpty();
        connect(m_devices, &QMediaDevices::audioOutputsChanged, this,
                [this] { m_available = !QMediaDevices::audioOutputs().isEmpty(); });
    }
    return m_available;
}

double CuePlayer::effectiveVolume(int volumePercent)
{
    // The slider is perceptual; QSoundEffect wants a linear factor. Then the cap.
    const double perceived = std::clamp(volumePercent, 0, 100) / 100.0;
    const double linear =
        QAudio::convertVolume(perceived, QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale);
    return linear * (MaxVolumePercent / 100.0);
}

QString CuePlayer::sourceFor(BreathPhaseKind kind) const
{
    // A language without a voice (Somali) hears the soft tones instead of another language.
    const bool spoken = m_spoken && LanguageManager::hasSpokenCues(m_language);
    if (spoken) {
        switch (kind) {
        case BreathPhaseKind::In:
            return QStringLiteral(":/sounds/%1/in.wav").arg(m_language);
        case BreathPhaseKind::TopUp:
            return QStringLiteral(":/sounds/%1/more.wav").arg(m_language);
        case BreathPhaseKind::HoldIn:
        case BreathPhaseKind::HoldOut:
            return QStringLiteral(":/sounds/%1/hold.wav").arg(m_language);
        case BreathPhaseKind::Out:
            return QStringLiteral(":/sounds/%1/out.wav").arg(m_language);
        case BreathPhaseKind::Count:
            return {}; // people count in their own head
        }
    }
    if (!m_soft && !m_spoken)
        return {};
    switch (kind) {
    case BreathPhaseKind::In:
        return QStringLiteral(":/sounds/cue-in.wav");
    case BreathPhaseKind::Out:
        return QStringLiteral(":/sounds/cue-out.wav");
    default:
        return {}; // holds, the top-up and counting stay quiet
    }
}

void CuePlayer::phaseStarted(BreathPhaseKind kind)
{
    if (!m_soft && !m_spoken)
        return;
    const QString resource = sourceFor(kind);
    if (!resource.isEmpty())
        play(resource);
}

void CuePlayer::chime()
{
    if (m_soft || m_spoken)
        play(QStringLiteral(":/sounds/chime.wav"));
}

bool CuePlayer::play(const QString &resource)
{
    if (m_volume == 0 || !outputAvailable())
        return false;
    QSoundEffect *effect = m_effects.value(resource);
    if (!effect) {
        effect = new QSoundEffect(this);
        effect->setSource(QUrl(QStringLiteral("qrc") + resource));
        effect->setVolume(effectiveVolume(m_volume));
        m_effects.insert(resource, effect);
    }
    // A failing device or file: stay silent, the pause goes on.
    if (effect->status() == QSoundEffect::Error)
        return false;
    effect->play();
    ++m_played;
    return true;
}

} // namespace pk
