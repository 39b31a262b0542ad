#include "deliverysettings.h"

#include "crypto/ed25519.h"
#include "crypto/sha256.h"
#include "crypto/x25519.h"
#include "station/stationsettings.h"

#include <array>

namespace exam::delivery {

namespace {

QUrl below(const QUrl& base, const QString& path)
{
    QUrl url = base;
    QString basePath = url.path();
    if (!basePath.endsWith(u'/'))
        basePath += u'/';
    url.setPath(basePath + path);
    return url;
}

} // namespace

QUrl DeliverySettings::resultsEndpoint() const
{
    return below(intakeUrl, QStringLiteral("v1/results"));
}

QUrl DeliverySettings::healthEndpoint() const
{
    return below(intakeUrl, QStringLiteral("v1/health"));
}

Result<DeliverySettings> DeliverySettingsStore::load(storage::Database& database, bool dropDamaged)
{
    StationSettings stored(database);
    std::array<QString, 5> text; // saved empty: not set
    const std::array<StationSetting, 5> keys{StationSetting::IntakeUrl, StationSetting::CaCertificates,
                                             StationSetting::SpkiPin, StationSetting::ReceiptKey,
                                             StationSetting::BundleKey};
    for (size_t i = 0; i < keys.size(); ++i) {
        auto value = stored.value(keys[i]);
        if (!value)
            return std::unexpected(value.error());
        text[i] = value->value_or(QString());
    }
    DeliverySettings settings;
    if (!text[0].isEmpty())
        settings.intakeUrl = QUrl(text[0], QUrl::StrictMode);
    settings.caCertificates = text[1].toLatin1();
    settings.spkiPin = QByteArray::fromBase64(text[2].toLatin1());
    for (const StationSetting key : {StationSetting::ReceiptKey, StationSetting::BundleKey}) {
        const bool receipt = key == StationSetting::ReceiptKey;
        const QString& pem = text[receipt ? 3 : 4];
        if (pem.isEmpty())
            continue;
        auto raw = receipt ? crypto::Ed25519::publicKeyFromPem(pem.toLatin1())
                           : crypto::X25519::publicKeyFromPem(pem.toLatin1());
        if (!raw && dropDamaged)
            continue;
        if (!raw)
            return fail(ErrorCode::DatabaseCorrupt,
                        tr("The station's delivery settings hold a damaged key (%1). Set the intake again with "
                           "`examctl station set-intake`.")
                            .arg(StationSettings::keyName(key)));
        (receipt ? settings.receiptKey : settings.bundleKey) = *raw;
    }
    return settings;
}

Result<void> DeliverySettingsStore::check(const DeliverySettings& settings)
{
    if (!settings.intakeUrl.isEmpty()
        && (!settings.intakeUrl.isValid() || settings.intakeUrl.scheme() != u"https"
            || settings.intakeUrl.host().isEmpty()))
        return fail(ErrorCode::InvalidArgument,
                    tr("The intake address must be an https:// address with a host name, like "
                       "https://intake.example.org/; results never travel unencrypted."));
    if (!settings.caCertificates.isEmpty() && !settings.caCertificates.contains("-----BEGIN CERTIFICATE-----"))
        return fail(ErrorCode::ParseError, tr("The CA file holds no PEM certificate (“-----BEGIN CERTIFICATE-----”)."));
    if (!settings.spkiPin.isEmpty() && settings.spkiPin.size() != crypto::Sha256::DigestSize)
        return fail(ErrorCode::InvalidArgument, tr("The pin is not a SHA-256 (32 bytes)."));
    if (!settings.receiptKey.isEmpty() && settings.receiptKey.size() != crypto::Ed25519::PublicKeySize)
        return fail(ErrorCode::InvalidArgument, tr("The receipt key is not an Ed25519 public key."));
    if (!settings.bundleKey.isEmpty() && settings.bundleKey.size() != crypto::X25519::KeySize)
        return fail(ErrorCode::InvalidArgument, tr("The bundle key is not an X25519 public key."));
    return {};
}

Result<void> DeliverySettingsStore::save(storage::Database& database, const DeliverySettings& settings)
{
    if (auto checked = check(settings); !checked)
        return checked;
    QString receiptPem, bundlePem;
    if (!settings.receiptKey.isEmpty()) {
        auto pem = crypto::Ed25519::publicKeyToPem(settings.receiptKey);
        if (!pem)
            return std::unexpected(pem.error());
        receiptPem = QString::fromLatin1(*pem);
    }
    if (!settings.bundleKey.isEmpty()) {
        auto pem = crypto::X25519::publicKeyToPem(settings.bundleKey);
        if (!pem)
            return std::unexpected(pem.error());
        bundlePem = QString::fromLatin1(*pem);
    }
    return StationSettings(database).setValues({
        {StationSetting::IntakeUrl, settings.intakeUrl.toString(QUrl::FullyEncoded)},
        {StationSetting::CaCertificates, QString::fromLatin1(settings.caCertificates)},
        {StationSetting::SpkiPin, QString::fromLatin1(settings.spkiPin.toBase64())},
        {StationSetting::ReceiptKey, receiptPem},
        {StationSetting::BundleKey, bundlePem},
    });
}

Result<QByteArray> DeliverySettingsStore::parsePin(const QString& text)
{
    const QString trimmed = text.trimmed();
    QByteArray digest;
    if (trimmed.size() == 64)
        digest = QByteArray::fromHex(trimmed.toLatin1());
    else
        digest = QByteArray::fromBase64(trimmed.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (digest.size() != crypto::Sha256::DigestSize)
        return fail(ErrorCode::InvalidArgument,
                    tr("“%1” is not a public-key pin: give the base64 (or 64 hexadecimal digits) of the SHA-256 of "
                       "the intake certificate's public key, as `exam-intake show` prints it.")
                        .arg(trimmed.left(80)));
    return digest;
}

} // namespace exam::delivery
