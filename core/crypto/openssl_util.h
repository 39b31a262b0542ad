#pragma once
// Private to core/crypto: RAII owners for OpenSSL handles and the error helper.
// Never include this outside core/crypto; callers see Qt types only.

#include "error.h"

#include <openssl/evp.h>
#include <openssl/kdf.h>

#include <memory>

namespace exam::crypto::detail {

struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX* p) const { EVP_CIPHER_CTX_free(p); }
};
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX* p) const { EVP_MD_CTX_free(p); }
};
struct PkeyDeleter
{
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
struct PkeyCtxDeleter
{
    void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); }
};
struct KdfDeleter
{
    void operator()(EVP_KDF* p) const { EVP_KDF_free(p); }
};
struct KdfCtxDeleter
{
    void operator()(EVP_KDF_CTX* p) const { EVP_KDF_CTX_free(p); }
};
struct CipherDeleter
{
    void operator()(EVP_CIPHER* p) const { EVP_CIPHER_free(p); }
};

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter>;
using KdfHandle = std::unique_ptr<EVP_KDF, KdfDeleter>;
using KdfCtx = std::unique_ptr<EVP_KDF_CTX, KdfCtxDeleter>;

// An OpenSSL call failed for a reason that is not the caller's input: clear the thread's error
// queue (so it cannot leak into a later, unrelated check) and report it.
std::unexpected<Error> opensslFailure(const char* operation);

inline const unsigned char* bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char*>(v.data());
}

inline size_t length(QByteArrayView v)
{
    return static_cast<size_t>(v.size());
}

} // namespace exam::crypto::detail
