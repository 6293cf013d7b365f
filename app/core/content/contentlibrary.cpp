#include "contentlibrary.h"

#include "contentproblems.h"
#include "organisationcontent.h"

namespace pk {

ContentLibrary ContentLibrary::load(const QString &organisationFile)
{
    ContentLibrary library;
    const ContentFile own = OrganisationContent::load(organisationFile);
    ContentProblems problems = own.log;
    for (const QString &id : library.m_tips.add(own.tips))
        problems.add(
            ContentFile::tr("%1, tip \"%2\": this id is already used; this tip is skipped.")
                .arg(organisationFile, id));
    for (const QString &id : library.m_helplines.add(own.helplines))
        problems.add(ContentFile::tr(
                         "%1, helpline \"%2\": this id is already used; this contact is skipped.")
                         .arg(organisationFile, id));
    library.m_problems = problems.list();
    return library;
}

} // namespace pk
