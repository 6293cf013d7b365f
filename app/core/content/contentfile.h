#pragma once

#include "contentproblems.h"
#include "exercisetexts.h"
#include "helpline.h"
#include "tip.h"

#include <QCoreApplication>

namespace pk {

// One content file: the built-in files under resources/content/ and an organisation's
// content.json share this format and this loader (resources/content/README.md). Input of any
// size or shape is read within bounds: a file over MaxBytes is refused whole with one problem,
// each list is read up to MaxEntries, and the problems are kept short and few (ContentProblems).
class ContentFile
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationContent)

public:
    enum class Origin
    {
        BuiltIn,      // English texts, translated through the .ts files; may hold "exercises"
        Organisation, // texts may carry their translations inline; never 112, never exercises
    };

    static constexpr qint64 MaxBytes = 1024 * 1024;
    static constexpr int MaxEntries = 2000; // per list

    // A missing organisation file is no problem (most PCs have none); anything else wrong is
    // reported.
    static ContentFile load(const QString &path, Origin origin);
    static ContentFile parse(const QByteArray &json, const QString &path, Origin origin);

    QList<Tip> tips;
    QList<Helpline> helplines;
    QList<ExerciseTexts> exercises;
    // One readable sentence per problem, naming the file and the entry (at most 51 lines).
    QStringList problems;
    // The same, to add more problems to (ContentLibrary adds id clashes).
    ContentProblems log;
};

} // namespace pk
