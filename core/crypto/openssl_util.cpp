#include "openssl_util.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <openssl/err.h>

Q_LOGGING_CATEGORY(lcCrypto, "exam.crypto")

namespace exam::crypto::detail {

std::unexpected<Error> opensslFailure(const char* operation)
{
    // The OpenSSL error strings name functions and reasons, never key or data bytes: safe to log.
    const unsigned long code = ERR_peek_last_error();
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    qCWarning(lcCrypto, "%s failed: %s", operation, text);
    ERR_clear_error();
    return fail(ErrorCode::CryptoFailure,
                QCoreApplication::translate("exam::crypto",
                                            "The cryptographic library reported an internal error (%1). "
                                            "Restart the program; if it happens again, reinstall it.")
                    .arg(QString::fromLatin1(operation)));
}

} // namespace exam::crypto::detail
