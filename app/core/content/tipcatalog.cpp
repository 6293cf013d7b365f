#include "tipcatalog.h"

#include "builtincontent.h"

namespace pk {

TipCatalog::TipCatalog()
    : m_tips(BuiltInContent::tips())
{}

TipCatalog::TipCatalog(QList<Tip> tips)
    : m_tips(std::move(tips))
{}

QStringList TipCatalog::add(const QList<Tip> &tips)
{
    QStringList skipped;
    for (const Tip &tip : tips) {
        if (tip.id.isEmpty() || find(tip.id)) {
            skipped.append(tip.id);
            continue;
        }
        m_tips.append(tip);
    }
    return skipped;
}

const Tip *TipCatalog::find(const QString &id) const
{
    for (const Tip &tip : m_tips) {
        if (tip.id == id)
            return &tip;
    }
    return nullptr;
}

QList<Tip> TipCatalog::forAudience(Audience audience) const
{
    QList<Tip> result;
    for (const Tip &tip : m_tips) {
        if (tip.isFor(audience))
            result.append(tip);
    }
    return result;
}

QList<Tip> TipCatalog::inSituation(Situation situation, const QString &region) const
{
    QList<Tip> result;
    for (const Tip &tip : m_tips) {
        if (tip.situation == situation && tip.servesRegion(region))
            result.append(tip);
    }
    return result;
}

QList<Tip> TipCatalog::forAudience(Audience audience, Situation situation,
                                   const QString &region) const
{
    QList<Tip> result;
    for (const Tip &tip : m_tips) {
        if (tip.situation == situation && tip.isFor(audience) && tip.servesRegion(region))
            result.append(tip);
    }
    return result;
}

QList<Situation> TipCatalog::situationsFor(Audience audience, const QString &region) const
{
    QList<Situation> result;
    for (Situation situation : ContentIds::allSituations()) {
        if (!forAudience(audience, situation, region).isEmpty())
            result.append(situation);
    }
    return result;
}

Tip TipCatalog::oneFor(Audience audience, std::optional<Situation> situation, quint32 seed,
                       const QString &region) const
{
    QList<Tip> candidates;
    if (situation)
        candidates = forAudience(audience, *situation, region);
    if (candidates.isEmpty())
        candidates = forAudience(audience, Situation::InTheMoment, region);
    if (candidates.isEmpty())
        candidates = forAudience(audience);
    if (candidates.isEmpty())
        return {};
    return candidates.at(static_cast<qsizetype>(seed % quint32(candidates.size())));
}

} // namespace pk
