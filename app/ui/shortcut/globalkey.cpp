#include "globalkey.h"

#include "shortcutlog.h"

namespace pk {

Q_LOGGING_CATEGORY(lcShortcut, "pauzeknop.shortcut", QtWarningMsg)

void GlobalKey::setState(State state, const QString &trigger)
{
    if (state == m_state && trigger == m_trigger)
        return;
    m_state = state;
    m_trigger = trigger;
    Q_EMIT stateChanged();
}

} // namespace pk
