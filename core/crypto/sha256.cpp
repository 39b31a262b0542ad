#include "sha256.h"

#include "openssl_util.h"

#include <QIODevice>

#include <openssl/sha.h>

namespace exam::crypto {

// SHA-256 with OpenSSL cannot fail on valid inputs short of memory exhaustion; treat a failure
// as the fatal programming/environment error it is rather than hand out a wrong digest.
struct Sha256::Impl
{
    detail::MdCtx ctx{EVP_MD_CTX_new()};
};

Sha256::Sha256() : d(std::make_unique<Impl>())
{
    if (!d->ctx || EVP_DigestInit_ex(d->ctx.get(), EVP_sha256(), nullptr) != 1)
        qFatal("SHA-256 is not available from OpenSSL");
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    if (!data.isEmpty() && EVP_DigestUpdate(d->ctx.get(), data.data(), detail::length(data)) != 1)
        qFatal("SHA-256 update failed");
}

QByteArray Sha256::result()
{
    QByteArray digest(DigestSize, '\0');
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(d->ctx.get(), reinterpret_cast<unsigned char*>(digest.data()), &size) != 1
        || size != DigestSize)
        qFatal("SHA-256 finalisation failed");
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 hasher;
    hasher.addData(data);
    return hasher.result();
}

Result<QByteArray> Sha256::hash(QIODevice& device)
{
    Sha256 hasher;
    QByteArray chunk(64 * 1024, '\0');
    for (;;) {
        const qint64 n = device.read(chunk.data(), chunk.size());
        if (n < 0)
            return fail(ErrorCode::IoError,
                        tr("Could not read the file to compute its checksum: %1").arg(device.errorString()));
        if (n == 0)
            break;
        hasher.addData(QByteArrayView(chunk.constData(), n));
    }
    return hasher.result();
}

} // namespace exam::crypto
