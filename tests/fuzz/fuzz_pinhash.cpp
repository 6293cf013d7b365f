// Fuzzes the admin PIN hash line: as the managed file's adminPin value, and the hash parser
// itself. A well-formed hash with few rounds is also verified (the real 600,000 would be slow).
#include "fuzzsupport.h"
#include "pin/adminpin.h"
#include "settings/managedconfig.h"
#include "settings/settings.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pk::fuzz::ensureApplication();
    const QString hash = pk::fuzz::text(data, size);
    const int rounds = pk::AdminPin::iterationsOf(hash);
    if (rounds > 0 && rounds <= 5000)
        pk::AdminPin::verify(QStringLiteral("135790"), hash);
    const pk::ManagedConfig config = pk::ManagedConfig::parse(
        "[organisation]\nadminPin=" + pk::fuzz::bytes(data, size) + "\n", &pk::Settings::fromText);
    if (!config.adminPinHash().isEmpty() &&
        (!pk::AdminPin::isWellFormed(config.adminPinHash()) ||
         pk::AdminPin::iterationsOf(config.adminPinHash()) < pk::AdminPin::MinimumIterations))
        __builtin_trap(); // an accepted hash can be checked, and is never a weak one
    return 0;
}
