#pragma once

#include <QObject>

class QSocketNotifier;

namespace pk {

// Ends Pauzeknop cleanly when the session ends or the person presses Ctrl+C: on SIGTERM, SIGINT
// or SIGHUP the event loop quits with exit code 0, so the usual clean-up runs (the usage log
// commits what it queued, the instance socket is removed). The handler only writes one byte to
// a pipe; everything else happens in the event loop. A second signal ends the process at once.
class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override; // the default handlers come back

Q_SIGNALS:
    void received(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace pk
