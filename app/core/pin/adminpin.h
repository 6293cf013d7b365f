#pragma once

#include <QByteArray>
#include <QString>

namespace pk {

// The admin PIN of a shared PC, kept only as a salted PBKDF2-SHA256 hash
// ("pbkdf2-sha256$<iterations>$<salt, base64>$<key, base64>"), never as the PIN itself.
class AdminPin
{
public:
    static constexpr int DefaultIterations = 50000;
    static constexpr int MinimumLength = 4;

    // A new hash with a fresh random salt.
    static QString hash(const QString &pin, int iterations = DefaultIterations);
    static QString hashWithSalt(const QString &pin, const QByteArray &salt, int iterations);
    // True when pin matches the hash; false for a wrong PIN and for a malformed hash.
    static bool verify(const QString &pin, const QString &hash);
    static bool isWellFormed(const QString &hash);
};

} // namespace pk
