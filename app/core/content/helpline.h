#pragma once

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
// ContactPoint). Names stay in their official language; the purpose is translated (context
// "HelplineCatalog") or, for an organisation's own lines, carried in the file.
struct Helpline
{
    enum class Cost
    {
        Free,
        Zonal, // a normal call rate
    };
    QString id;
    QString name;
    QString purpose; // English source text
    QHash<QString, QString> localizedPurpose;
    QStringList audiences; // parent, grandparent, childcare, other, children
    QStringList topics;    // ids: emergency, violence, listening, suicide, ...
    QList<HelplineChannel> channels;
    Cost cost = Cost::Free;
    bool anonymous = false;
    bool emergency = false;
    QStringList languages; // nl, fr, de, en
    QStringList regions;   // BE-VLG, BE-BRU, BE-WAL, BE-DG, NL
    bool verified = false; // number and purpose confirmed by a primary or recent source
    QDate verifiedOn;
    QString sourceUrl;
    bool fromOrganisation = false;

    // The first channel of this kind, or nullptr.
    const HelplineChannel *channel(HelplineChannel::Kind kind) const;
    // The main number (first phone channel), "" when there is none.
    QString phoneNumber() const;
    // The purpose in the current UI language.
    QString displayPurpose(const QString &language = {}) const;
};

} // namespace pk
