#include "stationbankkeys.h"

#include "crypto/keyfiles.h"
#include "crypto/x25519.h"
#include "stationpaths.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace exam {

StationBankKeyStore::StationBankKeyStore(const StationPaths& paths) : m_dataFolder(paths.dataFolder()) { }

QString StationBankKeyStore::centerKeyBase() const
{
    return QDir(m_dataFolder).filePath(QStringLiteral("center-key"));
}

QString StationBankKeyStore::trustedFolder() const
{
    return QDir(m_dataFolder).filePath(QStringLiteral("trusted-publishers"));
}

Result<void> StationBankKeyStore::createCenterKey() const
{
    if (QFile::exists(centerKeyBase() + QStringLiteral(".key")))
        return fail(ErrorCode::Conflict, tr("This station already has a centre key (%1). It is kept: banks issued to "
                                            "it could not be opened with a new one.")
                                             .arg(centerKeyBase() + QStringLiteral(".key")));
    auto pair = crypto::X25519::generate();
    if (!pair)
        return std::unexpected(pair.error());
    return crypto::KeyFiles::writeKeyPair(centerKeyBase(), crypto::KeyFiles::Algorithm::X25519, pair->privateKey,
                                          pair->publicKey);
}

Result<void> StationBankKeyStore::trustPublisher(const QString& name, const QString& publicKeyFile) const
{
    static const QRegularExpression safeName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$"));
    if (!safeName.match(name).hasMatch())
        return fail(ErrorCode::InvalidArgument, tr("A publisher name is 1 to 64 letters, digits, spaces, dots, dashes "
                                                   "or underscores, starting with a letter or digit."));
    auto key = crypto::KeyFiles::readPublicKey(publicKeyFile, crypto::KeyFiles::Algorithm::Ed25519);
    if (!key)
        return std::unexpected(key.error());
    if (!QDir().mkpath(trustedFolder()))
        return fail(ErrorCode::IoError, tr("The folder %1 cannot be created.").arg(trustedFolder()));
    const QString target = QDir(trustedFolder()).filePath(name + QStringLiteral(".pub"));
    if (QFile::exists(target))
        return fail(ErrorCode::Conflict, tr("A publisher named \"%1\" is already trusted (%2).").arg(name, target));
    if (!QFile::copy(publicKeyFile, target))
        return fail(ErrorCode::IoError, tr("The key could not be copied to %1.").arg(target));
    // Readable, writable by the owner only, whatever the source file allowed.
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                      | QFileDevice::ReadOther);
    return {};
}

Result<StationBankKeys> StationBankKeyStore::load() const
{
    const QString keyFile = centerKeyBase() + QStringLiteral(".key");
    if (!QFile::exists(keyFile))
        return fail(ErrorCode::NotFound,
                    tr("This station has no centre key yet. Set it up with: examctl station init"));
    auto center = crypto::KeyFiles::readPrivateKey(keyFile, crypto::KeyFiles::Algorithm::X25519);
    if (!center)
        return std::unexpected(center.error());
    StationBankKeys keys{{}, banks::BankKeys{std::move(*center), std::nullopt}};
    const QDir trusted(trustedFolder());
    for (const QString& file : trusted.entryList({QStringLiteral("*.pub")}, QDir::Files, QDir::Name)) {
        auto publisher = crypto::KeyFiles::readPublicKey(trusted.filePath(file), crypto::KeyFiles::Algorithm::Ed25519);
        if (!publisher)
            return std::unexpected(publisher.error());
        keys.trusted.append({file.chopped(4), *publisher});
    }
    return keys;
}

} // namespace exam
