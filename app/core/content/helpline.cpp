#include "helpline.h"

namespace pk {
namespace {

const QList<std::pair<HelplineChannel::Kind, const char *>> &kindIds()
{
    using K = HelplineChannel::Kind;
    static const QList<std::pair<K, const char *>> table{
        {K::Phone, "phone"}, {K::Chat, "chat"}, {K::Sms, "sms"}, {K::Mail, "mail"}, {K::Web, "web"},
    };
    return table;
}

} // namespace

QString HelplineChannel::kindId(Kind kind)
{
    for (const auto &[candidate, id] : kindIds()) {
        if (candidate == kind)
            return QString::fromLatin1(id);
    }
    return {};
}

bool HelplineChannel::kindFromId(const QString &id, Kind *kind)
{
    for (const auto &[candidate, name] : kindIds()) {
        if (id == QLatin1String(name)) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

const HelplineChannel *Helpline::channel(HelplineChannel::Kind kind) const
{
    for (const HelplineChannel &c : channels) {
        if (c.kind == kind)
            return &c;
    }
    return nullptr;
}

QString Helpline::phoneNumber() const
{
    const HelplineChannel *phone = channel(HelplineChannel::Kind::Phone);
    return phone ? phone->value : QString();
}

QStringList Helpline::phoneNumbers() const
{
    QStringList numbers;
    for (const HelplineChannel &c : channels) {
        if (c.kind == HelplineChannel::Kind::Phone)
            numbers.append(c.value);
    }
    return numbers;
}

QString Helpline::displayPurpose(const QString &language) const
{
    return purpose.display(language);
}

} // namespace pk
