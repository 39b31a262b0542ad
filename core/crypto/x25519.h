#pragma once

#include "error.h"
#include "secretbytes.h"

#include <QByteArray>

namespace exam::crypto {

struct X25519KeyPair
{
    SecretBytes privateKey; // 32 bytes
    QByteArray publicKey;   // 32 bytes
};

// X25519 key agreement (RFC 7748) with raw 32-byte keys.
class X25519
{
    Q_DECLARE_TR_FUNCTIONS(exam::crypto::X25519)
public:
    static constexpr qsizetype KeySize = 32;

    static Result<X25519KeyPair> generate();
    static Result<QByteArray> publicKeyOf(QByteArrayView privateKey);
    // The shared secret. A peer key of small order (all-zero result) is refused: such a key lets an
    // attacker fix the secret.
    static Result<SecretBytes> derive(QByteArrayView privateKey, QByteArrayView peerPublicKey);

    // Key files: SubjectPublicKeyInfo PEM for public keys, unencrypted PKCS#8 PEM for private keys
    // (the caller stores those owner-only), both as `openssl pkey` reads them.
    static Result<QByteArray> publicKeyToPem(QByteArrayView publicKey);
    static Result<QByteArray> publicKeyFromPem(QByteArrayView pem);
    static Result<SecretBytes> privateKeyToPem(QByteArrayView privateKey);
    static Result<SecretBytes> privateKeyFromPem(QByteArrayView pem);
};

} // namespace exam::crypto
