#pragma once

#include "shortcut/keycombination.h"

#include <QObject>
#include <QString>

namespace pk {

// One way to own a key for the whole desktop (the XDG portal, an X11 grab, RegisterHotKey,
// Carbon): bind it, hear it pressed, and say how that went. Event driven, never polled.
class GlobalKey : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Off,         // nothing bound
        Waiting,     // asked the desktop, which may be showing its own confirmation
        Active,      // pressing the key opens the pause
        Taken,       // another program holds this key
        Refused,     // the person (or the desktop) said no
        Unavailable, // this way does not work on this desktop
        Failed,      // something else went wrong
    };
    Q_ENUM(State)

    using QObject::QObject;

    // description: what the key does, in the language of the app (the portal shows it).
    virtual void bind(const KeyCombination &keys, const QString &description) = 0;
    virtual void unbind() = 0;
    // "portal", "x11", "windows" or "macos": for the log and for tests.
    virtual QString kind() const = 0;

    State state() const { return m_state; }
    // How the key is pressed, as the desktop says it (the portal may let the person choose
    // another key than the one asked for); else the key that was bound.
    QString trigger() const { return m_trigger; }

Q_SIGNALS:
    void activated();
    void stateChanged();

protected:
    void setState(State state, const QString &trigger = QString());

private:
    State m_state = State::Off;
    QString m_trigger;
};

} // namespace pk
