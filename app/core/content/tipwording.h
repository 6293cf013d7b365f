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
    // "name (number)", with "in Dutch" when it does not speak the reader's language in the
    // region ("in French and Dutch" where it speaks several others).
    static QString mention(const Helpline &line, const QString &language, const QString &region);
    // "Dutch", "French", ... in the UI language; the code itself when it is not known.
    static QString languageName(const QString &code);
    // "Dutch and English": the names of these languages as one list, in the UI language.
    static QString languageNames(const QStringList &codes);
    // "Speaks Dutch", "Speaks French and English": the languages the line answers in within the
    // region; "" when it lists none.
    static QString speaksLine(const Helpline &line, const QString &region);
};

} // namespace pk
