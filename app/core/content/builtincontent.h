#pragma once

#include "exercisetexts.h"
#include "helpline.h"
#include "tip.h"

namespace pk {

// The content Pauzeknop ships with: resources/content/{tips,helplines,breathing}.json, embedded
// as Qt resources and read once by the same loader as an organisation's content.json.
class BuiltInContent
{
public:
    static const QList<Tip> &tips();
    static const QList<Helpline> &helplines();
    static const QList<ExerciseTexts> &exercises();
    // The texts of one built-in exercise, or nullptr.
    static const ExerciseTexts *exercise(const QString &id);
    // Problems found in the built-in files (none in a good build; a test checks it).
    static const QStringList &problems();
    // The resource paths of the built-in files.
    static QStringList files();
};

} // namespace pk
