#pragma once

#include "localizedtext.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pk {

// One way to reach a helpline (phone, chat, ...), with its opening hours.
struct HelplineChannel
{
    enum class Kind
    {
        Phone,
        Chat,
        Sms,
        Mail,
        Web,
    };
    Kind kind = Kind::Phone;
    QString value; // a number for phone and sms, an address for mail, a URL for chat and web
    // OpenStreetMap opening_hours (the subset of OpeningHours); "" = not known.
    QString hours;
    // False when the hours come from a dated or unconfirmed source: they then show as
    // "hours not known", never as open.
    bool hoursConfirmed = false;

    bool hoursKnown() const { return hoursConfirmed && !hours.isEmpty(); }
    static QString kindId(Kind kind);
    static bool kindFromId(const QString &id, Kind *kind);
};

// A line that helps (CONTENT.md section 3; model after findahelpline.com and schema.org
// ContactPoint). Names stay in their official language; purpose and mention are translated
// (built-ins, through the .ts files) or carried in the organisation's file.
struct Helpline
{
    enum class Cost
    {
        Free,
        Zonal, // a normal call rate
    };
    QString id;
    QString name;
    LocalizedText purpose; // what the line is for
    LocalizedText mention; // how a tip names it ("1733, the doctor on call"); may be empty
    QStringList roles;     // what tips may call it for: listening, crisis, doctor-on-call, ...
    QStringList audiences; // parent, grandparent, childcare, other, children
    QStringList topics;    // free ids for editors: emergency, violence, listening, ...
    QList<HelplineChannel> channels;
    Cost cost = Cost::Free;
    bool anonymous = false;
    bool emergency = false;
    QStringList languages; // nl, fr, de, en: the languages the line answers in, everywhere
    // For a line that serves several regions in different languages (1733): region -> the
    // languages it answers in there. A region listed here uses this list instead of languages.
    QHash<QString, QStringList> regionLanguages;
    QStringList regions;   // BE-VLG, BE-BRU, BE-WAL, BE-DG, NL
    bool verified = false; // number and purpose confirmed by a primary or recent source
    QDate verifiedOn;      // the day that source was checked
    QString sourceUrl;
    bool fromOrganisation = false;

    // The first channel of this kind, or nullptr.
    const HelplineChannel *channel(HelplineChannel::Kind kind) const;
    // The main number (first phone channel), "" when there is none.
    QString phoneNumber() const;
    // Every phone number, the main one first.
    QStringList phoneNumbers() const;
    // The purpose in a UI language.
    QString displayPurpose(const QString &language = {}) const;
    // The languages the line answers in within a region, the region's own language first.
    QStringList languagesIn(const QString &region) const
    {
        return regionLanguages.value(region, languages);
    }
    // True when the line answers in this language in the region (an empty list: none known).
    bool speaks(const QString &language, const QString &region) const
    {
        return languagesIn(region).contains(language);
    }
};

} // namespace pk
