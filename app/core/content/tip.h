#pragma once

#include "settings/settings.h"

#include <QHash>
#include <QList>
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

// One short coping tip with its evidence. Built-in texts are English sources translated through
// the .ts files (context "TipCatalog"); an organisation's tips carry their own translations.
struct Tip
{
    QString id;
    Situation situation = Situation::InTheMoment;
    QList<Audience> audiences;
    QString text;                      // English source text
    QString source;                    // where the advice comes from, kept with it
    QHash<QString, QString> localized; // organisation tips: language code -> text
    bool fromOrganisation = false;

    bool isFor(Audience audience) const { return audiences.contains(audience); }
    // The text in the current UI language (language: "nl", "fr", ...; "" or "en" for English).
    QString displayText(const QString &language = {}) const;
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
