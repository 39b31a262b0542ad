#include "kdf.h"

#include "openssl_util.h"

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/params.h>

#include <vector>

namespace exam::crypto {

using namespace detail;

namespace {

// OSSL_PARAM wants a non-null pointer even for an empty octet string.
void* octets(QByteArrayView v)
{
    static unsigned char empty = 0;
    return v.isEmpty() ? static_cast<void*>(&empty) : static_cast<void*>(const_cast<char*>(v.data()));
}

Result<SecretBytes> derive(const char* algorithm, std::vector<OSSL_PARAM>& params, qsizetype outputSize)
{
    params.push_back(OSSL_PARAM_construct_end());
    KdfHandle kdf(EVP_KDF_fetch(nullptr, algorithm, nullptr));
    KdfCtx ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    if (!ctx)
        return opensslFailure(algorithm);
    SecretBytes out(outputSize);
    if (EVP_KDF_derive(ctx.get(), out.writableData(), static_cast<size_t>(outputSize), params.data()) != 1)
        return opensslFailure(algorithm);
    return out;
}

} // namespace

Result<SecretBytes> Kdf::hkdfSha256(QByteArrayView inputKey, QByteArrayView salt, QByteArrayView info,
                                    qsizetype outputSize)
{
    if (outputSize <= 0 || outputSize > MaxHkdfLength)
        return fail(ErrorCode::InvalidArgument,
                    tr("HKDF-SHA256 can derive 1 to %1 bytes, not %2.").arg(MaxHkdfLength).arg(outputSize));
    char digest[] = "SHA256";
    std::vector<OSSL_PARAM> params{
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, octets(inputKey), length(inputKey)),
    };
    if (!salt.isEmpty())
        params.push_back(OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, octets(salt), length(salt)));
    if (!info.isEmpty())
        params.push_back(OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, octets(info), length(info)));
    return derive("HKDF", params, outputSize);
}

Result<void> Kdf::checkScryptParams(const ScryptParams& p)
{
    const bool powerOfTwo = p.n >= 2 && (p.n & (p.n - 1)) == 0;
    if (!powerOfTwo || p.r == 0 || p.p == 0)
        return fail(ErrorCode::InvalidArgument,
                    tr("The scrypt parameters are invalid (N=%1, r=%2, p=%3): N must be a power of two, r and p "
                       "at least 1.")
                        .arg(p.n)
                        .arg(p.r)
                        .arg(p.p));
    // Individual caps first: they keep the products below from overflowing.
    const bool withinCaps = p.n <= ScryptParams::MaxN && p.r <= ScryptParams::MaxR && p.p <= ScryptParams::MaxP
                            && 128ull * p.r * p.n <= ScryptParams::MaxMemoryBytes
                            && p.n * p.r * p.p <= ScryptParams::MaxWork;
    if (!withinCaps)
        return fail(ErrorCode::LimitExceeded,
                    tr("The scrypt parameters (N=%1, r=%2, p=%3) ask for more memory or time than this station "
                       "allows; the file that carries them was made with wrong settings or was altered.")
                        .arg(p.n)
                        .arg(p.r)
                        .arg(p.p));
    return {};
}

Result<SecretBytes> Kdf::scrypt(QByteArrayView password, QByteArrayView salt, const ScryptParams& p,
                                qsizetype outputSize)
{
    if (auto ok = checkScryptParams(p); !ok)
        return std::unexpected(ok.error());
    if (outputSize <= 0 || outputSize > MaxScryptLength)
        return fail(ErrorCode::InvalidArgument,
                    tr("scrypt can derive 1 to %1 bytes, not %2.").arg(MaxScryptLength).arg(outputSize));
    uint64_t n = p.n;
    uint32_t r = p.r;
    uint32_t par = p.p;
    uint64_t maxmem = ScryptParams::MaxMemoryBytes + (1u << 20); // OpenSSL counts a little overhead
    std::vector<OSSL_PARAM> params{
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, octets(password), length(password)),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, octets(salt), length(salt)),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &par),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
    };
    return derive("SCRYPT", params, outputSize);
}

} // namespace exam::crypto
