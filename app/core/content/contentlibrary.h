#pragma once

#include "helplinedirectory.h"
#include "tipcatalog.h"

#include <QStringList>

namespace pk {

// Everything the tips and helplines screens show: the built-ins plus the organisation's file,
// with the problems found in that file.
class ContentLibrary
{
public:
    // Built-ins only.
    ContentLibrary() = default;
    // Built-ins plus the organisation's content.json at path (missing is fine).
    static ContentLibrary load(const QString &organisationFile);

    const TipCatalog &tips() const { return m_tips; }
    const HelplineDirectory &helplines() const { return m_helplines; }
    QStringList problems() const { return m_problems; }

private:
    TipCatalog m_tips;
    HelplineDirectory m_helplines;
    QStringList m_problems;
};

} // namespace pk
