#pragma once

#include <QAtomicInt>
#include <QString>
#include <QThread>

namespace pk::test {

class PrivateHome;

// Another account that got to a socket name first: listens there and answers "ok" to anything,
// so a second start that trusted it would exit at once without a pause (the worst case). Runs
// its own event loop, so it answers while the test waits for a child process.
class Squatter : public QThread
{
public:
    explicit Squatter(const QString &path);
    ~Squatter() override;
    int connections() const { return m_connections.loadAcquire(); }
    bool listening() const { return m_listening.loadAcquire(); }

protected:
    void run() override;

private:
    QString m_path;
    QAtomicInt m_ready = 0;
    QAtomicInt m_listening = 0;
    QAtomicInt m_connections = 0;
};

// The socket file name a start of pauzeknop in home computes for itself (without --data-dir).
QString socketFileName(PrivateHome &home, const QString &dataDir = {});

} // namespace pk::test
