#pragma once

#include "globalkey.h"
#include "settings/settings.h"

#include <QObject>

#include <memory>

namespace pk {

// "Pause from anywhere": finds how this desktop lets Pauzeknop own a key (the XDG portal;
// else a grab on X11; RegisterHotKey on Windows, Carbon on macOS), binds the key Settings
// hold, follows changes to it, and asks for the pause when the key is pressed.
class GlobalPauseKey : public QObject
{
    Q_OBJECT

public:
    enum class Way
    {
        Deciding, // not started yet, or asking the session bus whether a portal answers
        Portal,
        X11,
        Windows,
        MacOs,
        None, // this desktop offers no way: the person binds `pauzeknop --pause` themselves
    };
    Q_ENUM(Way)

    explicit GlobalPauseKey(Settings *settings, QObject *parent = nullptr);
    // Uses backend instead of looking for one (tests); a null backend means no way.
    GlobalPauseKey(Settings *settings, std::unique_ptr<GlobalKey> backend, Way way,
                   QObject *parent = nullptr);
    ~GlobalPauseKey() override;

    // Finds the way and binds the key. Asynchronous where the desktop is asked: call it once
    // the window is up, start-up never waits for it.
    void start();
    // Asks the desktop again (after it said no, or after a failure).
    void retry();

    Way way() const { return m_way; }
    GlobalKey::State state() const;
    // How the key is pressed, as the desktop says it ("Ctrl+Alt+P").
    QString trigger() const;
    // The key Settings hold (invalid when switched off).
    KeyCombination keys() const;
    GlobalKey *backend() const { return m_backend.get(); }
    // What the desktop shows next to the key: in the language of the app.
    static QString description();

Q_SIGNALS:
    void pauseRequested();
    void stateChanged();

private:
    void use(std::unique_ptr<GlobalKey> backend, Way way);
    void useNativeWay();
    void apply();

    Settings *m_settings;
    std::unique_ptr<GlobalKey> m_backend;
    Way m_way = Way::Deciding;
    bool m_started = false;
};

} // namespace pk
