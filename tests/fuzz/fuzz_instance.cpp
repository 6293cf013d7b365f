// Fuzzes the single-instance protocol: one request line as a second start sends it.
#include "fuzzsupport.h"
#include "instance/singleinstance.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pk::fuzz::ensureApplication();
    const std::optional<QStringList> request =
        pk::SingleInstance::parseRequest(pk::fuzz::bytes(data, size));
    if (request) {
        if (request->size() > pk::SingleInstance::MaxArguments)
            __builtin_trap();
        for (const QString &argument : *request) {
            if (argument.size() > pk::SingleInstance::MaxArgumentLength)
                __builtin_trap();
        }
        if (pk::SingleInstance::parseRequest(pk::SingleInstance::encodeRequest(*request)) !=
            request)
            __builtin_trap();
    }
    return 0;
}
