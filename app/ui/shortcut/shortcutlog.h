#pragma once

#include <QLoggingCategory>

namespace pk {

// "pauzeknop.shortcut": how the pause key was set up. Info lines are off unless asked for
// (QT_LOGGING_RULES="pauzeknop.shortcut.info=true"); tests and the benchmark wait for them.
Q_DECLARE_LOGGING_CATEGORY(lcShortcut)

} // namespace pk
