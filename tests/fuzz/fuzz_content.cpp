// Fuzzes an organisation's content.json through its loader: tips, helplines, channels, hours.
#include "content/organisationcontent.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pk::fuzz::ensureApplication();
    const auto content = pk::OrganisationContent::parse(
        pk::fuzz::bytes(data, size), QStringLiteral("/etc/xdg/Pauzeknop/content.json"));
    (void)content;
    return 0;
}
