#pragma once

#include "helpline.h"

namespace pk {

// The helplines Pauzeknop ships with: every line of CONTENT.md section 3.
class BuiltInHelplines
{
public:
    static const QList<Helpline> &all();
    // The day the built-in lines were last checked against the project's content brief.
    static QDate checkedOn();
};

} // namespace pk
