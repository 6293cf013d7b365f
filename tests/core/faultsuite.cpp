#include "faultsuite.h"

#include "content/cryingplan.h"
#include "settings/settings.h"
#include "shell/appshell.h"
#include "usage/usagelog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#if defined(Q_OS_UNIX)
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace pk::test {
namespace {

const QString FakeTimeLibrary =
    QStringLiteral("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1");

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace

QByteArray repeated(const QByteArray &piece, qsizetype bytes)
{
    QByteArray text;
    text.reserve(bytes);
    while (text.size() + piece.size() <= bytes)
        text += piece;
    return text;
}

QByteArray noise(qsizetype bytes)
{
    QByteArray text(bytes, Qt::Uninitialized);
    quint32 state = 2166136261u;
    for (char &c : text) {
        state = state * 1664525u + 1013904223u;
        c = char(state >> 24);
    }
    return text;
}

FaultHome::FaultHome()
    : m_data(path(QStringLiteral("data")))
    , m_seeded(m_data)
{
    QDir().mkpath(m_data);
}

FaultHome::~FaultHome()
{
    stop();
    if (!m_lockConnection.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_lockConnection, false);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_lockConnection);
    }
#if defined(Q_OS_UNIX)
    if (!m_mounted.isEmpty())
        ::umount2(QFile::encodeName(m_mounted).constData(), MNT_DETACH);
#endif
}

qint64 FaultHome::timeToPause()
{
    start({QStringLiteral("--pause"), QStringLiteral("--data-dir"), m_data});
    return waitForPause();
}

std::unique_ptr<AppShell> FaultHome::buildInProcess()
{
    const ScopedEnv managed("PAUZEKNOP_MANAGED_DIR", path(QStringLiteral("managed")).toLocal8Bit());
    StartOptions options;
    options.pause = true;
    options.dataDir = m_data;
    options.language = QStringLiteral("en");
    auto shell = std::make_unique<AppShell>(options);
    shell->start();
    return shell;
}

void FaultHome::seedHistory()
{
    UsageLog log;
    qint64 now = QDateTime::currentSecsSinceEpoch() - 100 * 86400;
    log.setClock([&now] { return now; });
    log.open(m_data);
    for (int day = 0; day < 100; ++day, now += 86400)
        log.record(UsageEvent::PauseStarted, QStringLiteral("home"));
    log.flush();
    m_seededEvents = 100;
    Settings settings(QDir(m_data).filePath(QStringLiteral("settings.ini")),
                      path(QStringLiteral("managed/none.conf")));
    CryingPlan::save(settings, {{QStringLiteral("Oma Rita"), QStringLiteral("0470 12 34 56"),
                                 QStringLiteral("after 18:00")}});
    settings.setValue(Settings::Key::Region, QStringLiteral("BE-VLG"));
}

qint64 FaultHome::countEvents(const QString &file) const
{
    const QString name = QStringLiteral("fault-count");
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT count(*) FROM events")) && query.next())
                count = query.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

QList<QByteArray> FaultHome::dataFingerprint() const
{
    QList<QByteArray> prints;
    QDirIterator files(m_seeded, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString file = files.next();
        const QString name = QFileInfo(file).fileName();
        if (name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm")))
            continue;
        prints.append(name.toUtf8() + ' ' + hashOf(file));
    }
    return prints;
}

bool FaultHome::keeps(const QList<QByteArray> &before) const
{
    QList<QByteArray> hashesAfter;
    QDirIterator files(m_seeded, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext())
        hashesAfter.append(hashOf(files.next()));
    for (const QByteArray &print : before) {
        const QByteArray name = print.left(print.indexOf(' '));
        const QByteArray hash = print.mid(print.indexOf(' ') + 1);
        if (hashesAfter.contains(hash))
            continue; // untouched, or moved aside whole
        // The live log may have grown (the pause was recorded): the seeded events are all there.
        if (name == "usage.sqlite" &&
            countEvents(QDir(m_seeded).filePath(QStringLiteral("usage.sqlite"))) >= m_seededEvents)
            continue;
        // Settings are rewritten when the app saves something: the crying plan is still in it.
        if (name == "settings.ini") {
            Settings settings(QDir(m_seeded).filePath(QStringLiteral("settings.ini")),
                              path(QStringLiteral("managed/none.conf")));
            if (!CryingPlan::load(settings).isEmpty())
                continue;
        }
        std::printf("  lost: %s\n", print.constData());
        return false;
    }
    return true;
}

void FaultHome::writeData(const QString &name, const QByteArray &bytes)
{
    writeFile(QDir(m_data).filePath(name), bytes);
}

void FaultHome::writeManagedFile(const QString &name, const QByteArray &bytes)
{
    writeFile(QDir(path(QStringLiteral("managed"))).filePath(name), bytes);
}

void FaultHome::exec(const QString &sql)
{
    const QString name = QStringLiteral("fault-exec");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(m_data).filePath(QStringLiteral("usage.sqlite")));
        db.open();
        QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void FaultHome::lockUsageLog()
{
    m_lockConnection = QStringLiteral("fault-lock-%1").arg(quintptr(this));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_lockConnection);
    db.setDatabaseName(QDir(m_data).filePath(QStringLiteral("usage.sqlite")));
    db.open();
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
    query.exec(QStringLiteral("BEGIN EXCLUSIVE"));
    query.exec(QStringLiteral("INSERT INTO names (name) VALUES ('lock')"));
}

void FaultHome::replaceUsageLogWithAFolder()
{
    const QString log = QDir(m_data).filePath(QStringLiteral("usage.sqlite"));
    QFile::rename(log, log + QStringLiteral(".kept"));
    QDir().mkpath(log);
    m_seededEvents = 0; // the live log is the folder now; the kept copy must stay whole
}

void FaultHome::blockDataFolder()
{
    // The folder the data would go in is a file: nothing can be made there, for root as well.
    writeFile(path(QStringLiteral("blocked")), "not a folder");
    m_data = path(QStringLiteral("blocked/data"));
}

void FaultHome::fillTheDisk()
{
#if defined(Q_OS_UNIX)
    const QString small = path(QStringLiteral("small"));
    QDir().mkpath(small);
    if (::mount("tmpfs", QFile::encodeName(small).constData(), "tmpfs", 0, "size=512k") != 0)
        return;
    m_mounted = small;
    for (const QString &name : QDir(m_data).entryList(QDir::Files))
        QFile::copy(QDir(m_data).filePath(name), QDir(small).filePath(name));
    m_data = small;
    m_seeded = small;
    QFile filler(QDir(small).filePath(QStringLiteral("filler")));
    filler.open(QIODevice::WriteOnly);
    const QByteArray block(4096, '\0');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    filler.close();
    QFile::remove(QDir(small).filePath(QStringLiteral("filler"))); // not data: the disk stays full
    QFile again(QDir(small).filePath(QStringLiteral("filler")));
    again.open(QIODevice::WriteOnly);
    while (again.write(block) == block.size() && again.flush()) {
    }
#endif
}

std::unique_ptr<Squatter> FaultHome::plantSquatter()
{
    const QString name = socketFileName(*this);
    QFile::setPermissions(runtimeDir(), QFileDevice::Permissions(0x7777));
    return std::make_unique<Squatter>(QDir(runtimeDir()).filePath(name));
}

void FaultHome::plantTempLink()
{
#if defined(Q_OS_UNIX)
    environment().remove(QStringLiteral("XDG_RUNTIME_DIR"));
    const QString theirs = path(QStringLiteral("tmp/theirs"));
    QDir().mkpath(theirs);
    QFile::link(theirs, path(QStringLiteral("tmp/pauzeknop-%1").arg(::getuid())));
#endif
}

void FaultHome::fakeClock(const QString &offset)
{
    environment().insert(QStringLiteral("LD_PRELOAD"), FakeTimeLibrary);
    environment().insert(QStringLiteral("FAKETIME"), offset);
    environment().insert(QStringLiteral("FAKETIME_DONT_FAKE_MONOTONIC"), QStringLiteral("1"));
    environment().insert(QStringLiteral("FAKETIME_DONT_RESET"), QStringLiteral("1"));
}

bool FaultHome::canFakeTheClock()
{
    return QFileInfo::exists(FakeTimeLibrary);
}

} // namespace pk::test
