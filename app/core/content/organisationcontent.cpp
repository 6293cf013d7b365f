#include "organisationcontent.h"

#include "openinghours.h"
#include "settings/managedlocation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace pk {
namespace {

const QStringList knownRegions{QStringLiteral("BE-VLG"), QStringLiteral("BE-BRU"),
                               QStringLiteral("BE-WAL"), QStringLiteral("BE-DG"),
                               QStringLiteral("NL")};
const QStringList knownAudiences{QStringLiteral("parent"), QStringLiteral("grandparent"),
                                 QStringLiteral("childcare"), QStringLiteral("other")};

bool isId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

// A text is either one string or {"en": "...", "nl": "...", ...}; the first is the fallback.
bool readText(const QJsonValue &value, QString *fallback, QHash<QString, QString> *localized)
{
    if (value.isString()) {
        *fallback = value.toString().trimmed();
        return !fallback->isEmpty();
    }
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString text = it.value().toString().trimmed();
        if (text.isEmpty())
            continue;
        localized->insert(it.key(), text);
    }
    *fallback = localized->value(QStringLiteral("en"));
    if (fallback->isEmpty() && !localized->isEmpty())
        *fallback = localized->begin().value();
    return !fallback->isEmpty();
}

// A list of strings, each of which must be in allowed (when given).
bool readList(const QJsonValue &value, const QStringList &allowed, QStringList *out, QString *bad)
{
    if (!value.isArray())
        return false;
    for (const QJsonValue &item : value.toArray()) {
        const QString text = item.toString();
        if (text.isEmpty() || (!allowed.isEmpty() && !allowed.contains(text))) {
            *bad = item.isString() ? text : QStringLiteral("(not a text)");
            return false;
        }
        out->append(text);
    }
    return !out->isEmpty();
}

} // namespace

QString OrganisationContent::defaultPath()
{
    return ManagedLocation::filePath(fileName());
}

OrganisationContent OrganisationContent::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        OrganisationContent content;
        content.problems.append(tr("%1: cannot be read (%2).").arg(path, file.errorString()));
        return content;
    }
    return parse(file.read(1024 * 1024 + 1), path);
}

OrganisationContent OrganisationContent::parse(const QByteArray &json, const QString &path)
{
    OrganisationContent content;
    if (json.size() > 1024 * 1024) {
        content.problems.append(tr("%1: larger than 1 MB, not read.").arg(path));
        return content;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        content.problems.append(tr("%1: not valid JSON at character %2 (%3).")
                                    .arg(path)
                                    .arg(error.offset)
                                    .arg(error.errorString()));
        return content;
    }
    if (!document.isObject()) {
        content.problems.append(
            tr("%1: expected an object with \"tips\" and \"helplines\".").arg(path));
        return content;
    }
    const QJsonObject root = document.object();
    for (const QString &key : root.keys()) {
        if (key != QLatin1String("tips") && key != QLatin1String("helplines") &&
            key != QLatin1String("version"))
            content.problems.append(tr("%1: unknown key \"%2\" ignored.").arg(path, key));
    }
    const QJsonValue tips = root.value(QStringLiteral("tips"));
    const QJsonValue lines = root.value(QStringLiteral("helplines"));
    if (!tips.isUndefined() && !tips.isArray())
        content.problems.append(tr("%1: \"tips\" must be a list.").arg(path));
    if (!lines.isUndefined() && !lines.isArray())
        content.problems.append(tr("%1: \"helplines\" must be a list.").arg(path));
    const QJsonArray tipArray = tips.toArray();
    for (int i = 0; i < tipArray.size(); ++i)
        content.readTip(tipArray.at(i).toObject(), i, path);
    const QJsonArray lineArray = lines.toArray();
    for (int i = 0; i < lineArray.size(); ++i)
        content.readHelpline(lineArray.at(i).toObject(), i, path);
    return content;
}

void OrganisationContent::readTip(const QJsonObject &object, int index, const QString &path)
{
    const QString id = object.value(QStringLiteral("id")).toString();
    const QString entry =
        id.isEmpty() ? tr("tip %1").arg(index + 1) : tr("tip %1 (\"%2\")").arg(index + 1).arg(id);
    auto problem = [&](const QString &what) {
        problems.append(tr("%1, %2: %3; this tip is skipped.").arg(path, entry, what));
    };
    Tip tip;
    tip.fromOrganisation = true;
    tip.id = id;
    if (!isId(id))
        return problem(tr("\"id\" must be lower-case letters, digits, '.', '_' or '-'"));
    if (!ContentIds::situationFromId(object.value(QStringLiteral("situation")).toString(),
                                     &tip.situation))
        return problem(tr("\"situation\" must be one of moment, crying, sleep, tantrum, "
                          "feeding, group, exhausted, afterwards"));
    QStringList audiences;
    QString bad;
    if (!readList(object.value(QStringLiteral("audiences")), knownAudiences, &audiences, &bad))
        return problem(tr("\"audiences\" must be a list of parent, grandparent, childcare, "
                          "other (found \"%1\")")
                           .arg(bad));
    for (const QString &name : audiences) {
        Audience audience{};
        ContentIds::audienceFromId(name, &audience);
        tip.audiences.append(audience);
    }
    if (!readText(object.value(QStringLiteral("text")), &tip.text, &tip.localized))
        return problem(tr("\"text\" is missing or empty"));
    if (tip.text.size() > 280)
        return problem(tr("\"text\" is longer than 280 characters"));
    tip.source = object.value(QStringLiteral("source")).toString().trimmed();
    if (tip.source.isEmpty())
        return problem(tr("\"source\" is missing: every tip says where it comes from"));
    tips.append(tip);
}

void OrganisationContent::readHelpline(const QJsonObject &object, int index, const QString &path)
{
    const QString id = object.value(QStringLiteral("id")).toString();
    const QString entry = id.isEmpty() ? tr("helpline %1").arg(index + 1)
                                       : tr("helpline %1 (\"%2\")").arg(index + 1).arg(id);
    auto problem = [&](const QString &what) {
        problems.append(tr("%1, %2: %3; this contact is skipped.").arg(path, entry, what));
    };
    Helpline line;
    line.fromOrganisation = true;
    line.id = id;
    if (!isId(id))
        return problem(tr("\"id\" must be lower-case letters, digits, '.', '_' or '-'"));
    line.name = object.value(QStringLiteral("name")).toString().trimmed();
    if (line.name.isEmpty())
        return problem(tr("\"name\" is missing"));
    if (!readText(object.value(QStringLiteral("purpose")), &line.purpose, &line.localizedPurpose))
        return problem(tr("\"purpose\" is missing or empty"));
    QString bad;
    line.regions = knownRegions;
    if (object.contains(QStringLiteral("regions"))) {
        line.regions.clear();
        if (!readList(object.value(QStringLiteral("regions")), knownRegions, &line.regions, &bad))
            return problem(tr("\"regions\" must be a list of BE-VLG, BE-BRU, BE-WAL, BE-DG, NL "
                              "(found \"%1\")")
                               .arg(bad));
    }
    line.audiences = knownAudiences;
    if (object.contains(QStringLiteral("audiences"))) {
        line.audiences.clear();
        if (!readList(object.value(QStringLiteral("audiences")), knownAudiences, &line.audiences,
                      &bad))
            return problem(tr("\"audiences\" must be a list of parent, grandparent, childcare, "
                              "other (found \"%1\")")
                               .arg(bad));
    }
    readList(object.value(QStringLiteral("topics")), {}, &line.topics, &bad);
    readList(object.value(QStringLiteral("languages")), {}, &line.languages, &bad);
    const QString cost = object.value(QStringLiteral("cost")).toString(QStringLiteral("zonal"));
    if (cost != QLatin1String("free") && cost != QLatin1String("zonal"))
        return problem(tr("\"cost\" must be \"free\" or \"zonal\""));
    line.cost = cost == QLatin1String("free") ? Helpline::Cost::Free : Helpline::Cost::Zonal;
    line.anonymous = object.value(QStringLiteral("anonymous")).toBool(false);
    if (object.value(QStringLiteral("emergency")).toBool(false))
        return problem(tr("\"emergency\" is reserved for 112"));
    line.verified = object.value(QStringLiteral("verified")).toBool(false);
    const QString verifiedOn = object.value(QStringLiteral("verified_on")).toString();
    line.verifiedOn = QDate::fromString(verifiedOn, Qt::ISODate);
    if (line.verified && !line.verifiedOn.isValid())
        return problem(tr("\"verified\" needs \"verified_on\" as a date like 2026-11-28"));
    line.sourceUrl = object.value(QStringLiteral("source_url")).toString();

    const QJsonArray channels = object.value(QStringLiteral("channels")).toArray();
    if (channels.isEmpty())
        return problem(tr("\"channels\" must list at least one way to reach them"));
    for (int c = 0; c < channels.size(); ++c) {
        const QJsonObject channel = channels.at(c).toObject();
        HelplineChannel out;
        if (!HelplineChannel::kindFromId(channel.value(QStringLiteral("kind")).toString(),
                                         &out.kind))
            return problem(
                tr("channel %1: \"kind\" must be phone, chat, sms, mail or web").arg(c + 1));
        out.value = channel.value(QStringLiteral("value")).toString().trimmed();
        const bool isNumber =
            out.kind == HelplineChannel::Kind::Phone || out.kind == HelplineChannel::Kind::Sms;
        static const QRegularExpression number(QStringLiteral("^\\+?[0-9][0-9 ./-]{1,24}$"));
        const QUrl url(out.value);
        if (isNumber ? !number.match(out.value).hasMatch()
                     : out.value.isEmpty() ||
                           (out.kind != HelplineChannel::Kind::Mail &&
                            (url.scheme() != QLatin1String("https") || url.host().isEmpty())))
            return problem(tr("channel %1: \"%2\" is not a valid %3")
                               .arg(c + 1)
                               .arg(out.value, HelplineChannel::kindId(out.kind)));
        out.hours = channel.value(QStringLiteral("hours")).toString().trimmed();
        if (!out.hours.isEmpty()) {
            const OpeningHours hours = OpeningHours::parse(out.hours);
            if (!hours.isValid())
                return problem(tr("channel %1: hours \"%2\" not understood (%3)")
                                   .arg(c + 1)
                                   .arg(out.hours, hours.error()));
        }
        // Only hours the organisation vouches for are shown as open or closed.
        out.hoursConfirmed = line.verified && !out.hours.isEmpty();
        line.channels.append(out);
    }
    helplines.append(line);
}

} // namespace pk
