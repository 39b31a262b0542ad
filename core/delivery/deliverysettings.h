#pragma once

#include "error.h"

#include <QByteArray>
#include <QUrl>

namespace exam::storage {
class Database;
}

namespace exam::delivery {

// Where and how a station delivers its results, kept in the station database's settings (so a backup
// of the data folder carries it): the intake's HTTPS address, the CA to check its certificate with
// (empty: the system's CAs), an optional pin of its public key, the intake's receipt key (receipts are
// checked against it) and the registry's bundle key (exported bundles are encrypted to it).
struct DeliverySettings
{
    QUrl intakeUrl;            // https://host[:port]/ ; the API lives below it at v1/
    QByteArray caCertificates; // PEM, one or more certificates; empty = the system's CAs
    QByteArray spkiPin;        // SHA-256 of the intake certificate's SubjectPublicKeyInfo; empty = no pin
    QByteArray receiptKey;     // the intake's Ed25519 public key, raw 32 bytes
    QByteArray bundleKey;      // the registry's X25519 public key, raw 32 bytes

    bool canUpload() const { return intakeUrl.isValid() && !receiptKey.isEmpty(); }
    bool canExport() const { return !bundleKey.isEmpty(); }
    QUrl resultsEndpoint() const;
    QUrl healthEndpoint() const;
};

class DeliverySettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(exam::delivery::DeliverySettingsStore)
public:
    // With dropDamaged, a key that no longer parses reads as not set, so `set-intake` can replace it.
    static Result<DeliverySettings> load(storage::Database& database, bool dropDamaged = false);
    // Writes every field in one transaction; refuses an address that is not https, a CA file with no
    // certificate and a pin that is not a SHA-256.
    static Result<void> save(storage::Database& database, const DeliverySettings& settings);
    static Result<void> check(const DeliverySettings& settings);

    // A pin as administrators write it: base64 of the SHA-256 (as in HPKP's pin-sha256) or 64 hex digits.
    static Result<QByteArray> parsePin(const QString& text);
};

} // namespace exam::delivery
