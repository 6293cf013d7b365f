#include "helplinedirectory.h"

#include "builtincontent.h"

#include <QHash>

#include <algorithm>

namespace pk {
namespace {

int rank(const Helpline &line, const QDateTime &now, const QString &region)
{
    if (line.emergency)
        return 0;
    switch (HelplineDirectory::status(line, now, region).state) {
    case OpeningHours::State::Open:
        return 1;
    case OpeningHours::State::Unknown:
        return 2;
    case OpeningHours::State::Closed:
        return 3;
    }
    return 3;
}

} // namespace

HelplineDirectory::HelplineDirectory()
    : m_lines(BuiltInContent::helplines())
{}

HelplineDirectory::HelplineDirectory(QList<Helpline> lines)
    : m_lines(std::move(lines))
{}

QStringList HelplineDirectory::add(const QList<Helpline> &lines)
{
    QStringList skipped;
    QList<Helpline> own;
    for (const Helpline &line : lines) {
        const bool taken =
            find(line.id) || std::any_of(own.cbegin(), own.cend(), [&line](const Helpline &other) {
                return other.id == line.id;
            });
        if (line.id.isEmpty() || taken)
            skipped.append(line.id);
        else
            own.append(line);
    }
    m_lines = own + m_lines;
    return skipped;
}

const Helpline *HelplineDirectory::find(const QString &id) const
{
    for (const Helpline &line : m_lines) {
        if (line.id == id)
            return &line;
    }
    return nullptr;
}

QList<Helpline> HelplineDirectory::forRegion(const QString &region, const QString &audience,
                                             const QDateTime &now, const QString &language) const
{
    QList<std::pair<int, const Helpline *>> ranked;
    for (const Helpline &line : m_lines) {
        if (!line.regions.contains(region))
            continue;
        if (!audience.isEmpty() && !line.audiences.contains(audience))
            continue;
        const int speaks = language.isEmpty() || line.speaks(language, region) ? 0 : 1;
        ranked.append({rank(line, now, region) * 2 + speaks, &line});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Helpline> result;
    result.reserve(ranked.size());
    for (const auto &entry : ranked)
        result.append(*entry.second);
    return result;
}

const Helpline *HelplineDirectory::forRole(const QString &role, const QString &region,
                                           const QString &language) const
{
    const Helpline *first = nullptr;
    for (const Helpline &line : m_lines) {
        if (!line.roles.contains(role) || !line.regions.contains(region))
            continue;
        if (line.speaks(language, region))
            return &line;
        if (!first)
            first = &line;
    }
    return first;
}

QTimeZone HelplineDirectory::zoneFor(const QString &region)
{
    return QTimeZone(region == QLatin1String("NL") ? "Europe/Amsterdam" : "Europe/Brussels");
}

QStringList HelplineDirectory::regions()
{
    return {QStringLiteral("BE-VLG"), QStringLiteral("BE-BRU"), QStringLiteral("BE-WAL"),
            QStringLiteral("BE-DG"), QStringLiteral("NL")};
}

PublicHolidays::Country HelplineDirectory::countryFor(const QString &region)
{
    if (region == QLatin1String("NL"))
        return PublicHolidays::Country::Netherlands;
    return region.startsWith(QLatin1String("BE-")) ? PublicHolidays::Country::Belgium
                                                   : PublicHolidays::Country::None;
}

OpeningHours::Status HelplineDirectory::status(const HelplineChannel &channel, const QDateTime &now,
                                               const QString &region)
{
    if (!channel.hoursKnown())
        return {};
    // Many lines share their hours ("24/7"), and a screen asks about the same moment for every
    // line: remember the answers for that moment and region (thousands of an organisation's
    // lines then cost one computation per distinct set of hours).
    thread_local QDateTime memoNow;
    thread_local QString memoRegion;
    thread_local QHash<QString, OpeningHours::Status> memo;
    if (now != memoNow || region != memoRegion || memo.size() > 256) {
        memo.clear();
        memoNow = now;
        memoRegion = region;
    }
    const auto known = memo.constFind(channel.hours);
    if (known != memo.cend())
        return *known;
    const OpeningHours::Status result =
        OpeningHours::parse(channel.hours).statusAt(now, zoneFor(region), countryFor(region));
    memo.insert(channel.hours, result);
    return result;
}

OpeningHours::Status HelplineDirectory::status(const Helpline &line, const QDateTime &now,
                                               const QString &region)
{
    const HelplineChannel *main = line.channel(HelplineChannel::Kind::Phone);
    if (!main && !line.channels.isEmpty())
        main = &line.channels.constFirst();
    return main ? status(*main, now, region) : OpeningHours::Status{};
}

} // namespace pk
