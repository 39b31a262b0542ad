#include "aes256gcm.h"

#include "openssl_util.h"

#include <openssl/err.h>

#include <limits>

namespace exam::crypto {

using namespace detail;

namespace {
constexpr qsizetype MaxMessageSize = std::numeric_limits<int>::max() - Aes256Gcm::TagSize;

Result<CipherCtx> initContext(QByteArrayView key, QByteArrayView nonce, bool encrypt)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return opensslFailure("EVP_CIPHER_CTX_new");
    const int enc = encrypt ? 1 : 0;
    if (EVP_CipherInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr, enc) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(nonce.size()), nullptr) != 1
        || EVP_CipherInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(nonce), enc) != 1)
        return opensslFailure("AES-256-GCM init");
    return ctx;
}

bool addAssociatedData(EVP_CIPHER_CTX* ctx, QByteArrayView aad)
{
    int unused = 0;
    return aad.isEmpty() || EVP_CipherUpdate(ctx, nullptr, &unused, bytes(aad), static_cast<int>(aad.size())) == 1;
}
} // namespace

Result<void> Aes256Gcm::checkKeyAndNonce(QByteArrayView key, QByteArrayView nonce)
{
    if (key.size() != KeySize)
        return fail(ErrorCode::InvalidArgument,
                    tr("An AES-256 key must be %1 bytes long, not %2.").arg(KeySize).arg(key.size()));
    if (nonce.isEmpty() || nonce.size() > MaxNonceSize)
        return fail(ErrorCode::InvalidArgument,
                    tr("An AES-GCM nonce must be 1 to %1 bytes long, not %2.").arg(MaxNonceSize).arg(nonce.size()));
    return {};
}

Result<QByteArray> Aes256Gcm::seal(QByteArrayView key, QByteArrayView nonce, QByteArrayView plaintext,
                                   QByteArrayView associatedData)
{
    if (auto ok = checkKeyAndNonce(key, nonce); !ok)
        return std::unexpected(ok.error());
    if (plaintext.size() > MaxMessageSize || associatedData.size() > MaxMessageSize)
        return fail(ErrorCode::LimitExceeded, tr("The data to encrypt is too large."));
    auto ctx = initContext(key, nonce, true);
    if (!ctx)
        return std::unexpected(ctx.error());

    QByteArray out(plaintext.size() + TagSize, '\0');
    auto* dst = reinterpret_cast<unsigned char*>(out.data());
    int written = 0;
    int finalWritten = 0;
    if (!addAssociatedData(ctx->get(), associatedData)
        || (!plaintext.isEmpty()
            && EVP_EncryptUpdate(ctx->get(), dst, &written, bytes(plaintext), static_cast<int>(plaintext.size())) != 1)
        || EVP_EncryptFinal_ex(ctx->get(), dst + written, &finalWritten) != 1
        || EVP_CIPHER_CTX_ctrl(ctx->get(), EVP_CTRL_GCM_GET_TAG, TagSize, dst + plaintext.size()) != 1)
        return opensslFailure("AES-256-GCM encrypt");
    return out;
}

Result<SecretBytes> Aes256Gcm::open(QByteArrayView key, QByteArrayView nonce, QByteArrayView ciphertextAndTag,
                                    QByteArrayView associatedData)
{
    if (auto ok = checkKeyAndNonce(key, nonce); !ok)
        return std::unexpected(ok.error());
    if (ciphertextAndTag.size() < TagSize)
        return fail(ErrorCode::AuthenticationFailed,
                    tr("The encrypted data is shorter than its authentication tag: it is truncated."));
    if (ciphertextAndTag.size() > MaxMessageSize || associatedData.size() > MaxMessageSize)
        return fail(ErrorCode::LimitExceeded, tr("The data to decrypt is too large."));
    auto ctx = initContext(key, nonce, false);
    if (!ctx)
        return std::unexpected(ctx.error());

    const QByteArrayView ciphertext = ciphertextAndTag.first(ciphertextAndTag.size() - TagSize);
    QByteArray tag = ciphertextAndTag.last(TagSize).toByteArray();
    SecretBytes plaintext(ciphertext.size());
    int written = 0;
    int finalWritten = 0;
    if (!addAssociatedData(ctx->get(), associatedData)
        || (!ciphertext.isEmpty()
            && EVP_DecryptUpdate(ctx->get(), plaintext.writableData(), &written, bytes(ciphertext),
                                 static_cast<int>(ciphertext.size()))
                   != 1)
        || EVP_CIPHER_CTX_ctrl(ctx->get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) != 1)
        return opensslFailure("AES-256-GCM decrypt");
    if (EVP_DecryptFinal_ex(ctx->get(), plaintext.writableData() + written, &finalWritten) != 1) {
        plaintext.wipe(); // never hand out (or keep) plaintext whose tag did not verify
        ERR_clear_error();
        return fail(ErrorCode::AuthenticationFailed,
                    tr("The encrypted data failed its integrity check: it was altered, damaged, or the key is wrong."));
    }
    return plaintext;
}

} // namespace exam::crypto
