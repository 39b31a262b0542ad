#pragma once

#include "error.h"
#include "secretbytes.h"

#include <QByteArray>
#include <QString>

namespace exam::crypto {

// Key files on disk, PEM as `openssl pkey` reads and writes them: public keys as SubjectPublicKeyInfo,
// private keys as unencrypted PKCS#8 written owner-only (0600). Messages name the file.
class KeyFiles
{
    Q_DECLARE_TR_FUNCTIONS(exam::crypto::KeyFiles)
public:
    enum class Algorithm { Ed25519, X25519 };

    static Result<QByteArray> readPublicKey(const QString& path, Algorithm algorithm);
    static Result<SecretBytes> readPrivateKey(const QString& path, Algorithm algorithm);

    // Write a key pair as <base>.key and <base>.pub; refuses to overwrite an existing file.
    static Result<void> writeKeyPair(const QString& basePath, Algorithm algorithm, const SecretBytes& privateKey,
                                     const QByteArray& publicKey);

private:
    static Result<QByteArray> readSmallFile(const QString& path);
};

} // namespace exam::crypto
