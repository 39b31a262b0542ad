#include "intakehome.h"

#include "crypto/certificates.h"
#include "crypto/ed25519.h"
#include "crypto/keyfiles.h"
#include "crypto/x25519.h"
#include "json/strictobject.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>

namespace exam::intake {

using crypto::KeyFiles;

QString IntakeHome::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/exam-intake");
}

bool IntakeHome::isInitialised() const
{
    return QFileInfo::exists(configFile());
}

Result<void> IntakeHome::initialise(const IntakeConfig& config) const
{
    if (isInitialised())
        return fail(ErrorCode::Conflict, tr("The intake in %1 is set up already; nothing was changed.").arg(m_folder));
    if (!QDir().mkpath(m_folder)
        || !QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return fail(ErrorCode::IoError, tr("The folder %1 cannot be created (owner-only).").arg(m_folder));
    if (auto tls = tlsConfiguration(config); !tls)
        return std::unexpected(tls.error());
    auto receipt = crypto::Ed25519::generate();
    if (!receipt)
        return std::unexpected(receipt.error());
    if (auto written = KeyFiles::writeKeyPair(receiptKeyBase(), KeyFiles::Algorithm::Ed25519, receipt->privateKey,
                                              receipt->publicKey);
        !written)
        return written;
    auto bundle = crypto::X25519::generate();
    if (!bundle)
        return std::unexpected(bundle.error());
    if (auto written =
            KeyFiles::writeKeyPair(bundleKeyBase(), KeyFiles::Algorithm::X25519, bundle->privateKey, bundle->publicKey);
        !written)
        return written;
    return saveConfig(config); // last: a folder with intake.json is a complete one
}

Result<void> IntakeHome::saveConfig(const IntakeConfig& config) const
{
    QJsonObject object{
        {QStringLiteral("listen"), config.listen.toString()},
        {QStringLiteral("port"), int(config.port)},
        {QStringLiteral("certificate"), QFileInfo(config.certificateFile).absoluteFilePath()},
        {QStringLiteral("privateKey"), QFileInfo(config.privateKeyFile).absoluteFilePath()},
        {QStringLiteral("maxBodyBytes"), double(config.maxBodyBytes)},
        {QStringLiteral("idleTimeoutSeconds"), config.idleTimeoutSeconds},
        {QStringLiteral("maxConnectionsPerAddress"), config.maxConnectionsPerAddress},
    };
    if (!config.trustedProxies.isEmpty()) {
        QJsonArray proxies;
        for (const QHostAddress& proxy : config.trustedProxies)
            proxies.append(proxy.toString());
        object.insert(QStringLiteral("trustedProxies"), proxies);
    }
    QSaveFile file(configFile());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson()) < 0 || !file.commit())
        return fail(ErrorCode::IoError, tr("%1 cannot be written: %2").arg(configFile(), file.errorString()));
    return {};
}

Result<IntakeConfig> IntakeHome::loadConfig() const
{
    QFile file(configFile());
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, tr("There is no intake set up in %1 (no intake.json). Run `exam-intake init` "
                                            "first, or give the right --data-dir.")
                                             .arg(m_folder));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(64 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorCode::ParseError, tr("%1 is not valid JSON: %2").arg(configFile(), parseError.errorString()));
    StrictObject fields(document.object(), QStringLiteral("intake.json"));
    IntakeConfig config;
    const QString listen = fields.line(QStringLiteral("listen"), 64);
    config.port = quint16(fields.integer(QStringLiteral("port"), 1, 65535));
    config.certificateFile = fields.line(QStringLiteral("certificate"), 4096);
    config.privateKeyFile = fields.line(QStringLiteral("privateKey"), 4096);
    config.maxBodyBytes = fields.integer(QStringLiteral("maxBodyBytes"), 64 * 1024, 64 * 1024 * 1024);
    config.idleTimeoutSeconds = int(fields.integer(QStringLiteral("idleTimeoutSeconds"), 1, 3600));
    // Absent from the intake.json of older builds: the default then.
    config.maxConnectionsPerAddress = int(fields.optionalInteger(QStringLiteral("maxConnectionsPerAddress"), 1, 100'000)
                                              .value_or(config.maxConnectionsPerAddress));
    const QJsonArray proxies = fields.optionalArray(QStringLiteral("trustedProxies"), 16).value_or(QJsonArray());
    fields.rejectUnknownFields();
    if (!fields.ok())
        return std::unexpected(*fields.error());
    for (const QJsonValue& proxy : proxies) {
        QHostAddress address;
        if (!proxy.isString() || !address.setAddress(proxy.toString()))
            return fail(ErrorCode::ParseError,
                        tr("intake.json: trustedProxies holds “%1”, which is not an IP address; write each proxy's "
                           "address, such as \"127.0.0.1\".")
                            .arg(proxy.isString() ? proxy.toString() : QStringLiteral("(not a string)")));
        config.trustedProxies.append(address);
    }
    if (!config.listen.setAddress(listen))
        return fail(ErrorCode::ParseError, tr("intake.json: “%1” is not an IP address to listen on.").arg(listen));
    return config;
}

Result<crypto::SecretBytes> IntakeHome::receiptPrivateKey() const
{
    return KeyFiles::readPrivateKey(receiptKeyBase() + QStringLiteral(".key"), KeyFiles::Algorithm::Ed25519);
}

Result<QByteArray> IntakeHome::receiptPublicKey() const
{
    return KeyFiles::readPublicKey(receiptKeyBase() + QStringLiteral(".pub"), KeyFiles::Algorithm::Ed25519);
}

Result<crypto::SecretBytes> IntakeHome::bundlePrivateKey() const
{
    return KeyFiles::readPrivateKey(bundleKeyBase() + QStringLiteral(".key"), KeyFiles::Algorithm::X25519);
}

Result<QByteArray> IntakeHome::bundlePublicKey() const
{
    return KeyFiles::readPublicKey(bundleKeyBase() + QStringLiteral(".pub"), KeyFiles::Algorithm::X25519);
}

Result<QSslConfiguration> IntakeHome::tlsConfiguration(const IntakeConfig& config)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(config.certificateFile, QSsl::Pem);
    if (chain.isEmpty())
        return fail(ErrorCode::NotFound, tr("No PEM certificate could be read from %1.").arg(config.certificateFile));
    QFile keyFile(config.privateKeyFile);
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound,
                    tr("The TLS private key %1 cannot be read: %2").arg(config.privateKeyFile, keyFile.errorString()));
    const QByteArray pem = keyFile.read(64 * 1024);
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return fail(ErrorCode::ParseError,
                    tr("%1 holds no unencrypted EC or RSA private key in PEM.").arg(config.privateKeyFile));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // stations prove themselves by their signatures
    return tls;
}

Result<QByteArray> IntakeHome::certificatePin(const IntakeConfig& config)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(config.certificateFile, QSsl::Pem);
    if (chain.isEmpty())
        return fail(ErrorCode::NotFound, tr("No PEM certificate could be read from %1.").arg(config.certificateFile));
    return crypto::Certificates::spkiSha256(chain.first().toDer());
}

} // namespace exam::intake
