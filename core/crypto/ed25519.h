#pragma once

#include "error.h"
#include "secretbytes.h"

#include <QByteArray>

namespace exam::crypto {

struct Ed25519KeyPair
{
    SecretBytes privateKey; // the 32-byte RFC 8032 seed
    QByteArray publicKey;   // 32 bytes
};

// Ed25519 signatures (RFC 8032, pure mode) with raw 32-byte keys.
class Ed25519
{
    Q_DECLARE_TR_FUNCTIONS(exam::crypto::Ed25519)
public:
    static constexpr qsizetype PrivateKeySize = 32;
    static constexpr qsizetype PublicKeySize = 32;
    static constexpr qsizetype SignatureSize = 64;

    static Result<Ed25519KeyPair> generate();
    static Result<QByteArray> publicKeyOf(QByteArrayView privateKey);
    static Result<QByteArray> sign(QByteArrayView privateKey, QByteArrayView message);
    // Succeeds only for a valid signature of message under publicKey; a wrong signature is
    // ErrorCode::AuthenticationFailed.
    static Result<void> verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

    // SubjectPublicKeyInfo PEM ("-----BEGIN PUBLIC KEY-----"), as `openssl pkeyutl -pubin` reads it.
    static Result<QByteArray> publicKeyToPem(QByteArrayView publicKey);
    static Result<QByteArray> publicKeyFromPem(QByteArrayView pem);
    // PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----"), unencrypted: the caller stores it owner-only.
    static Result<SecretBytes> privateKeyToPem(QByteArrayView privateKey);
    static Result<SecretBytes> privateKeyFromPem(QByteArrayView pem);
};

} // namespace exam::crypto
