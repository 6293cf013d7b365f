#pragma once

class QCoreApplication;

namespace pk {

// Turns on the app-wide keyboard and pointer rules once: Enter presses any button, Tab follows
// the reading order, and the wheel changes only the control that has focus.
class AppAccess
{
public:
    static void install(QCoreApplication *app);
};

} // namespace pk
