#pragma once

#include "helpline.h"
#include "openinghours.h"

#include <QTimeZone>

namespace pk {

// All helplines the app knows (built-ins and the organisation's), and which to show where.
class HelplineDirectory
{
public:
    // The built-in lines.
    HelplineDirectory();
    explicit HelplineDirectory(QList<Helpline> lines);

    // Adds an organisation's lines (before the built-in ones of the same rank, so the
    // organisation's own contact comes first); an id already taken is skipped. Returns them.
    QStringList add(const QList<Helpline> &lines);

    const QList<Helpline> &all() const { return m_lines; }
    const Helpline *find(const QString &id) const;

    // The lines for a region and audience ("parent", ...; "" for any), in the order to show:
    // emergency lines first, then open, then hours not known, then closed; among equals the
    // lines that speak the reader's language (a UI language code, "" for none) come first.
    QList<Helpline> forRegion(const QString &region, const QString &audience, const QDateTime &now,
                              const QString &language = {}) const;
    // The line that fills a role ("listening", ...) in a region, one that speaks the reader's
    // language when there is one; nullptr when the region has no line for the role.
    const Helpline *forRole(const QString &role, const QString &region,
                            const QString &language = {}) const;

    // Europe/Amsterdam for NL, Europe/Brussels otherwise.
    static QTimeZone zoneFor(const QString &region);
    // Whose public holidays "PH" means in the region.
    static PublicHolidays::Country countryFor(const QString &region);
    static QStringList regions();
    // The state of one channel now in a region: unconfirmed hours are Unknown, never Open.
    static OpeningHours::Status status(const HelplineChannel &channel, const QDateTime &now,
                                       const QString &region);
    // The state of the line's main channel (its first phone number).
    static OpeningHours::Status status(const Helpline &line, const QDateTime &now,
                                       const QString &region);

private:
    QList<Helpline> m_lines;
};

} // namespace pk
