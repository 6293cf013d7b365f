#pragma once

#include <QString>

namespace pk {

// Finds Pauzeknop's own optional modules (sound, printing, QR codes) and loads one the first time
// it is needed, so that a start never loads Qt Multimedia, Qt PrintSupport or libqrencode and
// the libraries behind them. A module that cannot be loaded leaves its feature out; the pause
// always works.
class ModuleLoader
{
public:
    // The folder the modules are in (the launcher passes its library folder; tests the build's).
    static void setDirectory(const QString &directory);
    static QString directory();
    // The address of symbol in module ("pauzeknop-sound"), loading it on first use; null when
    // the module or the symbol is missing (a warning says why, once).
    static void *resolve(const char *module, const char *symbol);
    // Whether a module was loaded in this process (the benchmark and the tests ask).
    static bool isLoaded(const char *module);
};

} // namespace pk
