#include "appaccess.h"

#include "focusorder.h"
#include "keyboardactivation.h"
#include "wheelguard.h"

#include <QCoreApplication>

namespace pk {

void AppAccess::install(QCoreApplication *app)
{
    if (!app || app->findChild<KeyboardActivation *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app->installEventFilter(new KeyboardActivation(app));
    app->installEventFilter(new FocusOrder(app));
    app->installEventFilter(new WheelGuard(app));
}

} // namespace pk
