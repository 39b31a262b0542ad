#pragma once
// A real intake (its store, rules and HTTPS server) on 127.0.0.1 with a certificate from a CA made up
// for the test, in a throw-away folder.

#include "crypto/certificates.h"
#include "crypto/ed25519.h"
#include "crypto/x25519.h"
#include "intake/intakestore.h"
#include "intakeserver.h"
#include "intakeservice.h"
#include "storage/database.h"
#include "testca.h"
#include "testsupport.h"
#include "util/clock.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>

#include <memory>

namespace exam::test {

// A client's TLS settings that trust the test's CA alone.
inline QSslConfiguration trustingClient(const TestCa& ca)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromData(ca.certificatePem()));
    return ssl;
}

struct IntakeUnderTest
{
    QTemporaryDir dir;
    SystemClock clock;
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<intake::IntakeStore> store;
    std::unique_ptr<intake::IntakeService> service;
    std::unique_ptr<intake::IntakeServer> server;
    crypto::Ed25519KeyPair receiptKeys;
    crypto::X25519KeyPair bundleKeys;
    TestCertificate certificate;
    QSslConfiguration tls;
    quint16 port = 0;

    explicit IntakeUnderTest(const TestCa& ca)
    {
        auto opened =
            storage::Database::open(dir.filePath(QStringLiteral("intake.sqlite")), intake::IntakeStore::migrations());
        REQUIRE(opened);
        database = std::move(*opened);
        store = std::make_unique<intake::IntakeStore>(*database);
        auto receipt = crypto::Ed25519::generate();
        auto bundle = crypto::X25519::generate();
        REQUIRE(receipt);
        REQUIRE(bundle);
        receiptKeys = std::move(*receipt);
        bundleKeys = std::move(*bundle);
        service = std::make_unique<intake::IntakeService>(*store, clock,
                                                          crypto::SecretBytes::copyOf(receiptKeys.privateKey.view()));
        certificate = ca.issueServer();
        tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certificate.certificatePem, QSsl::Pem));
        tls.setPrivateKey(QSslKey(certificate.privateKeyPem, QSsl::Ec, QSsl::Pem));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    }

    void start(quint16 wantedPort = 0)
    {
        server = std::make_unique<intake::IntakeServer>(*service);
        auto listening = server->listen(QHostAddress::LocalHost, wantedPort, tls);
        REQUIRE(listening);
        port = *listening;
    }
    void stop() { server.reset(); }

    void accept(const QByteArray& stationPublicKey)
    {
        REQUIRE(store->addStation(stationPublicKey, QStringLiteral("Room 1"), clock.utcNow()));
    }

    qint64 records() { return *store->recordCount(); }

    QByteArray pin() const
    {
        return *crypto::Certificates::spkiSha256(QSslCertificate(certificate.certificatePem, QSsl::Pem).toDer());
    }
};

} // namespace exam::test
