#pragma once

#include "localizedtext.h"
#include "settings/settings.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace pk {

// The moments a tip is written for (CONTENT.md section 5).
enum class Situation
{
    InTheMoment,
    CryingBaby,
    WontSleep,
    Tantrum,
    Feeding,
    GroupChaos,
    Exhausted,
    Afterwards,
};

// One short coping tip with its evidence. A tip names helplines by role ("{line:listening}"),
// never by number: TipWording fills in the line of the reader's region, or shows the tip's own
// wording without a line where the region has none.
struct Tip
{
    QString id;
    Situation situation = Situation::InTheMoment;
    QList<Audience> audiences;
    LocalizedText text;            // may name lines by role: "... or {line:listening}."
    LocalizedText textWithoutLine; // the same advice for a region without such a line
    QString source;                // where the advice comes from; teamSource() for our own
    QString sourceUrl;             // optional
    QStringList regions;           // empty: every region
    bool fromOrganisation = false;

    bool isFor(Audience audience) const { return audiences.contains(audience); }
    // True when the tip may be shown in a region ("" means any).
    bool servesRegion(const QString &region) const;
    // The roles the text names, in order ("listening", "doctor-on-call", ...).
    QStringList roles() const;
    // The text in a UI language without filling in lines: the wording without a line when the
    // text names one (used where no region applies, such as My pauses).
    QString displayText(const QString &language = {}) const;
    // The source for people: "Advice of the Pauzeknop team" for the team's own advice.
    QString displaySource() const;

    // The source value of advice that has no outside source.
    static QString teamSource() { return QStringLiteral("pauzeknop-team"); }
    // Matches one role placeholder; captured group 1 is the role.
    static const QRegularExpression &rolePattern();
};

// Stable ids for situations and audiences, as used in data files and settings.
namespace ContentIds {
QString situationId(Situation situation);
bool situationFromId(const QString &id, Situation *situation);
QList<Situation> allSituations();
// The situation's heading, translated (context "TipCatalog").
QString situationTitle(Situation situation);

QString audienceId(Audience audience);
bool audienceFromId(const QString &id, Audience *audience);
QList<Audience> allAudiences();
} // namespace ContentIds

} // namespace pk
