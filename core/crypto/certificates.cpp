#include "certificates.h"

#include "openssl_util.h"
#include "sha256.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

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

namespace {

struct BioDeleter
{
    void operator()(BIO* p) const { BIO_free(p); }
};
using Bio = std::unique_ptr<BIO, BioDeleter>;

QByteArray drain(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

} // namespace

Result<SelfSignedIdentity> Certificates::makeSelfSigned(const QString& commonName, int validDays)
{
    if (commonName.isEmpty() || commonName.size() > 64 || validDays < 1)
        return fail(ErrorCode::InvalidArgument, tr("A certificate needs a name of 1 to 64 characters and a validity "
                                                   "of at least a day."));
    detail::Pkey key(EVP_EC_gen("P-256"));
    if (!key)
        return detail::opensslFailure("EVP_EC_gen");
    std::unique_ptr<X509, decltype(&X509_free)> certificate(X509_new(), &X509_free);
    if (!certificate)
        return detail::opensslFailure("X509_new");
    // A random positive 159-bit serial, as RFC 5280 asks of a CA and browsers of everybody.
    std::unique_ptr<BIGNUM, decltype(&BN_free)> serial(BN_new(), &BN_free);
    const QByteArray name = commonName.toUtf8();
    X509_NAME* subject = X509_get_subject_name(certificate.get());
    if (!serial || BN_rand(serial.get(), 159, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get()))
        || X509_set_version(certificate.get(), 2) != 1
        || !X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600)
        || !X509_gmtime_adj(X509_getm_notAfter(certificate.get()), long(validDays) * 24 * 3600)
        || X509_set_pubkey(certificate.get(), key.get()) != 1
        || X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8, detail::bytes(name), int(name.size()), -1, 0) != 1
        || X509_set_issuer_name(certificate.get(), subject) != 1)
        return detail::opensslFailure("X509 fields");
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate.get(), certificate.get(), nullptr, nullptr, 0);
    for (const auto& [nid, value] :
         {std::pair{NID_basic_constraints, "critical,CA:FALSE"}, std::pair{NID_key_usage, "critical,digitalSignature"},
          std::pair{NID_ext_key_usage, "serverAuth,clientAuth"}}) {
        std::unique_ptr<X509_EXTENSION, decltype(&X509_EXTENSION_free)> extension(
            X509V3_EXT_conf_nid(nullptr, &context, nid, value), &X509_EXTENSION_free);
        if (!extension || X509_add_ext(certificate.get(), extension.get(), -1) != 1)
            return detail::opensslFailure("X509_add_ext");
    }
    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0)
        return detail::opensslFailure("X509_sign");

    Bio certificateBio(BIO_new(BIO_s_mem()));
    Bio keyBio(BIO_new(BIO_s_mem()));
    if (!certificateBio || !keyBio || PEM_write_bio_X509(certificateBio.get(), certificate.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return detail::opensslFailure("PEM_write_bio");
    SelfSignedIdentity identity;
    identity.certificatePem = drain(certificateBio.get());
    // Straight from the memory BIO's buffer, which is wiped before it is freed: it holds the private key.
    char* data = nullptr;
    const long size = BIO_get_mem_data(keyBio.get(), &data);
    identity.privateKeyPem = SecretBytes::copyOf(QByteArrayView(data, qsizetype(size)));
    OPENSSL_cleanse(data, size_t(size));
    return identity;
}

} // namespace exam::crypto
