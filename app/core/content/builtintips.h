#pragma once

#include "tip.h"

namespace pk {

// The tips Pauzeknop ships with (CONTENT.md section 5, in our own words, each with its source).
class BuiltInTips
{
public:
    static const QList<Tip> &all();
};

} // namespace pk
