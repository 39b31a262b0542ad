#include "roomidentity.h"

#include "crypto/certificates.h"
#include "crypto/sha256.h"
#include "roomchannel.h"

#include <QFile>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QtEndian>

namespace exam::room {

namespace {

Result<QByteArray> readFile(const QString& path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.exists() ? ErrorCode::IoError : ErrorCode::NotFound,
                    QCoreApplication::translate("exam::room::RoomIdentity", "%1 cannot be read: %2.")
                        .arg(path, file.errorString()));
    QByteArray bytes = file.read(limit + 1);
    if (bytes.size() > limit)
        return fail(ErrorCode::LimitExceeded,
                    QCoreApplication::translate("exam::room::RoomIdentity", "%1 is too large to be a room identity.")
                        .arg(path));
    return bytes;
}

Result<void> writeFile(const QString& path, QByteArrayView bytes, QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions)
        || file.write(bytes.data(), bytes.size()) != bytes.size() || !file.commit())
        return fail(ErrorCode::IoError,
                    QCoreApplication::translate("exam::room::RoomIdentity", "%1 cannot be written: %2.")
                        .arg(path, file.errorString()));
    return {};
}

} // namespace

Result<RoomIdentity> RoomIdentity::open(const QString& basePath)
{
    const QString certificatePath = basePath + QStringLiteral(".pem");
    const QString keyPath = basePath + QStringLiteral(".key");
    auto certificatePem = readFile(certificatePath, 16 * 1024);
    if (!certificatePem)
        return std::unexpected(certificatePem.error());
    auto keyPem = readFile(keyPath, 16 * 1024);
    if (!keyPem)
        return std::unexpected(keyPem.error());
    RoomIdentity identity;
    identity.m_certificatePem = *certificatePem;
    identity.m_privateKeyPem = crypto::SecretBytes::copyOf(*keyPem);
    crypto::wipe(*keyPem);
    const QSslCertificate certificate(identity.m_certificatePem, QSsl::Pem);
    auto pin = certificate.isNull() ? Result<QByteArray>(fail(ErrorCode::ParseError, QString()))
                                    : crypto::Certificates::spkiSha256(certificate.toDer());
    if (!pin || identity.tls().privateKey().isNull())
        return fail(ErrorCode::ParseError,
                    tr("The room identity in %1 and %2 is damaged. Its room knows this machine by it: restore the "
                       "files from a backup, or remove both and join the room again.")
                        .arg(certificatePath, keyPath));
    identity.m_pin = *pin;
    return identity;
}

Result<RoomIdentity> RoomIdentity::openOrCreate(const QString& basePath, const QString& commonName)
{
    const QString certificatePath = basePath + QStringLiteral(".pem");
    const QString keyPath = basePath + QStringLiteral(".key");
    if (QFile::exists(certificatePath) || QFile::exists(keyPath))
        return open(basePath);
    auto made = crypto::Certificates::makeSelfSigned(commonName.left(64), ValidDays);
    if (!made)
        return std::unexpected(made.error());
    // The key first: a certificate without its key would be a damaged identity, a key alone is made
    // again next time.
    if (auto written = writeFile(keyPath, made->privateKeyPem.view(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        !written)
        return std::unexpected(written.error());
    if (auto written = writeFile(certificatePath, made->certificatePem,
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                     | QFileDevice::ReadOther);
        !written) {
        QFile::remove(keyPath);
        return std::unexpected(written.error());
    }
    return open(basePath);
}

QSslConfiguration RoomIdentity::tls() const
{
    return RoomChannel::tlsFor(m_certificatePem, m_privateKeyPem.view().toByteArray());
}

QByteArray pairingCommitment(const QByteArray& consoleNonce)
{
    return crypto::Sha256::hash(QByteArray(QByteArrayLiteral("exam-room pairing commitment v1\n") + consoleNonce));
}

QString pairingCode(const QByteArray& consolePin, const QByteArray& stationPin, const QByteArray& consoleNonce,
                    const QByteArray& stationNonce)
{
    const QByteArray digest = crypto::Sha256::hash(QByteArray(QByteArrayLiteral("exam-room pairing v2\n") + consolePin
                                                              + stationPin + consoleNonce + stationNonce));
    const quint32 number = qFromBigEndian<quint32>(digest.constData()) % 1'000'000;
    const QString digits = QStringLiteral("%1").arg(number, 6, 10, QLatin1Char('0'));
    return digits.left(3) + QLatin1Char(' ') + digits.mid(3);
}

} // namespace exam::room
