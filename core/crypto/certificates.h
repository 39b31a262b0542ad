#pragma once

#include "error.h"
#include "secretbytes.h"

#include <QByteArray>
#include <QString>

namespace exam::crypto {

// A TLS identity of our own making: for machines that pin each other's key (a room's console and its
// stations) rather than trust a CA.
struct SelfSignedIdentity
{
    QByteArray certificatePem; // X.509 v3, ECDSA P-256 with SHA-256
    SecretBytes privateKeyPem; // unencrypted PKCS#8, as QSslKey(…, QSsl::Ec) reads it
};

class Certificates
{
    Q_DECLARE_TR_FUNCTIONS(exam::crypto::Certificates)
public:
    // SHA-256 of an X.509 certificate's DER SubjectPublicKeyInfo: the public-key pin of RFC 7469, the
    // same bytes as `openssl x509 -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256`.
    // A pin of the key survives the certificate's renewal with the same key.
    static Result<QByteArray> spkiSha256(QByteArrayView certificateDer);

    // A new P-256 key and a certificate for it, signed by itself, named `commonName`, valid from an hour
    // ago (clocks of a room differ a little) for `validDays`. Its pin is what the peer keeps.
    static Result<SelfSignedIdentity> makeSelfSigned(const QString& commonName, int validDays);
};

} // namespace exam::crypto
