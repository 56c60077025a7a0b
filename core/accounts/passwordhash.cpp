#include "accounts/passwordhash.h"
#include "db/dberror.h"

#include <QByteArray>
#include <sodium.h>

namespace jy {

namespace {
void ensureSodium()
{
    // sodium_init is thread-safe and idempotent; a negative result means no usable randomness.
    if (sodium_init() < 0)
        throw DbError(QStringLiteral("libsodium could not be initialised."));
}
} // namespace

QString PasswordHash::make(const QString &password, Cost cost)
{
    ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const unsigned long long ops = cost == Cost::Interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN;
    const size_t mem = cost == Cost::Interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN;
    if (crypto_pwhash_str_alg(out, utf8.constData(), size_t(utf8.size()), ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw DbError(QStringLiteral("Out of memory while hashing a password."));
    return QString::fromLatin1(out);
}

bool PasswordHash::verify(const QString &hash, const QString &password)
{
    ensureSodium();
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), size_t(utf8.size())) == 0;
}

bool PasswordHash::needsUpgrade(const QString &hash)
{
    ensureSodium();
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

} // namespace jy
