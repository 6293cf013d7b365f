#pragma once

#include <QObject>
#include <QString>

namespace pk {

// What CuePlayer needs from the audio system. The real one lives in the pauzeknop-sound module
// (Qt Multimedia), loaded only when a cue is first played.
class SoundOutput : public QObject
{
public:
    using QObject::QObject;
    // True when the system lists at least one audio output (followed as devices come and go).
    virtual bool available() = 0;
    // Plays a resource (":/sounds/...") at a linear volume 0..1; false when it cannot.
    virtual bool play(const QString &resource, double linearVolume) = 0;
    virtual void setVolume(double linearVolume) = 0;
};

// The module's entry point: extern "C" pauzeknop_sound_create(QObject *parent).
using SoundOutputFactory = SoundOutput *(*)(QObject *parent);

} // namespace pk
