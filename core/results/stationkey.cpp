#include "stationkey.h"

#include "crypto/ed25519.h"
#include "crypto/keyfiles.h"
#include "crypto/keyid.h"
#include "station/stationpaths.h"

#include <QFile>

namespace exam::results {

Result<StationKey> StationKey::loadOrCreate(const StationPaths& paths)
{
    const QString base = paths.stationKeyBase();
    const QString privatePath = base + QStringLiteral(".key");
    if (QFile::exists(privatePath)) {
        auto key = crypto::KeyFiles::readPrivateKey(privatePath, crypto::KeyFiles::Algorithm::Ed25519);
        if (!key)
            return fail(key.error().code, tr("The station's signing key cannot be used: %1 Restore it from the "
                                             "station's backup; making a new key would break the link to results "
                                             "already sent.")
                                              .arg(key.error().message));
        auto publicKey = crypto::Ed25519::publicKeyOf(key->view());
        if (!publicKey)
            return std::unexpected(publicKey.error());
        return StationKey(std::move(*key), *publicKey);
    }
    auto pair = crypto::Ed25519::generate();
    if (!pair)
        return std::unexpected(pair.error());
    if (auto written = crypto::KeyFiles::writeKeyPair(base, crypto::KeyFiles::Algorithm::Ed25519, pair->privateKey,
                                                      pair->publicKey);
        !written)
        return std::unexpected(written.error());
    return StationKey(std::move(pair->privateKey), pair->publicKey);
}

QString StationKey::keyId() const
{
    return crypto::keyIdOf(m_publicKey);
}

Result<QByteArray> StationKey::publicKeyPem() const
{
    return crypto::Ed25519::publicKeyToPem(m_publicKey);
}

Result<QByteArray> StationKey::sign(QByteArrayView message) const
{
    return crypto::Ed25519::sign(m_privateKey.view(), message);
}

} // namespace exam::results
