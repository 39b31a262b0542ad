#pragma once

#include "crypto/secretbytes.h"
#include "error.h"

#include <QByteArray>
#include <QString>

namespace exam {
class StationPaths;
}

namespace exam::results {

// The station's Ed25519 key pair, which signs every result record. Made once, when the station is
// set up; the private key file is owner-only (0600) in the owner-only data folder; the public key is
// a PEM file that the registry registers and that anyone can check a record with, e.g.
//   openssl pkeyutl -verify -pubin -inkey station-key.pub -rawin -in record.json -sigfile record.sig
// A key file that exists but cannot be read is an error, never a reason to make a new key: records
// signed with the old key would no longer match the registered one.
class StationKey
{
    Q_DECLARE_TR_FUNCTIONS(exam::results::StationKey)
public:
    static Result<StationKey> loadOrCreate(const StationPaths& paths);

    const crypto::SecretBytes& privateKey() const { return m_privateKey; }
    QByteArray publicKey() const { return m_publicKey; }
    QString keyId() const; // first 8 bytes of SHA-256 of the public key, hex
    Result<QByteArray> publicKeyPem() const;
    Result<QByteArray> sign(QByteArrayView message) const;

private:
    StationKey(crypto::SecretBytes privateKey, QByteArray publicKey)
        : m_privateKey(std::move(privateKey)), m_publicKey(std::move(publicKey))
    {
    }
    crypto::SecretBytes m_privateKey;
    QByteArray m_publicKey;
};

} // namespace exam::results
