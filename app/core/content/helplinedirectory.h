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
    // emergency lines first, then open, then hours not known, then closed.
    QList<Helpline> forRegion(const QString &region, const QString &audience,
                              const QDateTime &now) const;

    // Europe/Amsterdam for NL, Europe/Brussels otherwise.
    static QTimeZone zoneFor(const QString &region);
    static QStringList regions();
    // The state of one channel now: unconfirmed hours are Unknown, never Open.
    static OpeningHours::Status status(const HelplineChannel &channel, const QDateTime &now,
                                       const QTimeZone &zone);
    // The state of the line's main channel (its first phone number).
    static OpeningHours::Status status(const Helpline &line, const QDateTime &now,
                                       const QTimeZone &zone);

private:
    QList<Helpline> m_lines;
};

} // namespace pk
