// The app library's one exported function, called by the launcher (app/main.cpp).
#include "shell/appmain.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT int pauzeknop_run(int argc, char **argv, const char *moduleDirectory)
{
    return pk::AppMain::run(argc, argv, moduleDirectory);
}
