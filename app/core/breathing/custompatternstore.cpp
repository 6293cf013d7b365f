#include "custompatternstore.h"

#include "settings/settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pk {
namespace {

using F = CustomPattern::Field;

const char *keyFor(F field)
{
    switch (field) {
    case F::In:
        return "in";
    case F::HoldIn:
        return "holdIn";
    case F::Out:
        return "out";
    case F::HoldOut:
        return "holdOut";
    }
    return "in";
}

constexpr F allFields[] = {F::In, F::HoldIn, F::Out, F::HoldOut};

} // namespace

CustomPatternStore::CustomPatternStore(Settings *settings)
    : m_settings(settings)
{}

QList<CustomPattern> CustomPatternStore::fromJson(const QString &json)
{
    QList<CustomPattern> result;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    const QJsonArray array = doc.array();
    for (const QJsonValue &entry : array) {
        const QJsonObject object = entry.toObject();
        CustomPattern pattern;
        bool complete = true;
        for (F field : allFields) {
            const QJsonValue value = object.value(QLatin1String(keyFor(field)));
            complete = complete && value.isDouble();
            pattern.setSeconds(field, value.toDouble());
        }
        if (complete && pattern.isValid() && result.size() < MaxPatterns)
            result.append(pattern);
    }
    return result;
}

QString CustomPatternStore::toJson(const QList<CustomPattern> &patterns)
{
    QJsonArray array;
    for (const CustomPattern &pattern : patterns) {
        QJsonObject object;
        for (F field : allFields)
            object.insert(QLatin1String(keyFor(field)), pattern.seconds(field));
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<CustomPattern> CustomPatternStore::patterns() const
{
    if (!m_settings)
        return {};
    return fromJson(m_settings->value(Settings::Key::CustomPatterns).toString());
}

QList<BreathExercise> CustomPatternStore::exercises() const
{
    QList<BreathExercise> result;
    const QList<CustomPattern> all = patterns();
    for (int i = 0; i < all.size(); ++i)
        result.append(all.at(i).toExercise(i + 1));
    return result;
}

QStringList CustomPatternStore::add(const CustomPattern &pattern)
{
    const QStringList problems = pattern.problems();
    if (!problems.isEmpty())
        return problems;
    QList<CustomPattern> all = patterns();
    if (all.size() >= MaxPatterns)
        return {CustomPattern::listFullMessage()};
    all.append(pattern);
    save(all);
    return {};
}

void CustomPatternStore::remove(int index)
{
    QList<CustomPattern> all = patterns();
    if (index < 0 || index >= all.size())
        return;
    all.removeAt(index);
    save(all);
}

void CustomPatternStore::save(const QList<CustomPattern> &patterns)
{
    if (m_settings)
        m_settings->setValue(Settings::Key::CustomPatterns, toJson(patterns));
}

} // namespace pk
