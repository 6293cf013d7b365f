// Fuzzes the organisation's managed configuration (pauzeknop.conf): parsing, checking every
// value against its key, and describing the problems.
#include "fuzzsupport.h"
#include "settings/managedconfig.h"
#include "settings/settings.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pk::fuzz::ensureApplication();
    const pk::ManagedConfig config =
        pk::ManagedConfig::parse(pk::fuzz::bytes(data, size), &pk::Settings::fromText);
    const QStringList problems = config.describeProblems();
    if (problems.size() > pk::ManagedConfig::MaxProblems + 1)
        __builtin_trap(); // the bound the person relies on
    return 0;
}
