#include "cueplayer.h"

#include "common/moduleloader.h"
#include "i18n/languagemanager.h"
#include "soundoutput.h"

#include <algorithm>
#include <cmath>

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
    if (m_output)
        m_output->setVolume(effectiveVolume(m_volume));
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
    SoundOutput *output = this->output();
    return output && output->available();
}

double CuePlayer::effectiveVolume(int volumePercent)
{
    // The slider is perceptual; the player wants a linear factor (the conversion of Qt's
    // QAudio::convertVolume from its logarithmic to its linear scale). Then the cap.
    const double perceived = std::clamp(volumePercent, 0, 100) / 100.0;
    const double linear = perceived < 1.0 ? -std::log(1.0 - perceived) / std::log(100.0) : 1.0;
    return std::min(linear, 1.0) * (MaxVolumePercent / 100.0);
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

SoundOutput *CuePlayer::output()
{
    if (!m_output && !m_outputTried) {
        m_outputTried = true;
        if (const auto create = reinterpret_cast<SoundOutputFactory>(
                ModuleLoader::resolve("pauzeknop-sound", "pauzeknop_sound_create")))
            m_output = create(this);
    }
    return m_output;
}

bool CuePlayer::play(const QString &resource)
{
    if (m_volume == 0 || !outputAvailable())
        return false;
    SoundOutput *output = this->output();
    // A failing device or file: stay silent, the pause goes on.
    if (!output || !output->play(resource, effectiveVolume(m_volume)))
        return false;
    ++m_played;
    return true;
}

} // namespace pk
