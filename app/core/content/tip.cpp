#include "tip.h"

#include <QCoreApplication>

namespace pk {
namespace {

struct SituationInfo
{
    Situation situation;
    const char *id;
    const char *title;
};

const QList<SituationInfo> &situations()
{
    static const QList<SituationInfo> table{
        {Situation::InTheMoment, "moment", QT_TRANSLATE_NOOP("TipCatalog", "Right now")},
        {Situation::CryingBaby, "crying", QT_TRANSLATE_NOOP("TipCatalog", "A crying baby")},
        {Situation::WontSleep, "sleep", QT_TRANSLATE_NOOP("TipCatalog", "Won't sleep")},
        {Situation::Tantrum, "tantrum", QT_TRANSLATE_NOOP("TipCatalog", "A tantrum")},
        {Situation::Feeding, "feeding", QT_TRANSLATE_NOOP("TipCatalog", "Feeding and meals")},
        {Situation::GroupChaos, "group",
         QT_TRANSLATE_NOOP("TipCatalog", "A hectic group in childcare")},
        {Situation::Exhausted, "exhausted", QT_TRANSLATE_NOOP("TipCatalog", "Worn out")},
        {Situation::Afterwards, "afterwards", QT_TRANSLATE_NOOP("TipCatalog", "Afterwards")},
    };
    return table;
}

const QList<std::pair<Audience, const char *>> &audienceIds()
{
    static const QList<std::pair<Audience, const char *>> table{
        {Audience::Parent, "parent"},
        {Audience::Grandparent, "grandparent"},
        {Audience::ChildcareWorker, "childcare"},
        {Audience::Other, "other"},
    };
    return table;
}

} // namespace

bool Tip::servesRegion(const QString &region) const
{
    return region.isEmpty() || regions.isEmpty() || regions.contains(region);
}

const QRegularExpression &Tip::rolePattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{line:([a-z0-9-]{1,40})\\}"));
    return pattern;
}

QStringList Tip::roles() const
{
    QStringList found;
    auto it = rolePattern().globalMatch(text.english);
    while (it.hasNext())
        found.append(it.next().captured(1));
    return found;
}

QString Tip::displayText(const QString &language) const
{
    if (!textWithoutLine.isEmpty() && !roles().isEmpty())
        return textWithoutLine.display(language);
    return text.display(language);
}

QString Tip::displaySource() const
{
    if (source == teamSource())
        return QCoreApplication::translate("Content", "Advice of the Pauzeknop team");
    return source;
}

namespace ContentIds {

QString situationId(Situation situation)
{
    for (const SituationInfo &info : situations()) {
        if (info.situation == situation)
            return QString::fromLatin1(info.id);
    }
    return {};
}

bool situationFromId(const QString &id, Situation *situation)
{
    for (const SituationInfo &info : situations()) {
        if (id == QLatin1String(info.id)) {
            *situation = info.situation;
            return true;
        }
    }
    return false;
}

QList<Situation> allSituations()
{
    QList<Situation> all;
    for (const SituationInfo &info : situations())
        all.append(info.situation);
    return all;
}

QString situationTitle(Situation situation)
{
    for (const SituationInfo &info : situations()) {
        if (info.situation == situation)
            return QCoreApplication::translate("TipCatalog", info.title);
    }
    return {};
}

QString audienceId(Audience audience)
{
    for (const auto &[candidate, id] : audienceIds()) {
        if (candidate == audience)
            return QString::fromLatin1(id);
    }
    return {};
}

bool audienceFromId(const QString &id, Audience *audience)
{
    for (const auto &[candidate, name] : audienceIds()) {
        if (id == QLatin1String(name)) {
            *audience = candidate;
            return true;
        }
    }
    return false;
}

QList<Audience> allAudiences()
{
    QList<Audience> all;
    for (const auto &entry : audienceIds())
        all.append(entry.first);
    return all;
}

} // namespace ContentIds
} // namespace pk
