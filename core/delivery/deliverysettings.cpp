#include "deliverysettings.h"

#include "crypto/ed25519.h"
#include "crypto/sha256.h"
#include "crypto/x25519.h"
#include "storage/database.h"

namespace exam::delivery {

namespace {

const QString UrlKey = QStringLiteral("delivery.intake-url");
const QString CaKey = QStringLiteral("delivery.ca-certificates");
const QString PinKey = QStringLiteral("delivery.spki-pin");
const QString ReceiptKeyKey = QStringLiteral("delivery.receipt-key");
const QString BundleKeyKey = QStringLiteral("delivery.bundle-key");

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
    auto query = database.prepare(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'delivery.%'"));
    if (!query)
        return std::unexpected(query.error());
    DeliverySettings settings;
    while (true) {
        auto row = query->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const QString key = query->text(0);
        const QString value = query->text(1);
        if (value.isEmpty())
            continue; // saved as not set
        if (key == UrlKey) {
            settings.intakeUrl = QUrl(value, QUrl::StrictMode);
        } else if (key == CaKey) {
            settings.caCertificates = value.toLatin1();
        } else if (key == PinKey) {
            settings.spkiPin = QByteArray::fromBase64(value.toLatin1());
        } else if (key == ReceiptKeyKey || key == BundleKeyKey) {
            auto raw = key == ReceiptKeyKey ? crypto::Ed25519::publicKeyFromPem(value.toLatin1())
                                            : crypto::X25519::publicKeyFromPem(value.toLatin1());
            if (!raw && dropDamaged)
                continue;
            if (!raw)
                return fail(ErrorCode::DatabaseCorrupt,
                            tr("The station's delivery settings hold a damaged key (%1). Set the intake again with "
                               "`examctl station set-intake`.")
                                .arg(key));
            (key == ReceiptKeyKey ? settings.receiptKey : settings.bundleKey) = *raw;
        }
    }
    return settings;
}

Result<void> DeliverySettingsStore::check(const DeliverySettings& settings)
{
    if (!settings.intakeUrl.isEmpty()
        && (!settings.intakeUrl.isValid() || settings.intakeUrl.scheme() != u"https" || settings.intakeUrl.host().isEmpty()))
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
    const QList<std::pair<QString, QString>> values{
        {UrlKey, settings.intakeUrl.toString(QUrl::FullyEncoded)},
        {CaKey, QString::fromLatin1(settings.caCertificates)},
        {PinKey, QString::fromLatin1(settings.spkiPin.toBase64())},
        {ReceiptKeyKey, receiptPem},
        {BundleKeyKey, bundlePem},
    };
    auto transaction = database.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    auto upsert = database.prepare(QStringLiteral(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!upsert)
        return std::unexpected(upsert.error());
    for (const auto& [key, value] : values) {
        upsert->reset();
        upsert->bind(1, key).bind(2, value);
        if (auto done = upsert->run(); !done)
            return done;
    }
    return transaction->commit();
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
