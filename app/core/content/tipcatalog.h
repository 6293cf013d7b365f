#pragma once

#include "tip.h"

#include <optional>

namespace pk {

// All tips the app can show (built-ins first, then the organisation's) and the ways to pick them.
class TipCatalog
{
public:
    // The built-in tips.
    TipCatalog();
    explicit TipCatalog(QList<Tip> tips);

    // Adds an organisation's tips; a tip whose id is already taken is skipped (built-ins are
    // never replaced). Returns the ids that were skipped.
    QStringList add(const QList<Tip> &tips);

    const QList<Tip> &all() const { return m_tips; }
    const Tip *find(const QString &id) const;

    // region: only tips that may be shown there ("" for any; see Tip::regions).
    QList<Tip> forAudience(Audience audience) const;
    QList<Tip> inSituation(Situation situation, const QString &region = {}) const;
    QList<Tip> forAudience(Audience audience, Situation situation,
                           const QString &region = {}) const;
    // The situations that have at least one tip for the audience, in their usual order.
    QList<Situation> situationsFor(Audience audience, const QString &region = {}) const;

    // One tip that fits the audience (in the situation when given; the moment itself when
    // there is none there). seed picks among them, so the same seed gives the same tip.
    // Empty id only when the catalogue has nothing at all for the audience.
    Tip oneFor(Audience audience, std::optional<Situation> situation = {}, quint32 seed = 0,
               const QString &region = {}) const;

private:
    QList<Tip> m_tips;
};

} // namespace pk
