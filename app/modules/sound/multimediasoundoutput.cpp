// The pauzeknop-sound module: sound cues through Qt Multimedia, loaded on the first cue.
#include "sound/soundoutput.h"

#include <QAudioDevice>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

namespace {

// QSoundEffect per resource; the device list is asked once and then followed.
class MultimediaSoundOutput : public pk::SoundOutput
{
public:
    explicit MultimediaSoundOutput(QObject *parent)
        : pk::SoundOutput(parent)
        , m_devices(new QMediaDevices(this))
        , m_available(!QMediaDevices::audioOutputs().isEmpty())
    {
        connect(m_devices, &QMediaDevices::audioOutputsChanged, this,
                [this] { m_available = !QMediaDevices::audioOutputs().isEmpty(); });
    }

    // Qt 6.4's sample cache can deadlock when the process exits while a sound is still loading:
    // its global destructor holds its mutex while it waits for the loading thread, which wants
    // that mutex. Letting the loads end first (bounded, a few ms for our small WAVs) leaves the
    // loading thread idle, so quitting Pauzeknop never hangs.
    ~MultimediaSoundOutput() override
    {
        const QDeadlineTimer deadline(2'000);
        while (isLoading() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents, 20);
    }

    bool available() override { return m_available; }

    bool play(const QString &resource, double linearVolume) override
    {
        QSoundEffect *effect = m_effects.value(resource);
        if (!effect) {
            effect = new QSoundEffect(this);
            effect->setSource(QUrl(QStringLiteral("qrc") + resource));
            m_effects.insert(resource, effect);
        }
        effect->setVolume(linearVolume);
        // A failing device or file: stay silent, the pause goes on.
        if (effect->status() == QSoundEffect::Error)
            return false;
        effect->play();
        return true;
    }

    void setVolume(double linearVolume) override
    {
        for (QSoundEffect *effect : std::as_const(m_effects))
            effect->setVolume(linearVolume);
    }

private:
    bool isLoading() const
    {
        for (const QSoundEffect *effect : m_effects) {
            if (effect->status() == QSoundEffect::Loading)
                return true;
        }
        return false;
    }

    QMediaDevices *m_devices;
    bool m_available;
    QHash<QString, QSoundEffect *> m_effects;
};

} // namespace

extern "C" Q_DECL_EXPORT pk::SoundOutput *pauzeknop_sound_create(QObject *parent)
{
    return new MultimediaSoundOutput(parent);
}
