#pragma once

#include <QList>
#include <QString>

namespace pk {

class Settings;

// One person of the user's own crying plan.
struct PlanContact
{
    QString name;
    QString number;
    QString note; // "lives next door", "after 18:00"
    bool operator==(const PlanContact &other) const = default;
    bool isEmpty() const { return name.trimmed().isEmpty() && number.trimmed().isEmpty(); }
};

// The people the user wants to call when it gets too much. Kept only in the user's settings
// (key CryingPlan), never in the usage log; damaged data reads as an empty plan. A shared PC
// (Settings::sharedPcMode) keeps none.
class CryingPlan
{
public:
    static constexpr int MaxContacts = 12;

    static QList<PlanContact> fromJson(const QString &json);
    static QString toJson(const QList<PlanContact> &contacts);

    static QList<PlanContact> load(const Settings &settings);
    static void save(Settings &settings, const QList<PlanContact> &contacts);
};

} // namespace pk
