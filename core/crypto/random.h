#pragma once

#include "error.h"
#include "secretbytes.h"

#include <QByteArray>

namespace exam::crypto {

// The operating system's CSPRNG through OpenSSL. Fails closed: when it cannot deliver, the caller
// gets an error, never predictable bytes.
class Random
{
    Q_DECLARE_TR_FUNCTIONS(exam::crypto::Random)
public:
    static Result<QByteArray> bytes(qsizetype count);
    static Result<SecretBytes> secret(qsizetype count);
};

} // namespace exam::crypto
