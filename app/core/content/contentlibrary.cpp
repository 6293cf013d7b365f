#include "contentlibrary.h"

#include "organisationcontent.h"

namespace pk {

ContentLibrary ContentLibrary::load(const QString &organisationFile)
{
    ContentLibrary library;
    const OrganisationContent own = OrganisationContent::load(organisationFile);
    library.m_problems = own.problems;
    for (const QString &id : library.m_tips.add(own.tips))
        library.m_problems.append(
            OrganisationContent::tr("%1, tip \"%2\": this id is already used; this tip is skipped.")
                .arg(organisationFile, id));
    for (const QString &id : library.m_helplines.add(own.helplines))
        library.m_problems.append(
            OrganisationContent::tr(
                "%1, helpline \"%2\": this id is already used; this contact is skipped.")
                .arg(organisationFile, id));
    return library;
}

} // namespace pk
