#pragma once

#include "crypto/secretbytes.h"
#include "error.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QString>

namespace exam::intake {

// intake.json, the service's settings, written by `exam-intake init` and read by `serve`.
struct IntakeConfig
{
    QHostAddress listen = QHostAddress::LocalHost;
    quint16 port = 8443;
    QString certificateFile; // PEM: the server certificate, then its chain
    QString privateKeyFile;  // PEM, owner-only
    qint64 maxBodyBytes = 1024 * 1024;
    int idleTimeoutSeconds = 30;
    // Open connections one client address may hold. Behind a reverse proxy every connection comes from
    // the proxy's address: raise it there (the proxy limits each client itself).
    int maxConnectionsPerAddress = 32;
    // Reverse proxies (nginx on the same machine) whose X-Forwarded-For names the client in the access
    // log. Anyone else's X-Forwarded-For is ignored: it is the client's word.
    QList<QHostAddress> trustedProxies;
};

// The intake's data folder (0700): its database, settings, keys and access log.
//   intake.sqlite, intake.json, receipt-key.key/.pub (Ed25519, signs receipts),
//   bundle-key.key/.pub (X25519, opens offline bundles), access.log
class IntakeHome
{
    Q_DECLARE_TR_FUNCTIONS(exam::intake::IntakeHome)
public:
    explicit IntakeHome(QString folder) : m_folder(std::move(folder)) { }
    static QString defaultFolder();

    QString folder() const { return m_folder; }
    QString databaseFile() const { return m_folder + QStringLiteral("/intake.sqlite"); }
    QString configFile() const { return m_folder + QStringLiteral("/intake.json"); }
    QString receiptKeyBase() const { return m_folder + QStringLiteral("/receipt-key"); }
    QString bundleKeyBase() const { return m_folder + QStringLiteral("/bundle-key"); }
    QString accessLogFile() const { return m_folder + QStringLiteral("/access.log"); }

    bool isInitialised() const;
    // Creates the folder and the two key pairs; refuses a folder that is set up already.
    Result<void> initialise(const IntakeConfig& config) const;

    Result<IntakeConfig> loadConfig() const;
    Result<crypto::SecretBytes> receiptPrivateKey() const;
    Result<QByteArray> receiptPublicKey() const;
    Result<crypto::SecretBytes> bundlePrivateKey() const;
    Result<QByteArray> bundlePublicKey() const;

    // The TLS settings from the configured certificate and key files, and the certificate's pin.
    static Result<QSslConfiguration> tlsConfiguration(const IntakeConfig& config);
    static Result<QByteArray> certificatePin(const IntakeConfig& config);

private:
    Result<void> saveConfig(const IntakeConfig& config) const;
    QString m_folder;
};

} // namespace exam::intake
