#pragma once

#include "support/privatehome.h"
#include "support/squatter.h"
#include "support/testsupport.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace pk {
class AppShell;
}

namespace pk::test {

QByteArray repeated(const QByteArray &piece, qsizetype bytes);
QByteArray noise(qsizetype bytes);

// A PrivateHome with a history (100 pauses, settings with a crying plan) in its data folder, and
// the faults the suite plants in it.
class FaultHome : public PrivateHome
{
public:
    FaultHome();
    ~FaultHome();

    QString data() const { return m_data; }
    // Starts pauzeknop --pause --data-dir <data>; ms until the pause was painted, -1 if never.
    qint64 timeToPause();
    // The same app built in this process (for the notes the person sees), started with --pause.
    std::unique_ptr<AppShell> buildInProcess();

    void seedHistory();
    // The contents of every file in the data folder (and how many events the log holds).
    QList<QByteArray> dataFingerprint() const;
    // True when everything of before is still there (a moved file counts; the live log may
    // only have grown).
    bool keeps(const QList<QByteArray> &before) const;

    void writeData(const QString &name, const QByteArray &bytes);
    void writeManaged(const QByteArray &bytes) { writeManagedFile("pauzeknop.conf", bytes); }
    void writeManagedFile(const QString &name, const QByteArray &bytes);
    void exec(const QString &sql);
    void lockUsageLog();
    void replaceUsageLogWithAFolder();
    void blockDataFolder();
    void fillTheDisk();
    std::unique_ptr<Squatter> plantSquatter();
    void plantTempLink();
    void fakeClock(const QString &offset);
    static bool canFakeTheClock();

private:
    qint64 countEvents(const QString &path) const;

    QString m_data;
    QString m_seeded; // where the seeded history was written
    qint64 m_seededEvents = 0;
    QString m_mounted;
    QString m_lockConnection;
};

} // namespace pk::test
