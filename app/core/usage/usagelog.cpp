#include "usagelog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <type_traits>

namespace pk {

Q_LOGGING_CATEGORY(lcUsage, "pauzeknop.usage.log")

namespace {

bool isPlainId(const QString &text, bool allowEmpty)
{
    static const QRegularExpression id(QStringLiteral("^[a-z0-9_.-]{1,64}$"));
    return (allowEmpty && text.isEmpty()) || id.match(text).hasMatch();
}

UsageLog::State stateOf(UsageStore::Mode mode)
{
    switch (mode) {
    case UsageStore::Mode::OnDisk:
        return UsageLog::State::OnDisk;
    case UsageStore::Mode::InMemory:
        return UsageLog::State::InMemory;
    case UsageStore::Mode::ReadOnly:
        return UsageLog::State::ReadOnly;
    case UsageStore::Mode::Closed:
        break;
    }
    return UsageLog::State::Closed;
}

} // namespace

UsageLog::UsageLog(QObject *parent)
    : QObject(parent)
    , m_writer(std::make_unique<QObject>())
    , m_store(std::make_unique<UsageStore>(
          QStringLiteral("pauzeknop-usage-%1").arg(quintptr(this), 0, 16)))
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    m_thread.setObjectName(QStringLiteral("usage-writer"));
    m_writer->moveToThread(&m_thread);
    m_thread.start();
}

UsageLog::~UsageLog()
{
    onWriter([this] {
        flushPending();
        m_store->close();
    });
    m_thread.quit();
    m_thread.wait();
}

template <typename F>
auto UsageLog::onWriter(F function) const -> decltype(function())
{
    using Result = decltype(function());
    if constexpr (std::is_void_v<Result>) {
        QMetaObject::invokeMethod(m_writer.get(), function, Qt::BlockingQueuedConnection);
    } else {
        Result result{};
        QMetaObject::invokeMethod(
            m_writer.get(), [&result, &function] { result = function(); },
            Qt::BlockingQueuedConnection);
        return result;
    }
}

QString UsageLog::fileName()
{
    return QStringLiteral("usage.sqlite");
}

void UsageLog::setClock(std::function<qint64()> secondsSinceEpoch)
{
    m_clock = std::move(secondsSinceEpoch);
}

bool UsageLog::open(const QString &directory)
{
    m_filePath = QDir(directory).filePath(fileName());
    const UsageStore::Opened opened = onWriter([this, directory] {
        const UsageStore::Opened result = m_store->open(directory);
        ++m_generation;
        flushPending();
        return result;
    });
    applyOpened(opened);
    return m_state == State::OnDisk;
}

void UsageLog::openInBackground(const QString &directory, int retentionDays)
{
    m_filePath = QDir(directory).filePath(fileName());
    QMetaObject::invokeMethod(m_writer.get(), [this, directory, retentionDays] {
        const UsageStore::Opened result = m_store->open(directory);
        ++m_generation;
        flushPending();
        QMetaObject::invokeMethod(this, [this, result] { applyOpened(result); });
        retainInSteps(retentionDays);
    });
}

void UsageLog::openInMemory(const QString &reason)
{
    const UsageStore::Opened opened = onWriter([this, reason] {
        const UsageStore::Opened result = m_store->openInMemory(reason);
        ++m_generation;
        flushPending();
        return result;
    });
    applyOpened(opened);
}

void UsageLog::close()
{
    onWriter([this] {
        m_store->close();
        ++m_generation;
    });
    m_state = State::Closed;
}

void UsageLog::applyOpened(const UsageStore::Opened &opened)
{
    m_state = stateOf(opened.mode);
    m_movedAside = opened.movedAside;
    m_newerVersion = opened.newerVersion;
    if (m_problem != opened.problem) {
        m_problem = opened.problem;
        Q_EMIT problemChanged(m_problem);
    }
    Q_EMIT statusChanged();
}

bool UsageLog::record(const QString &type, const QString &item, qint64 value)
{
    if (!isPlainId(type, false) || !isPlainId(item, true)) {
        qCWarning(lcUsage) << "refused an event that is not a plain id";
        return false;
    }
    if (!m_enabled || m_state == State::ReadOnly)
        return false;
    const UsageRecord event{m_clock() / 3600, type, item, value};
    QMetaObject::invokeMethod(m_writer.get(), [this, event] { write(event); });
    return true;
}

void UsageLog::write(const UsageRecord &event)
{
    if (m_store->mode() == UsageStore::Mode::Closed) {
        m_pending.append(event);
        return;
    }
    store(event);
}

void UsageLog::store(const UsageRecord &event)
{
    if (m_store->mode() == UsageStore::Mode::OnDisk && m_store->insert(event))
        return;
    ++m_notOnDisk; // in memory at best: never acknowledged by flush()
    if (m_store->mode() != UsageStore::Mode::OnDisk) {
        m_store->insert(event);
        return;
    }
    // A full disk or a file that became read-only: keep logging in memory for this session.
    const UsageStore::Opened memory =
        m_store->openInMemory(QStringLiteral("writing to %1 failed").arg(m_filePath));
    m_store->insert(event);
    QMetaObject::invokeMethod(this, [this, memory] { applyOpened(memory); });
}

void UsageLog::flushPending()
{
    if (m_store->mode() == UsageStore::Mode::Closed)
        return;
    const QList<UsageRecord> pending = std::exchange(m_pending, {});
    for (const UsageRecord &event : pending)
        store(event);
}

bool UsageLog::flush()
{
    return onWriter([this] {
        return m_pending.isEmpty() && m_notOnDisk == 0 &&
               m_store->mode() == UsageStore::Mode::OnDisk;
    });
}

qint64 UsageLog::retain(int days)
{
    const UsageStore::Retention retention = m_store->applyRetention(m_clock() / 3600, days);
    m_retentionHeld = retention.held;
    if (retention.held)
        qCWarning(lcUsage) << "retention held:" << retention.why;
    return retention.removed;
}

void UsageLog::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    Q_EMIT statusChanged();
}

qint64 UsageLog::applyRetention(int days)
{
    const qint64 removed = onWriter([this, days] { return retain(days); });
    if (removed > 0)
        Q_EMIT contentsChanged();
    return removed;
}

qint64 UsageLog::pausesOlderThan(int days) const
{
    if (days <= 0)
        return 0;
    const qint64 cutoff = m_clock() / 3600 - qint64(days) * 24;
    return onWriter(
        [this, cutoff] { return m_store->countOlderThan(UsageEvent::PauseStarted, cutoff); });
}

void UsageLog::applyRetentionLater(int days)
{
    QMetaObject::invokeMethod(m_writer.get(), [this, days] { retainInSteps(days); });
}

void UsageLog::retainInSteps(int days)
{
    const UsageStore::Retention plan = m_store->planRetention(m_clock() / 3600, days);
    m_retentionHeld = plan.held;
    if (plan.held)
        qCWarning(lcUsage) << "retention held:" << plan.why;
    else if (plan.cutoff > plan.oldest)
        retainStep(plan.oldest, plan.cutoff, 0, m_generation);
}

void UsageLog::retainStep(qint64 from, qint64 cutoff, qint64 removed, quint64 generation)
{
    if (generation != m_generation)
        return; // the log was closed or opened elsewhere meanwhile
    constexpr qint64 StepHours = 12;
    const qint64 to = std::min(cutoff, from + StepHours);
    removed += std::max<qint64>(0, m_store->removeBetween(from, to));
    if (to < cutoff) {
        QMetaObject::invokeMethod(
            m_writer.get(),
            [this, to, cutoff, removed, generation] {
                retainStep(to, cutoff, removed, generation);
            },
            Qt::QueuedConnection);
        return;
    }
    if (removed > 0)
        QMetaObject::invokeMethod(this, [this] { Q_EMIT contentsChanged(); });
}

bool UsageLog::deleteEverything()
{
    const bool removed = onWriter([this] {
        m_pending.clear();
        return m_store->removeAll();
    });
    if (!removed)
        return false;
    const QFileInfo file(m_filePath);
    QDir folder = file.absoluteDir();
    const QStringList kept = m_filePath.isEmpty()
                                 ? QStringList()
                                 : folder.entryList({fileName() + QStringLiteral(".damaged-*")},
                                                    QDir::Files | QDir::Hidden);
    for (const QString &name : kept)
        folder.remove(name);
    m_movedAside.clear();
    Q_EMIT statusChanged();
    Q_EMIT contentsChanged();
    return true;
}

QList<UsageRecord> UsageLog::records() const
{
    return onWriter([this] { return m_store->records(); });
}

qint64 UsageLog::count(const QString &type) const
{
    return onWriter([this, type] { return m_store->count(type); });
}

UsageInsights UsageLog::insights() const
{
    return insights(QDateTime::fromSecsSinceEpoch(m_clock()));
}

UsageInsights UsageLog::insights(const QDateTime &now) const
{
    return onWriter([this, now] {
        return UsageInsights::build(m_store->hourCounts(UsageEvent::PauseStarted),
                                    m_store->itemCounts(UsageEvent::CheckIn),
                                    m_store->itemCounts(UsageEvent::BreathingCompleted),
                                    m_store->itemCounts(UsageEvent::TipHelpful), now);
    });
}

QList<WeeklyCount> UsageLog::weeklyCounts() const
{
    return onWriter([this] { return m_store->weeklyCounts(); });
}

qint64 UsageLog::bytesInUse() const
{
    return onWriter([this] { return m_store->bytesInUse(); });
}

UsageLog::Status UsageLog::status() const
{
    if (m_newerVersion)
        return Status::NewerVersion;
    if (!m_movedAside.isEmpty())
        return Status::MovedAside;
    if (m_state == State::InMemory && !m_problem.isEmpty())
        return Status::InMemory;
    if (!m_enabled)
        return Status::Off;
    return Status::Fine;
}

QString UsageLog::statusText() const
{
    switch (status()) {
    case Status::Fine:
        break;
    case Status::Off:
        return tr("Keeping track of your pauses is off. Nothing new is written down.");
    case Status::MovedAside:
        return tr("Your earlier pause history could not be read, so a fresh one was started. "
                  "The old file was kept as %1. Pausing works as always.")
            .arg(QFileInfo(m_movedAside).fileName());
    case Status::InMemory:
        return tr("Your pauses cannot be saved in this folder right now. They are remembered "
                  "until Pauzeknop closes. Pausing works as always.");
    case Status::NewerVersion:
        return tr("Your pause history was saved by a newer version of Pauzeknop. You can look "
                  "at it, but nothing new is added until you update. Pausing works as always.");
    }
    return {};
}

} // namespace pk
