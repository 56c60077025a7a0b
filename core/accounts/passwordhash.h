#pragma once
#include <QString>

namespace jy {

// Argon2id through libsodium's crypto_pwhash_str: the result carries its own salt and cost
// parameters, so a hash made with other costs still verifies and can be upgraded at login.
class PasswordHash
{
public:
    enum class Cost {
        Interactive, // what accounts get: libsodium's interactive limits (64 MiB)
        Minimal,     // demo data and tests only, where hundreds of hashes would be slow
    };
    static QString make(const QString &password, Cost cost = Cost::Interactive);
    static bool verify(const QString &hash, const QString &password);
    // True when the hash was made with weaker costs than Interactive (or is not Argon2id).
    static bool needsUpgrade(const QString &hash);
};

} // namespace jy
