#pragma once

#include "helplinedirectory.h"
#include "tip.h"

#include <QCoreApplication>

namespace pk {

// A tip as a reader sees it: each "{line:role}" is filled with the line that serves the reader's
// region (one that speaks their language first), named with its number; where the region has no
// line for a role, the tip's own wording without a line is shown. Numbers and names keep their
// direction inside right-to-left text.
class TipWording
{
    Q_DECLARE_TR_FUNCTIONS(Content)

public:
    static QString text(const Tip &tip, const HelplineDirectory &lines, const QString &region,
                        const QString &language);
    // How a line is named inside a tip: its mention ("1733, the doctor on call") or
    // "name (number)", with "in Dutch" when it does not speak the reader's language.
    static QString mention(const Helpline &line, const QString &language);
    // "Dutch", "French", ... in the UI language; the code itself when it is not known.
    static QString languageName(const QString &code);
    // "Speaks Dutch", "Speaks French and English"; "" when the line lists no language.
    static QString speaksLine(const Helpline &line);
};

} // namespace pk
