#pragma once

#include "error.h"
#include "secretbytes.h"

#include <QByteArray>

namespace exam::crypto {

// AES-256-GCM with a 128-bit tag appended to the ciphertext. open() hands out plaintext only when
// the tag verified; on any failure the partially decrypted buffer is wiped and an error returned.
class Aes256Gcm
{
    Q_DECLARE_TR_FUNCTIONS(exam::crypto::Aes256Gcm)
public:
    static constexpr qsizetype KeySize = 32;
    static constexpr qsizetype NonceSize = 12;     // the size our formats use; open/seal accept 1..MaxNonceSize
    static constexpr qsizetype MaxNonceSize = 128; // OpenSSL's GCM limit
    static constexpr qsizetype TagSize = 16;

    static Result<QByteArray> seal(QByteArrayView key, QByteArrayView nonce, QByteArrayView plaintext,
                                   QByteArrayView associatedData);
    static Result<SecretBytes> open(QByteArrayView key, QByteArrayView nonce, QByteArrayView ciphertextAndTag,
                                    QByteArrayView associatedData);

private:
    static Result<void> checkKeyAndNonce(QByteArrayView key, QByteArrayView nonce);
};

} // namespace exam::crypto
