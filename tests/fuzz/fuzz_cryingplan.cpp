// Fuzzes the crying plan as stored in the settings (JSON): at most MaxContacts people come out,
// and what comes out writes and reads back the same.
#include "content/cryingplan.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pk::fuzz::ensureApplication();
    const QList<pk::PlanContact> contacts = pk::CryingPlan::fromJson(pk::fuzz::text(data, size));
    if (contacts.size() > pk::CryingPlan::MaxContacts)
        __builtin_trap();
    if (pk::CryingPlan::fromJson(pk::CryingPlan::toJson(contacts)) != contacts)
        __builtin_trap();
    return 0;
}
