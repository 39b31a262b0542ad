#include "keyfiles.h"

#include "ed25519.h"
#include "x25519.h"

#include <QFile>
#include <QSaveFile>

namespace exam::crypto {

namespace {

QString algorithmName(KeyFiles::Algorithm algorithm)
{
    return algorithm == KeyFiles::Algorithm::Ed25519 ? QStringLiteral("Ed25519") : QStringLiteral("X25519");
}

} // namespace

Result<QByteArray> KeyFiles::readSmallFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.exists() ? ErrorCode::IoError : ErrorCode::NotFound,
                    tr("%1: cannot read the key file: %2.").arg(path, file.errorString()));
    QByteArray bytes = file.read(8192);
    if (!file.atEnd())
        return fail(ErrorCode::ParseError, tr("%1: too large to be a key file.").arg(path));
    return bytes;
}

Result<QByteArray> KeyFiles::readPublicKey(const QString& path, Algorithm algorithm)
{
    auto pem = readSmallFile(path);
    if (!pem)
        return std::unexpected(pem.error());
    auto key = algorithm == Algorithm::Ed25519 ? Ed25519::publicKeyFromPem(*pem) : X25519::publicKeyFromPem(*pem);
    if (!key)
        return fail(ErrorCode::ParseError,
                    tr("%1: not an %2 public key file (PEM “PUBLIC KEY”).").arg(path, algorithmName(algorithm)));
    return key;
}

Result<SecretBytes> KeyFiles::readPrivateKey(const QString& path, Algorithm algorithm)
{
    auto pem = readSmallFile(path);
    if (!pem)
        return std::unexpected(pem.error());
    auto key = algorithm == Algorithm::Ed25519 ? Ed25519::privateKeyFromPem(*pem) : X25519::privateKeyFromPem(*pem);
    wipe(*pem);
    if (!key)
        return fail(ErrorCode::ParseError,
                    tr("%1: not an %2 private key file (PEM “PRIVATE KEY”).").arg(path, algorithmName(algorithm)));
    return key;
}

Result<void> KeyFiles::writeKeyPair(const QString& basePath, Algorithm algorithm, const SecretBytes& privateKey,
                                    const QByteArray& publicKey)
{
    const QString privatePath = basePath + QStringLiteral(".key");
    const QString publicPath = basePath + QStringLiteral(".pub");
    for (const QString& path : {privatePath, publicPath}) {
        if (QFile::exists(path))
            return fail(ErrorCode::InvalidArgument, tr("%1 exists already; it is not overwritten, so no key is lost by "
                                                       "accident. Choose another name or move it away.")
                                                        .arg(path));
    }
    auto privatePem = algorithm == Algorithm::Ed25519 ? Ed25519::privateKeyToPem(privateKey.view())
                                                      : X25519::privateKeyToPem(privateKey.view());
    auto publicPem =
        algorithm == Algorithm::Ed25519 ? Ed25519::publicKeyToPem(publicKey) : X25519::publicKeyToPem(publicKey);
    if (!privatePem || !publicPem)
        return std::unexpected(!privatePem ? privatePem.error() : publicPem.error());

    const auto write = [](const QString& path, QByteArrayView bytes,
                          QFileDevice::Permissions permissions) -> Result<void> {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions)
            || file.write(bytes.data(), bytes.size()) != bytes.size() || !file.commit())
            return fail(ErrorCode::IoError, tr("%1: cannot write the key file: %2.").arg(path, file.errorString()));
        return {};
    };
    if (auto done = write(privatePath, privatePem->view(), QFileDevice::ReadOwner | QFileDevice::WriteOwner); !done)
        return done;
    return write(publicPath, *publicPem,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
}

} // namespace exam::crypto
