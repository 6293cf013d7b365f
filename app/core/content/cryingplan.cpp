#include "cryingplan.h"

#include "settings/settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pk {
namespace {

QString clipped(const QJsonValue &value, int length)
{
    return value.toString().trimmed().left(length).trimmed(); // cut, then no edge spaces
}

} // namespace

QList<PlanContact> CryingPlan::fromJson(const QString &json)
{
    QList<PlanContact> contacts;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        PlanContact contact{clipped(object.value(QStringLiteral("name")), 80),
                            clipped(object.value(QStringLiteral("number")), 40),
                            clipped(object.value(QStringLiteral("note")), 200)};
        if (!contact.isEmpty() && contacts.size() < MaxContacts)
            contacts.append(contact);
    }
    return contacts;
}

QString CryingPlan::toJson(const QList<PlanContact> &contacts)
{
    QJsonArray array;
    for (const PlanContact &contact : contacts) {
        if (contact.isEmpty() || array.size() >= MaxContacts)
            continue;
        array.append(QJsonObject{{QStringLiteral("name"), contact.name.trimmed()},
                                 {QStringLiteral("number"), contact.number.trimmed()},
                                 {QStringLiteral("note"), contact.note.trimmed()}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<PlanContact> CryingPlan::load(const Settings &settings)
{
    // A shared PC keeps no personal contacts.
    if (settings.sharedPcMode())
        return {};
    return fromJson(settings.value(Settings::Key::CryingPlan).toString());
}

void CryingPlan::save(Settings &settings, const QList<PlanContact> &contacts)
{
    if (settings.sharedPcMode())
        return;
    // An empty plan is stored as nothing at all, the same as never having made one.
    const QString json = toJson(contacts);
    settings.setValue(Settings::Key::CryingPlan, json == QLatin1String("[]") ? QString() : json);
}

} // namespace pk
