#pragma once

#include "error.h"

#include <QByteArray>

namespace exam::crypto {

class Certificates
{
    Q_DECLARE_TR_FUNCTIONS(exam::crypto::Certificates)
public:
    // SHA-256 of an X.509 certificate's DER SubjectPublicKeyInfo: the public-key pin of RFC 7469, the
    // same bytes as `openssl x509 -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256`.
    // A pin of the key survives the certificate's renewal with the same key.
    static Result<QByteArray> spkiSha256(QByteArrayView certificateDer);
};

} // namespace exam::crypto
