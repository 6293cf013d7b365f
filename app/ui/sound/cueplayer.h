#pragma once

#include "breathing/breathpattern.h"

#include <QObject>

namespace pk {

class SoundOutput;

// Soft sound cues for breathing and the walk-away chime, and the spoken cues ("Breathe in",
// "Hold", "Breathe out") pre-rendered per language. Sound is only offered when the system has
// an audio output; without one, or when playing fails, everything goes on silently.
class CuePlayer : public QObject
{
    Q_OBJECT

public:
    // Baby-safe cap: no cue is ever played above this share of full scale (see README).
    static constexpr int MaxVolumePercent = 50;

    explicit CuePlayer(QObject *parent = nullptr);
    ~CuePlayer() override;

    // Soft cues and spoken cues on or off; volume 0..100 of the capped range.
    void configure(bool softCues, bool spokenCues, int volumePercent);
    // The language of the spoken cues; one without a voice (Somali) plays the soft tones.
    void setLanguage(const QString &code);
    // True when the system lists at least one audio output (checked when first needed, then
    // followed as devices come and go).
    bool outputAvailable();
    // Tests: pretend there is (or is not) an output, without asking the system.
    void setOutputAvailableForTest(bool available);

    void phaseStarted(BreathPhaseKind kind);
    void chime();
    // The linear volume QSoundEffect gets for a setting, after the cap.
    static double effectiveVolume(int volumePercent);
    // The resource a cue would play ("" when the phase has no cue).
    QString sourceFor(BreathPhaseKind kind) const;
    int playedCount() const { return m_played; }

private:
    bool play(const QString &resource);
    // The audio system, through the pauzeknop-sound module: loaded on the first cue, never on a
    // start without sound.
    SoundOutput *output();

    bool m_soft = true;
    bool m_spoken = false;
    int m_volume = 30;
    QString m_language = QStringLiteral("en");
    SoundOutput *m_output = nullptr;
    bool m_outputTried = false;
    int m_forced = -1; // -1: ask the system
    int m_played = 0;
};

} // namespace pk
