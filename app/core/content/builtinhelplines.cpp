#include "builtinhelplines.h"

namespace pk {
namespace {

using K = HelplineChannel::Kind;

const QStringList caregivers{QStringLiteral("parent"), QStringLiteral("grandparent"),
                             QStringLiteral("childcare"), QStringLiteral("other")};
const QStringList allBelgium{QStringLiteral("BE-VLG"), QStringLiteral("BE-BRU"),
                             QStringLiteral("BE-WAL"), QStringLiteral("BE-DG")};
const QStringList flandersBrussels{QStringLiteral("BE-VLG"), QStringLiteral("BE-BRU")};
const QStringList walloniaBrussels{QStringLiteral("BE-WAL"), QStringLiteral("BE-BRU")};

QStringList ids(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

HelplineChannel channel(K kind, const char *value, const char *hours, bool confirmed)
{
    HelplineChannel c;
    c.kind = kind;
    c.value = QString::fromUtf8(value);
    c.hours = QString::fromLatin1(hours);
    c.hoursConfirmed = confirmed;
    return c;
}

// verified: the number and purpose come from a primary or recent source (H in CONTENT.md).
Helpline line(const char *id, const char *name, const char *purpose, const char *url, bool verified)
{
    Helpline h;
    h.id = QString::fromLatin1(id);
    h.name = QString::fromUtf8(name);
    h.purpose = QString::fromUtf8(purpose);
    h.sourceUrl = QString::fromLatin1(url);
    h.audiences = caregivers;
    h.verified = verified;
    if (verified)
        h.verifiedOn = BuiltInHelplines::checkedOn();
    return h;
}

QList<Helpline> build()
{
    QList<Helpline> all;

    Helpline h = line("be-112", "112",
                      QT_TRANSLATE_NOOP("HelplineCatalog",
                                        "Immediate danger, an injury, or a child who is hurt or "
                                        "very ill. Police: 101."),
                      "https://www.112.be", true);
    h.topics = ids("emergency");
    h.channels = {channel(K::Phone, "112", "24/7", true)};
    h.emergency = true;
    h.languages = ids("nl fr de en");
    h.regions = allBelgium;
    all.append(h);

    h = line("be-1712", "1712",
             QT_TRANSLATE_NOOP("HelplineCatalog",
                               "Violence, abuse and child abuse. Also for people who sometimes "
                               "use violence themselves. Not an emergency line."),
             "https://www.1712.be", true);
    h.topics = ids("violence child-abuse");
    // Weekdays 9-17 comes from a 2019 source; chat hours are not confirmed.
    h.channels = {channel(K::Phone, "1712", "Mo-Fr 09:00-17:00", false),
                  channel(K::Chat, "https://www.1712.be", "", false),
                  channel(K::Web, "https://www.1712.be", "", false)};
    h.anonymous = true;
    h.languages = ids("nl");
    h.regions = flandersBrussels;
    all.append(h);

    h = line("be-tele-onthaal", "Tele-Onthaal",
             QT_TRANSLATE_NOOP("HelplineCatalog",
                               "An anonymous listening line for anyone who needs to talk."),
             "https://www.tele-onthaal.be", true);
    h.topics = ids("listening");
    h.channels = {channel(K::Phone, "106", "24/7", true),
                  channel(K::Chat, "https://www.tele-onthaal.be", "", false)};
    h.anonymous = true;
    h.languages = ids("nl");
    h.regions = flandersBrussels;
    all.append(h);

    h = line("be-zelfmoordlijn", "Zelfmoordlijn 1813",
             QT_TRANSLATE_NOOP("HelplineCatalog", "For anyone with thoughts of suicide."),
             "https://www.zelfmoord1813.be", true);
    h.topics = ids("suicide");
    // The chat's daily 17-24 is not confirmed by a recent source.
    h.channels = {channel(K::Phone, "1813", "24/7", true),
                  channel(K::Chat, "https://www.zelfmoord1813.be", "Mo-Su 17:00-24:00", false)};
    h.anonymous = true;
    h.languages = ids("nl");
    h.regions = flandersBrussels;
    all.append(h);

    h = line("be-kind-en-gezin", "Kind en Gezin-Lijn",
             QT_TRANSLATE_NOOP("HelplineCatalog",
                               "Questions about babies, young children and childcare."),
             "https://www.kindengezin.be", true);
    h.topics = ids("parenting");
    h.channels = {channel(K::Phone, "078 150 100", "", false),
                  channel(K::Web, "https://www.kindengezin.be", "", false)};
    h.cost = Helpline::Cost::Zonal;
    h.languages = ids("nl");
    h.regions = flandersBrussels;
    all.append(h);

    h = line("be-1733", "1733",
             QT_TRANSLATE_NOOP("HelplineCatalog",
                               "The doctor on call for medical help that is not an emergency, "
                               "outside GP hours: evenings, nights and weekends."),
             "https://www.1733.be", true);
    h.topics = ids("medical");
    h.channels = {channel(K::Phone, "1733", "", false)};
    h.cost = Helpline::Cost::Zonal;
    h.languages = ids("nl fr de");
    h.regions = allBelgium;
    all.append(h);

    h = line("be-caw", "CAW",
             QT_TRANSLATE_NOOP("HelplineCatalog",
                               "General welfare help for anyone with a question or a problem."),
             "https://www.caw.be", false);
    h.topics = ids("welfare");
    h.channels = {channel(K::Phone, "0800 13 500", "", false),
                  channel(K::Web, "https://www.caw.be", "", false)};
    h.languages = ids("nl");
    h.regions = flandersBrussels;
    all.append(h);

    // For children and young people, not for the adults this app speaks to.
    h = line("be-awel", "Awel",
             QT_TRANSLATE_NOOP("HelplineCatalog", "For children and young people."),
             "https://awel.be", true);
    h.audiences = ids("children");
    h.topics = ids("children listening");
    h.channels = {channel(K::Phone, "102", "", false)};
    h.languages = ids("nl");
    h.regions = ids("BE-VLG");
    all.append(h);

    h = line("be-tele-accueil", "Télé-Accueil",
             QT_TRANSLATE_NOOP("HelplineCatalog",
                               "A listening line for anyone who needs to talk, in French."),
             "https://www.tele-accueil.be", true);
    h.topics = ids("listening");
    h.channels = {channel(K::Phone, "107", "24/7", true)};
    h.anonymous = true;
    h.languages = ids("fr");
    h.regions = walloniaBrussels;
    all.append(h);

    h = line("be-ecoute-enfants", "Écoute-Enfants",
             QT_TRANSLATE_NOOP("HelplineCatalog",
                               "For children, and for adults who are worried about a child. In "
                               "French."),
             "https://www.103ecoute.be", false);
    h.audiences = caregivers + ids("children");
    h.topics = ids("children child-abuse");
    // Daily 10-24 comes from a 2014 source.
    h.channels = {channel(K::Phone, "103", "Mo-Su 10:00-24:00", false)};
    h.languages = ids("fr");
    h.regions = walloniaBrussels;
    all.append(h);

    h = line("be-telefonhilfe", "Telefonhilfe",
             QT_TRANSLATE_NOOP("HelplineCatalog",
                               "A listening line for anyone who needs to talk, in German."),
             "https://www.telefonhilfe.be", true);
    h.topics = ids("listening");
    h.channels = {channel(K::Phone, "108", "24/7", true)};
    h.anonymous = true;
    h.languages = ids("de");
    h.regions = ids("BE-DG");
    all.append(h);

    h = line("nl-112", "112",
             QT_TRANSLATE_NOOP("HelplineCatalog",
                               "Immediate danger, an injury, or a child who is hurt or very ill."),
             "https://www.112.nl", true);
    h.topics = ids("emergency");
    h.channels = {channel(K::Phone, "112", "24/7", true)};
    h.emergency = true;
    h.languages = ids("nl en");
    h.regions = ids("NL");
    all.append(h);

    h = line("nl-veilig-thuis", "Veilig Thuis",
             QT_TRANSLATE_NOOP("HelplineCatalog",
                               "Domestic violence and child abuse. Also for people who use "
                               "violence themselves."),
             "https://veiligthuis.nl", true);
    h.topics = ids("violence child-abuse");
    h.channels = {channel(K::Phone, "0800-2000", "24/7", true),
                  channel(K::Chat, "https://veiligthuis.nl", "", false)};
    h.languages = ids("nl");
    h.regions = ids("NL");
    all.append(h);

    h = line("nl-113", "113 Zelfmoordpreventie",
             QT_TRANSLATE_NOOP("HelplineCatalog",
                               "For anyone with thoughts of suicide. 113 is also possible."),
             "https://www.113.nl", true);
    h.topics = ids("suicide");
    h.channels = {channel(K::Phone, "0800-0113", "24/7", true),
                  channel(K::Phone, "113", "24/7", true),
                  channel(K::Chat, "https://www.113.nl", "24/7", true)};
    h.languages = ids("nl");
    h.regions = ids("NL");
    all.append(h);

    return all;
}

} // namespace

QDate BuiltInHelplines::checkedOn()
{
    return QDate(2026, 11, 28);
}

const QList<Helpline> &BuiltInHelplines::all()
{
    static const QList<Helpline> lines = build();
    return lines;
}

} // namespace pk
