// Ed25519 and X25519: both are raw-key EVP_PKEY algorithms and share the key handling.
#include "ed25519.h"
#include "openssl_util.h"
#include "random.h"
#include "x25519.h"

#include <openssl/decoder.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pem.h>

#include <optional>

#include <QCoreApplication>

namespace exam::crypto {

using namespace detail;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("exam::crypto", text);
}

Result<Pkey> privateKey(int type, QByteArrayView raw, qsizetype expected)
{
    if (raw.size() != expected)
        return fail(ErrorCode::InvalidArgument,
                    tr("A private key must be %1 bytes long, not %2.").arg(expected).arg(raw.size()));
    Pkey key(EVP_PKEY_new_raw_private_key(type, nullptr, bytes(raw), length(raw)));
    if (!key)
        return opensslFailure("EVP_PKEY_new_raw_private_key");
    return key;
}

Result<Pkey> publicKey(int type, QByteArrayView raw, qsizetype expected)
{
    if (raw.size() != expected)
        return fail(ErrorCode::InvalidArgument,
                    tr("A public key must be %1 bytes long, not %2.").arg(expected).arg(raw.size()));
    Pkey key(EVP_PKEY_new_raw_public_key(type, nullptr, bytes(raw), length(raw)));
    if (!key) {
        ERR_clear_error();
        return fail(ErrorCode::InvalidArgument, tr("The public key is not a valid key."));
    }
    return key;
}

using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;

// Without a callback OpenSSL asks for a passphrase on the terminal when a key file is encrypted; key
// files here are never encrypted, so such a file is simply not readable.
int refusePassphrase(char*, int, int, void*)
{
    return -1;
}

// RFC 8410's DER encoding of an Ed25519 or X25519 key as `openssl genpkey` and every key file of ours
// have it: a fixed prefix naming the algorithm (SubjectPublicKeyInfo, or PKCS#8 version 1), then the 32
// key bytes.
QByteArray rfc8410Prefix(int type, bool privateKey)
{
    const char algorithm = type == EVP_PKEY_ED25519 ? '\x70' : '\x6e'; // 1.3.101.112 or 1.3.101.110
    if (privateKey)
        return QByteArray("\x30\x2e\x02\x01\x00\x30\x05\x06\x03\x2b\x65", 11) + algorithm
               + QByteArray("\x04\x22\x04\x20", 4);
    return QByteArray("\x30\x2a\x30\x05\x06\x03\x2b\x65", 8) + algorithm + QByteArray("\x03\x21\x00", 3);
}

// The key bytes of a PEM key in exactly that form, its armour read by OpenSSL into secure memory.
// OpenSSL's decoders, which set up every decoder of every provider they might need, were a twentieth of
// the kiosk's start for two key files. Anything else (PKCS#8 with the public key in it, an encrypted
// key, another algorithm, a damaged file) gives nothing and goes to the full decoder below.
std::optional<SecretBytes> plainRfc8410Key(QByteArrayView pem, int type, bool privateKey, qsizetype keySize)
{
    Bio bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), &BIO_free);
    char* name = nullptr;
    char* header = nullptr;
    unsigned char* der = nullptr;
    long size = 0;
    if (!bio || PEM_read_bio_ex(bio.get(), &name, &header, &der, &size, PEM_FLAG_SECURE | PEM_FLAG_ONLY_B64) != 1) {
        ERR_clear_error();
        return std::nullopt;
    }
    const QByteArray prefix = rfc8410Prefix(type, privateKey);
    const QByteArrayView body(reinterpret_cast<const char*>(der), size);
    std::optional<SecretBytes> raw;
    if (qstrcmp(name, privateKey ? PEM_STRING_PKCS8INF : PEM_STRING_PUBLIC) == 0 && qstrlen(header) == 0
        && body.size() == prefix.size() + keySize && body.startsWith(prefix))
        raw = SecretBytes::copyOf(body.sliced(prefix.size()));
    OPENSSL_secure_free(name);
    OPENSSL_secure_free(header);
    OPENSSL_secure_clear_free(der, static_cast<size_t>(size));
    return raw;
}

// A PEM key of one type in one structure. Asking OpenSSL 3's decoder for exactly that, rather than
// PEM_read_bio_* which tries every decoder it has, reads the kiosk's key files in about half the work
// (they were a tenth of its start-up).
Pkey decodePem(QByteArrayView pem, int type, const char* structure, int selection)
{
    EVP_PKEY* key = nullptr;
    OSSL_DECODER_CTX* context =
        OSSL_DECODER_CTX_new_for_pkey(&key, "PEM", structure, OBJ_nid2sn(type), selection, nullptr, nullptr);
    if (!context)
        return Pkey();
    OSSL_DECODER_CTX_set_pem_password_cb(context, refusePassphrase, nullptr); // encrypted keys are refused
    const auto* data = reinterpret_cast<const unsigned char*>(pem.data());
    size_t size = static_cast<size_t>(pem.size());
    const bool decoded = OSSL_DECODER_from_data(context, &data, &size) == 1;
    OSSL_DECODER_CTX_free(context);
    if (!decoded) {
        EVP_PKEY_free(key);
        return Pkey();
    }
    return Pkey(key);
}

// PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----"), unencrypted, as `openssl pkey` reads it. Written through a
// secure-memory BIO, which is wiped when freed.
Result<SecretBytes> privateKeyToPem(int type, QByteArrayView raw, qsizetype expected)
{
    auto key = privateKey(type, raw, expected);
    if (!key)
        return std::unexpected(key.error());
    Bio bio(BIO_new(BIO_s_secmem()), &BIO_free);
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key->get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return opensslFailure("PEM_write_bio_PrivateKey");
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return SecretBytes::copyOf(QByteArrayView(data, static_cast<qsizetype>(size)));
}

Result<SecretBytes> privateKeyFromPem(int type, QByteArrayView pem, qsizetype expected, const QString& notAKeyMessage)
{
    constexpr qsizetype MaxPemSize = 4096;
    if (pem.size() > MaxPemSize)
        return fail(ErrorCode::ParseError, notAKeyMessage);
    if (auto raw = plainRfc8410Key(pem, type, true, expected))
        return std::move(*raw);
    Pkey key = decodePem(pem, type, "PrivateKeyInfo", OSSL_KEYMGMT_SELECT_KEYPAIR);
    ERR_clear_error();
    if (!key || EVP_PKEY_get_id(key.get()) != type)
        return fail(ErrorCode::ParseError, notAKeyMessage);
    SecretBytes raw(expected);
    size_t size = static_cast<size_t>(expected);
    if (EVP_PKEY_get_raw_private_key(key.get(), raw.writableData(), &size) != 1
        || size != static_cast<size_t>(expected))
        return opensslFailure("EVP_PKEY_get_raw_private_key");
    return raw;
}

Result<QByteArray> rawPublicKey(EVP_PKEY* key, qsizetype expected)
{
    QByteArray out(expected, '\0');
    size_t size = length(out);
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(out.data()), &size) != 1
        || size != length(out))
        return opensslFailure("EVP_PKEY_get_raw_public_key");
    return out;
}

Result<QByteArray> publicKeyToPem(int type, QByteArrayView raw, qsizetype expected)
{
    auto key = publicKey(type, raw, expected);
    if (!key)
        return std::unexpected(key.error());
    Bio bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), key->get()) != 1)
        return opensslFailure("PEM_write_bio_PUBKEY");
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

Result<QByteArray> publicKeyFromPem(int type, QByteArrayView pem, qsizetype expected, const QString& notAKeyMessage)
{
    constexpr qsizetype MaxPemSize = 4096;
    if (pem.size() > MaxPemSize)
        return fail(ErrorCode::ParseError, notAKeyMessage);
    if (auto raw = plainRfc8410Key(pem, type, false, expected))
        return QByteArray(raw->constData(), raw->size());
    Pkey key = decodePem(pem, type, "SubjectPublicKeyInfo", OSSL_KEYMGMT_SELECT_PUBLIC_KEY);
    ERR_clear_error();
    if (!key || EVP_PKEY_get_id(key.get()) != type)
        return fail(ErrorCode::ParseError, notAKeyMessage);
    return rawPublicKey(key.get(), expected);
}

Result<QByteArray> publicKeyFromPrivate(int type, QByteArrayView raw, qsizetype size)
{
    auto key = privateKey(type, raw, size);
    if (!key)
        return std::unexpected(key.error());
    return rawPublicKey(key->get(), size);
}

} // namespace

// ---- Ed25519

Result<Ed25519KeyPair> Ed25519::generate()
{
    auto seed = Random::secret(PrivateKeySize);
    if (!seed)
        return std::unexpected(seed.error());
    auto pub = publicKeyOf(seed->view());
    if (!pub)
        return std::unexpected(pub.error());
    return Ed25519KeyPair{std::move(*seed), *pub};
}

Result<QByteArray> Ed25519::publicKeyOf(QByteArrayView privateKey)
{
    return publicKeyFromPrivate(EVP_PKEY_ED25519, privateKey, PrivateKeySize);
}

Result<QByteArray> Ed25519::sign(QByteArrayView privateKeyBytes, QByteArrayView message)
{
    auto key = privateKey(EVP_PKEY_ED25519, privateKeyBytes, PrivateKeySize);
    if (!key)
        return std::unexpected(key.error());
    MdCtx ctx(EVP_MD_CTX_new());
    QByteArray signature(SignatureSize, '\0');
    size_t size = length(signature);
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key->get()) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &size, bytes(message),
                          length(message))
               != 1
        || size != length(signature))
        return opensslFailure("Ed25519 sign");
    return signature;
}

Result<void> Ed25519::verify(QByteArrayView publicKeyBytes, QByteArrayView message, QByteArrayView signature)
{
    auto key = publicKey(EVP_PKEY_ED25519, publicKeyBytes, PublicKeySize);
    if (!key)
        return std::unexpected(key.error());
    const auto badSignature = [] {
        return fail(ErrorCode::AuthenticationFailed, tr("The signature does not match: the data was altered "
                                                        "or signed by someone else."));
    };
    if (signature.size() != SignatureSize)
        return badSignature();
    MdCtx ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key->get()) != 1)
        return opensslFailure("Ed25519 verify init");
    const int verdict =
        EVP_DigestVerify(ctx.get(), bytes(signature), length(signature), bytes(message), length(message));
    ERR_clear_error();
    if (verdict != 1)
        return badSignature();
    return {};
}

Result<QByteArray> Ed25519::publicKeyToPem(QByteArrayView publicKey)
{
    return crypto::publicKeyToPem(EVP_PKEY_ED25519, publicKey, PublicKeySize);
}

Result<QByteArray> Ed25519::publicKeyFromPem(QByteArrayView pem)
{
    return crypto::publicKeyFromPem(EVP_PKEY_ED25519, pem, PublicKeySize,
                                    tr("The text is not an Ed25519 public key in PEM format."));
}

Result<SecretBytes> Ed25519::privateKeyToPem(QByteArrayView privateKey)
{
    return crypto::privateKeyToPem(EVP_PKEY_ED25519, privateKey, PrivateKeySize);
}

Result<SecretBytes> Ed25519::privateKeyFromPem(QByteArrayView pem)
{
    return crypto::privateKeyFromPem(EVP_PKEY_ED25519, pem, PrivateKeySize,
                                     tr("The text is not an Ed25519 private key in PEM format."));
}

// ---- X25519

Result<SecretBytes> X25519::privateKeyToPem(QByteArrayView privateKey)
{
    return crypto::privateKeyToPem(EVP_PKEY_X25519, privateKey, KeySize);
}

Result<SecretBytes> X25519::privateKeyFromPem(QByteArrayView pem)
{
    return crypto::privateKeyFromPem(EVP_PKEY_X25519, pem, KeySize,
                                     tr("The text is not an X25519 private key in PEM format."));
}

Result<QByteArray> X25519::publicKeyToPem(QByteArrayView publicKey)
{
    return crypto::publicKeyToPem(EVP_PKEY_X25519, publicKey, KeySize);
}

Result<QByteArray> X25519::publicKeyFromPem(QByteArrayView pem)
{
    return crypto::publicKeyFromPem(EVP_PKEY_X25519, pem, KeySize,
                                    tr("The text is not an X25519 public key in PEM format."));
}

Result<X25519KeyPair> X25519::generate()
{
    auto secret = Random::secret(KeySize);
    if (!secret)
        return std::unexpected(secret.error());
    auto pub = publicKeyOf(secret->view());
    if (!pub)
        return std::unexpected(pub.error());
    return X25519KeyPair{std::move(*secret), *pub};
}

Result<QByteArray> X25519::publicKeyOf(QByteArrayView privateKey)
{
    return publicKeyFromPrivate(EVP_PKEY_X25519, privateKey, KeySize);
}

Result<SecretBytes> X25519::derive(QByteArrayView privateKeyBytes, QByteArrayView peerPublicKey)
{
    auto own = privateKey(EVP_PKEY_X25519, privateKeyBytes, KeySize);
    if (!own)
        return std::unexpected(own.error());
    auto peer = publicKey(EVP_PKEY_X25519, peerPublicKey, KeySize);
    if (!peer)
        return std::unexpected(peer.error());
    PkeyCtx ctx(EVP_PKEY_CTX_new(own->get(), nullptr));
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1)
        return opensslFailure("X25519 derive init");
    const auto weakPeer = [] {
        return fail(ErrorCode::InvalidArgument,
                    tr("The other party's public key is weak (it yields a predictable shared secret) and is refused."));
    };
    if (EVP_PKEY_derive_set_peer(ctx.get(), peer->get()) != 1) {
        ERR_clear_error();
        return weakPeer();
    }
    SecretBytes shared(KeySize);
    size_t size = KeySize;
    if (EVP_PKEY_derive(ctx.get(), shared.writableData(), &size) != 1 || size != KeySize) {
        ERR_clear_error(); // OpenSSL refuses an all-zero shared secret here
        return weakPeer();
    }
    if (constantTimeEquals(shared.view(), QByteArray(KeySize, '\0')))
        return weakPeer();
    return shared;
}

} // namespace exam::crypto
