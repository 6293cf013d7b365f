// Fuzzes the person's own breathing patterns as stored in the settings (JSON), and that what
// is read back is always a valid pattern that writes and reads back the same.
#include "breathing/custompatternstore.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pk::fuzz::ensureApplication();
    const QList<pk::CustomPattern> patterns =
        pk::CustomPatternStore::fromJson(pk::fuzz::text(data, size));
    if (patterns.size() > pk::CustomPatternStore::MaxPatterns)
        __builtin_trap();
    for (const pk::CustomPattern &pattern : patterns) {
        if (!pattern.isValid())
            __builtin_trap();
    }
    const QList<pk::CustomPattern> again =
        pk::CustomPatternStore::fromJson(pk::CustomPatternStore::toJson(patterns));
    if (again.size() != patterns.size())
        __builtin_trap();
    return 0;
}
