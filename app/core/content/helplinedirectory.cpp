#include "helplinedirectory.h"

#include "builtinhelplines.h"

#include <algorithm>

namespace pk {
namespace {

int rank(const Helpline &line, const QDateTime &now, const QTimeZone &zone)
{
    if (line.emergency)
        return 0;
    switch (HelplineDirectory::status(line, now, zone).state) {
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
    : m_lines(BuiltInHelplines::all())
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
                                             const QDateTime &now) const
{
    const QTimeZone zone = zoneFor(region);
    QList<std::pair<int, Helpline>> ranked;
    for (const Helpline &line : m_lines) {
        if (!line.regions.contains(region))
            continue;
        if (!audience.isEmpty() && !line.audiences.contains(audience))
            continue;
        ranked.append({rank(line, now, zone), line});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Helpline> result;
    for (const auto &entry : ranked)
        result.append(entry.second);
    return result;
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

OpeningHours::Status HelplineDirectory::status(const HelplineChannel &channel, const QDateTime &now,
                                               const QTimeZone &zone)
{
    if (!channel.hoursKnown())
        return {};
    return OpeningHours::parse(channel.hours).statusAt(now, zone);
}

OpeningHours::Status HelplineDirectory::status(const Helpline &line, const QDateTime &now,
                                               const QTimeZone &zone)
{
    const HelplineChannel *main = line.channel(HelplineChannel::Kind::Phone);
    if (!main && !line.channels.isEmpty())
        main = &line.channels.constFirst();
    return main ? status(*main, now, zone) : OpeningHours::Status{};
}

} // namespace pk
