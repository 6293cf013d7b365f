#include "builtincontent.h"

#include "contentfile.h"

namespace pk {
namespace {

struct Data
{
    QList<Tip> tips;
    QList<Helpline> helplines;
    QList<ExerciseTexts> exercises;
    QStringList problems;
};

const Data &data()
{
    static const Data loaded = [] {
        Data d;
        for (const QString &path : BuiltInContent::files()) {
            const ContentFile file = ContentFile::load(path, ContentFile::Origin::BuiltIn);
            d.tips += file.tips;
            d.helplines += file.helplines;
            d.exercises += file.exercises;
            d.problems += file.problems;
        }
        return d;
    }();
    return loaded;
}

} // namespace

const QList<Tip> &BuiltInContent::tips()
{
    return data().tips;
}

const QList<Helpline> &BuiltInContent::helplines()
{
    return data().helplines;
}

const QList<ExerciseTexts> &BuiltInContent::exercises()
{
    return data().exercises;
}

const ExerciseTexts *BuiltInContent::exercise(const QString &id)
{
    for (const ExerciseTexts &texts : data().exercises) {
        if (texts.id == id)
            return &texts;
    }
    return nullptr;
}

const QStringList &BuiltInContent::problems()
{
    return data().problems;
}

QStringList BuiltInContent::files()
{
    return {QStringLiteral(":/content/tips.json"), QStringLiteral(":/content/helplines.json"),
            QStringLiteral(":/content/breathing.json")};
}

} // namespace pk
