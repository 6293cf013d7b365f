#pragma once

#include <QByteArray>
#include <QString>

namespace pk {

// The admin PIN of a shared PC, kept only as a salted PBKDF2-SHA256 hash
// ("pbkdf2-sha256$<iterations>$<salt, base64>$<key, base64>"), never as the PIN itself.
class AdminPin
{
public:
    // PBKDF2-SHA256 rounds: at least OWASP's figure for it (600,000, Password Storage Cheat
    // Sheet); more than the maximum would make each check take many seconds.
    static constexpr int MinimumIterations = 600000;
    static constexpr int DefaultIterations = MinimumIterations;
    static constexpr int MaximumIterations = 2000000;
    static constexpr int MinimumLength = 6;

    // A new hash with a fresh random salt.
    static QString hash(const QString &pin, int iterations = DefaultIterations);
    static QString hashWithSalt(const QString &pin, const QByteArray &salt, int iterations);
    // True when pin matches the hash; false for a wrong PIN and for a malformed hash.
    static bool verify(const QString &pin, const QString &hash);
    // Syntax only (any rounds from 1,000 up to the maximum, so tests can use cheap hashes);
    // the managed configuration also asks for at least MinimumIterations.
    static bool isWellFormed(const QString &hash);
    static int iterationsOf(const QString &hash); // 0 when not well formed
};

} // namespace pk
