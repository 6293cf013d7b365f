#pragma once
// Shared by the libFuzzer targets: a QCoreApplication once (translations, time zones), and the
// input as Qt types. Each target's LLVMFuzzerTestOneInput must never crash, hang or read out of
// bounds, whatever the bytes.
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace pk::fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "pauzeknop-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app =
        QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace pk::fuzz
