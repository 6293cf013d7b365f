#include "contententryreader.h"

#include "contentproblems.h"
#include "openinghours.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace pk {
namespace {

const QStringList &regionIds()
{
    static const QStringList ids{QStringLiteral("BE-VLG"), QStringLiteral("BE-BRU"),
                                 QStringLiteral("BE-WAL"), QStringLiteral("BE-DG"),
                                 QStringLiteral("NL")};
    return ids;
}

const QStringList &audienceIds()
{
    static const QStringList ids{QStringLiteral("parent"), QStringLiteral("grandparent"),
                                 QStringLiteral("childcare"), QStringLiteral("other")};
    return ids;
}

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

QSet<QString> rolesIn(const QString &text)
{
    QSet<QString> roles;
    auto it = Tip::rolePattern().globalMatch(text);
    while (it.hasNext())
        roles.insert(it.next().captured(1));
    return roles;
}

bool isLanguageCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}$"));
    return pattern.match(code).hasMatch();
}

} // namespace

ContentEntryReader::ContentEntryReader(const QString &path, bool builtIn, ContentProblems *problems)
    : m_path(path)
    , m_builtIn(builtIn)
    , m_problems(problems)
{}

bool ContentEntryReader::isId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

bool ContentEntryReader::readText(const QJsonObject &object, const char *name, int maxLength,
                                  const QByteArray &key, bool required, LocalizedText *out,
                                  QString *why) const
{
    const QJsonValue value = object.value(field(name));
    if (value.isUndefined() && !required)
        return true;
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            *why = tr("\"%1\" is missing or empty").arg(field(name));
            return false;
        }
        if (text.size() > maxLength) {
            *why = tr("\"%1\" is longer than %n characters", nullptr, maxLength).arg(field(name));
            return false;
        }
        if (m_builtIn) {
            *out = LocalizedText::builtIn(text, key);
        } else {
            *out = LocalizedText();
            out->english = text;
        }
        return true;
    }
    if (!value.isObject() || m_builtIn) {
        *why = m_builtIn ? tr("\"%1\" must be one English text: translations go through the "
                              ".ts files")
                               .arg(field(name))
                         : tr("\"%1\" is missing or empty").arg(field(name));
        return false;
    }
    const QJsonObject texts = value.toObject();
    if (texts.size() > MaxLanguages) {
        *why = tr("\"%1\" has more than %n languages", nullptr, MaxLanguages).arg(field(name));
        return false;
    }
    LocalizedText result;
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        const QString text = it.value().toString().trimmed();
        if (!isLanguageCode(it.key()) || !it.value().isString() || text.size() > maxLength) {
            *why = tr("\"%1\" in \"%2\" must be a text of at most %n characters under a "
                      "language code such as \"nl\"",
                      nullptr, maxLength)
                       .arg(ContentProblems::quoted(it.key(), 20), field(name));
            return false;
        }
        if (!text.isEmpty())
            result.inlineText.insert(it.key(), text);
    }
    result.english = result.inlineText.value(QStringLiteral("en"));
    if (result.english.isEmpty() && !result.inlineText.isEmpty())
        result.english = result.inlineText.begin().value();
    if (result.english.isEmpty()) {
        *why = tr("\"%1\" is missing or empty").arg(field(name));
        return false;
    }
    *out = result;
    return true;
}

bool ContentEntryReader::readList(const QJsonObject &object, const char *name,
                                  const QStringList &allowed, QStringList *out, QString *why) const
{
    const QJsonValue value = object.value(field(name));
    const QJsonArray items = value.toArray();
    if (!value.isArray() || items.isEmpty() || items.size() > MaxListItems) {
        *why = tr("\"%1\" must be a list of 1 to %n items", nullptr, MaxListItems).arg(field(name));
        return false;
    }
    out->clear();
    for (const QJsonValue &item : items) {
        const QString text = item.toString();
        const bool ok = allowed.isEmpty() ? isId(text) : allowed.contains(text);
        if (!item.isString() || !ok) {
            *why = allowed.isEmpty()
                       ? tr("\"%1\" holds \"%2\": use lower-case letters, digits and '-'")
                             .arg(field(name), ContentProblems::quoted(text, 30))
                       : tr("\"%1\" must be a list of %2 (found \"%3\")")
                             .arg(field(name), allowed.join(QStringLiteral(", ")),
                                  item.isString() ? ContentProblems::quoted(text, 30)
                                                  : QStringLiteral("(not a text)"));
            return false;
        }
        if (!out->contains(text))
            out->append(text);
    }
    return true;
}

bool ContentEntryReader::readLanguages(const QJsonObject &object, Helpline *line,
                                       QString *why) const
{
    const QJsonValue value = object.value(QStringLiteral("languages"));
    if (value.isUndefined())
        return true;
    if (!value.isObject())
        return readList(object, "languages", {}, &line->languages, why);
    // Per region: {"BE-VLG": ["nl", "en"], "BE-WAL": ["fr"]}, only for regions the line serves.
    const QJsonObject perRegion = value.toObject();
    if (perRegion.isEmpty()) {
        *why = tr("\"%1\" must be a list of 1 to %n items", nullptr, MaxListItems)
                   .arg(QStringLiteral("languages"));
        return false;
    }
    for (auto it = perRegion.begin(); it != perRegion.end(); ++it) {
        if (!line->regions.contains(it.key())) {
            *why = tr("\"%1\" must be a list of %2 (found \"%3\")")
                       .arg(QStringLiteral("languages"), line->regions.join(QStringLiteral(", ")),
                            ContentProblems::quoted(it.key(), 30));
            return false;
        }
        const QByteArray region = it.key().toLatin1();
        QStringList languages;
        if (!readList(perRegion, region.constData(), {}, &languages, why))
            return false;
        line->regionLanguages.insert(it.key(), languages);
    }
    return true;
}

bool ContentEntryReader::readUrl(const QJsonObject &object, const char *name, QString *out,
                                 QString *why) const
{
    const QJsonValue value = object.value(field(name));
    if (value.isUndefined())
        return true;
    const QString text = value.toString().trimmed();
    const QUrl url(text);
    if (text.size() > MaxSourceLength ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.host().isEmpty()) {
        *why = tr("\"%1\" must be a web address (https://...)").arg(field(name));
        return false;
    }
    *out = text;
    return true;
}

void ContentEntryReader::reportUnknownKeys(const QJsonObject &object, const QStringList &known,
                                           const QString &entry)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            m_problems->add(tr("%1, %2: unknown key \"%3\" ignored.")
                                .arg(m_path, entry, ContentProblems::quoted(it.key(), 40)));
    }
}

std::optional<Tip> ContentEntryReader::readTip(const QJsonObject &object, int index)
{
    const QString id = object.value(QStringLiteral("id")).toString();
    const QString entry =
        isId(id) ? tr("tip %1 (\"%2\")").arg(index + 1).arg(id) : tr("tip %1").arg(index + 1);
    QString why;
    auto skip = [&](const QString &what) {
        m_problems->add(tr("%1, %2: %3; this tip is skipped.").arg(m_path, entry, what));
        return std::nullopt;
    };
    Tip tip;
    tip.id = id;
    tip.fromOrganisation = !m_builtIn;
    if (!isId(id))
        return skip(tr("\"id\" must be lower-case letters, digits, '.', '_' or '-'"));
    if (!ContentIds::situationFromId(object.value(QStringLiteral("situation")).toString(),
                                     &tip.situation))
        return skip(tr("\"situation\" must be one of moment, crying, sleep, tantrum, "
                       "feeding, group, exhausted, afterwards"));
    QStringList audiences;
    if (!readList(object, "audiences", audienceIds(), &audiences, &why))
        return skip(why);
    for (const QString &name : std::as_const(audiences)) {
        Audience audience{};
        ContentIds::audienceFromId(name, &audience);
        tip.audiences.append(audience);
    }
    const QByteArray key = id.toUtf8();
    if (!readText(object, "text", MaxTextLength, "tip:" + key, true, &tip.text, &why) ||
        !readText(object, "text_without_line", MaxTextLength, "tip-without-line:" + key, false,
                  &tip.textWithoutLine, &why))
        return skip(why);
    const QSet<QString> roles = rolesIn(tip.text.english);
    if (!roles.isEmpty() && tip.textWithoutLine.isEmpty())
        return skip(tr("\"text\" names a line with {line:...}, so \"text_without_line\" must "
                       "say the same for a region without that line"));
    if (!rolesIn(tip.textWithoutLine.english).isEmpty())
        return skip(tr("\"text_without_line\" must not name a line"));
    for (auto it = tip.text.inlineText.cbegin(); it != tip.text.inlineText.cend(); ++it) {
        if (rolesIn(it.value()) != roles)
            return skip(tr("the \"%1\" text must name the same lines as the others").arg(it.key()));
    }
    if (object.contains(QStringLiteral("regions")) &&
        !readList(object, "regions", regionIds(), &tip.regions, &why))
        return skip(why);
    tip.source = object.value(QStringLiteral("source")).toString().trimmed();
    if (tip.source.isEmpty())
        return skip(tr("\"source\" is missing: every tip says where it comes from"));
    if (tip.source.size() > MaxSourceLength)
        return skip(tr("\"source\" is longer than %n characters", nullptr, MaxSourceLength));
    if (!readUrl(object, "source_url", &tip.sourceUrl, &why))
        return skip(why);
    reportUnknownKeys(
        object,
        {QStringLiteral("id"), QStringLiteral("situation"), QStringLiteral("audiences"),
         QStringLiteral("text"), QStringLiteral("text_without_line"), QStringLiteral("regions"),
         QStringLiteral("source"), QStringLiteral("source_url"), QStringLiteral("note")},
        entry);
    return tip;
}

bool ContentEntryReader::readChannels(const QJsonObject &object, bool verified,
                                      QList<HelplineChannel> *out, QString *why) const
{
    const QJsonValue value = object.value(QStringLiteral("channels"));
    if (value.isUndefined())
        return true;
    const QJsonArray channels = value.toArray();
    if (!value.isArray() || channels.size() > MaxChannels) {
        *why = tr("\"channels\" must be a list of at most %n ways to reach them", nullptr,
                  MaxChannels);
        return false;
    }
    static const QRegularExpression number(QStringLiteral("^\\+?[0-9][0-9 ./-]{1,24}$"));
    for (int c = 0; c < channels.size(); ++c) {
        const QJsonObject channel = channels.at(c).toObject();
        HelplineChannel result;
        if (!HelplineChannel::kindFromId(channel.value(QStringLiteral("kind")).toString(),
                                         &result.kind)) {
            *why = tr("channel %1: \"kind\" must be phone, chat, sms, mail or web").arg(c + 1);
            return false;
        }
        result.value = channel.value(QStringLiteral("value")).toString().trimmed();
        const bool isNumber = result.kind == HelplineChannel::Kind::Phone ||
                              result.kind == HelplineChannel::Kind::Sms;
        const QUrl url(result.value);
        const bool valid =
            result.value.size() <= MaxValueLength &&
            (isNumber ? number.match(result.value).hasMatch()
                      : !result.value.isEmpty() &&
                            (result.kind == HelplineChannel::Kind::Mail ||
                             (url.scheme() == QLatin1String("https") && !url.host().isEmpty())));
        if (!valid) {
            *why = tr("channel %1: \"%2\" is not a valid %3")
                       .arg(c + 1)
                       .arg(ContentProblems::quoted(result.value),
                            HelplineChannel::kindId(result.kind));
            return false;
        }
        result.hours = channel.value(QStringLiteral("hours")).toString().trimmed();
        if (result.hours.size() > MaxValueLength) {
            *why = tr("channel %1: \"hours\" is longer than %n characters", nullptr, MaxValueLength)
                       .arg(c + 1);
            return false;
        }
        if (!result.hours.isEmpty()) {
            const OpeningHours hours = OpeningHours::parse(result.hours);
            if (!hours.isValid()) {
                *why = tr("channel %1: hours \"%2\" not understood (%3)")
                           .arg(c + 1)
                           .arg(ContentProblems::quoted(result.hours), hours.error());
                return false;
            }
        }
        // Only hours someone vouches for are shown as open or closed.
        result.hoursConfirmed = !result.hours.isEmpty() &&
                                channel.value(QStringLiteral("hours_verified")).toBool(verified) &&
                                verified;
        out->append(result);
    }
    return true;
}

std::optional<Helpline> ContentEntryReader::readHelpline(const QJsonObject &object, int index)
{
    const QString id = object.value(QStringLiteral("id")).toString();
    const QString entry = isId(id) ? tr("helpline %1 (\"%2\")").arg(index + 1).arg(id)
                                   : tr("helpline %1").arg(index + 1);
    QString why;
    auto skip = [&](const QString &what) {
        m_problems->add(tr("%1, %2: %3; this contact is skipped.").arg(m_path, entry, what));
        return std::nullopt;
    };
    Helpline line;
    line.id = id;
    line.fromOrganisation = !m_builtIn;
    if (!isId(id))
        return skip(tr("\"id\" must be lower-case letters, digits, '.', '_' or '-'"));
    line.name = object.value(QStringLiteral("name")).toString().trimmed();
    if (line.name.isEmpty())
        return skip(tr("\"name\" is missing"));
    if (line.name.size() > MaxNameLength)
        return skip(tr("\"name\" is longer than %n characters", nullptr, MaxNameLength));
    const QByteArray key = id.toUtf8();
    if (!readText(object, "purpose", MaxTextLength, "helpline-purpose:" + key, true, &line.purpose,
                  &why) ||
        !readText(object, "mention", MaxMentionLength, "helpline-mention:" + key, false,
                  &line.mention, &why))
        return skip(why);
    line.regions = regionIds();
    if (object.contains(QStringLiteral("regions")) &&
        !readList(object, "regions", regionIds(), &line.regions, &why))
        return skip(why);
    line.audiences = audienceIds();
    if (object.contains(QStringLiteral("audiences")) &&
        !readList(object, "audiences",
                  m_builtIn ? audienceIds() + QStringList{QStringLiteral("children")}
                            : audienceIds(),
                  &line.audiences, &why))
        return skip(why);
    const std::pair<const char *, QStringList *> lists[] = {{"roles", &line.roles},
                                                            {"topics", &line.topics}};
    for (const auto &[name, list] : lists) {
        if (object.contains(field(name)) && !readList(object, name, {}, list, &why))
            return skip(why);
    }
    if (!readLanguages(object, &line, &why))
        return skip(why);
    const QString cost = object.value(QStringLiteral("cost")).toString(QStringLiteral("zonal"));
    if (cost != QLatin1String("free") && cost != QLatin1String("zonal"))
        return skip(tr("\"cost\" must be \"free\" or \"zonal\""));
    line.cost = cost == QLatin1String("free") ? Helpline::Cost::Free : Helpline::Cost::Zonal;
    line.anonymous = object.value(QStringLiteral("anonymous")).toBool(false);
    line.emergency = object.value(QStringLiteral("emergency")).toBool(false);
    if (line.emergency && !m_builtIn)
        return skip(tr("\"emergency\" is reserved for 112"));
    line.verified = object.value(QStringLiteral("verified")).toBool(false);
    line.verifiedOn =
        QDate::fromString(object.value(QStringLiteral("verified_on")).toString(), Qt::ISODate);
    if (line.verified && !line.verifiedOn.isValid())
        return skip(tr("\"verified\" needs \"verified_on\" as a date like 2026-11-28"));
    if (!readUrl(object, "source_url", &line.sourceUrl, &why) ||
        !readChannels(object, line.verified, &line.channels, &why))
        return skip(why);
    if (line.channels.isEmpty() && !m_builtIn)
        return skip(tr("\"channels\" must list at least one way to reach them"));
    reportUnknownKeys(
        object,
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("purpose"),
         QStringLiteral("mention"), QStringLiteral("roles"), QStringLiteral("audiences"),
         QStringLiteral("regions"), QStringLiteral("topics"), QStringLiteral("languages"),
         QStringLiteral("cost"), QStringLiteral("anonymous"), QStringLiteral("emergency"),
         QStringLiteral("verified"), QStringLiteral("verified_on"), QStringLiteral("source_url"),
         QStringLiteral("channels"), QStringLiteral("note")},
        entry);
    return line;
}

std::optional<ExerciseTexts> ContentEntryReader::readExercise(const QJsonObject &object, int index)
{
    const QString id = object.value(QStringLiteral("id")).toString();
    const QString entry =
        tr("exercise %1 (\"%2\")").arg(index + 1).arg(ContentProblems::quoted(id));
    QString why;
    ExerciseTexts texts;
    texts.id = id;
    const QByteArray key = id.toUtf8();
    const bool ok =
        isId(id) &&
        readText(object, "name", MaxNameLength, "exercise-name:" + key, true, &texts.name, &why) &&
        readText(object, "summary", MaxTextLength, "exercise-summary:" + key, true, &texts.summary,
                 &why) &&
        readText(object, "caveat", MaxTextLength, "exercise-caveat:" + key, true, &texts.caveat,
                 &why);
    texts.source = object.value(QStringLiteral("source")).toString().trimmed();
    if (!ok || texts.source.isEmpty()) {
        m_problems->add(
            tr("%1, %2: %3; this exercise keeps no texts.")
                .arg(m_path, entry, why.isEmpty() ? tr("\"id\" and \"source\" are needed") : why));
        return std::nullopt;
    }
    reportUnknownKeys(object,
                      {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("summary"),
                       QStringLiteral("caveat"), QStringLiteral("source"), QStringLiteral("note")},
                      entry);
    return texts;
}

} // namespace pk
