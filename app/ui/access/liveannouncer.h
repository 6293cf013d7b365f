#pragma once

#include <QString>

class QWidget;

namespace pk {

// Tells a screen reader one short thing once (the breathing phase, the end of an exercise),
// the way a live region does on the web. From Qt 6.8 this is an accessible announcement; on
// older Qt the anchor's accessible name changes, one event on that one element and no other.
class LiveAnnouncer
{
public:
    static void announce(QWidget *anchor, const QString &text);
    // Sets an accessible name only when it differs: Qt tells assistive technology about every
    // call, even with the same name. Given to a label that counts (seconds, a countdown), it
    // also keeps the label from being read at every new number: a QLabel without a name sends
    // an event with each text, with one it is silent and only these words are read.
    static void setName(QWidget *widget, const QString &name);
};

} // namespace pk
