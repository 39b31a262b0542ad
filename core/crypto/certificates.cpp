#include "certificates.h"

#include "openssl_util.h"
#include "sha256.h"

#include <openssl/err.h>
#include <openssl/x509.h>

namespace exam::crypto {

Result<QByteArray> Certificates::spkiSha256(QByteArrayView certificateDer)
{
    const unsigned char* cursor = detail::bytes(certificateDer);
    std::unique_ptr<X509, decltype(&X509_free)> certificate(d2i_X509(nullptr, &cursor, long(certificateDer.size())),
                                                            &X509_free);
    if (!certificate) {
        ERR_clear_error(); // a bad input, not a failure of OpenSSL: nothing to log
        return fail(ErrorCode::ParseError, tr("The certificate is not DER-encoded X.509."));
    }
    unsigned char* der = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(certificate.get()), &der);
    if (length <= 0)
        return detail::opensslFailure("i2d_X509_PUBKEY");
    const QByteArray digest = Sha256::hash(QByteArrayView(der, length));
    OPENSSL_free(der);
    return digest;
}

} // namespace exam::crypto
