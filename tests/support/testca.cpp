#include "testca.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <stdexcept>

namespace exam::test {

namespace {

EVP_PKEY* newKey()
{
    EVP_PKEY* key = EVP_EC_gen("P-256");
    if (!key)
        throw std::runtime_error("EVP_EC_gen failed");
    return key;
}

QByteArray pem(X509* certificate)
{
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, certificate);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray out(data, size);
    BIO_free(bio);
    return out;
}

QByteArray pem(EVP_PKEY* key)
{
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray out(data, size);
    BIO_free(bio);
    return out;
}

void addExtension(X509* certificate, X509* issuer, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        throw std::runtime_error("X509V3_EXT_conf_nid failed");
    X509_add_ext(certificate, extension, -1);
    X509_EXTENSION_free(extension);
}

X509* newCertificate(EVP_PKEY* key, const char* commonName, long serial)
{
    X509* certificate = X509_new();
    X509_set_version(certificate, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate), serial);
    X509_gmtime_adj(X509_getm_notBefore(certificate), -3600);
    X509_gmtime_adj(X509_getm_notAfter(certificate), 7 * 24 * 3600);
    X509_set_pubkey(certificate, key);
    X509_NAME* name = X509_get_subject_name(certificate);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(commonName), -1, -1, 0);
    return certificate;
}

} // namespace

TestCa::TestCa(const QString& name)
{
    EVP_PKEY* key = newKey();
    const QByteArray commonName = name.toUtf8();
    X509* certificate = newCertificate(key, commonName.constData(), 1);
    X509_set_issuer_name(certificate, X509_get_subject_name(certificate));
    addExtension(certificate, certificate, NID_basic_constraints, "critical,CA:TRUE");
    addExtension(certificate, certificate, NID_key_usage, "critical,keyCertSign,cRLSign");
    addExtension(certificate, certificate, NID_subject_key_identifier, "hash");
    X509_sign(certificate, key, EVP_sha256());
    m_key = key;
    m_cert = certificate;
    m_ca = {pem(certificate), pem(key)};
}

TestCa::~TestCa()
{
    X509_free(static_cast<X509*>(m_cert));
    EVP_PKEY_free(static_cast<EVP_PKEY*>(m_key));
}

TestCertificate TestCa::issueServer() const
{
    static long serial = 100;
    EVP_PKEY* key = newKey();
    X509* issuer = static_cast<X509*>(m_cert);
    X509* certificate = newCertificate(key, "localhost", ++serial);
    X509_set_issuer_name(certificate, X509_get_subject_name(issuer));
    addExtension(certificate, issuer, NID_basic_constraints, "critical,CA:FALSE");
    addExtension(certificate, issuer, NID_key_usage, "critical,digitalSignature");
    addExtension(certificate, issuer, NID_ext_key_usage, "serverAuth");
    addExtension(certificate, issuer, NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost");
    addExtension(certificate, issuer, NID_authority_key_identifier, "keyid:always");
    X509_sign(certificate, static_cast<EVP_PKEY*>(m_key), EVP_sha256());
    TestCertificate issued{pem(certificate), pem(key)};
    X509_free(certificate);
    EVP_PKEY_free(key);
    return issued;
}

} // namespace exam::test
