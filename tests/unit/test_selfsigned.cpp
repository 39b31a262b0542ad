// Self-signed TLS identities for machines that pin each other's key (the room console and its
// stations): Qt's TLS takes them as they are, and each side sees the other's pin after a real
// handshake on loopback, both ways.
#include "crypto/certificates.h"
#include "testsupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

#include <memory>

using namespace exam;
using exam::test::waitUntil;

namespace {

QSslConfiguration tlsFor(const crypto::SelfSignedIdentity& identity)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(identity.certificatePem, QSsl::Pem));
    tls.setPrivateKey(QSslKey(identity.privateKeyPem.view().toByteArray(), QSsl::Ec, QSsl::Pem));
    tls.setProtocol(QSsl::TlsV1_3OrLater);
    // No CA vouches for either side: each asks for the other's certificate and checks its pin itself.
    tls.setPeerVerifyMode(QSslSocket::QueryPeer);
    return tls;
}

QByteArray pinOf(const QSslCertificate& certificate)
{
    auto pin = crypto::Certificates::spkiSha256(certificate.toDer());
    REQUIRE(pin);
    return *pin;
}

QByteArray pinOf(const crypto::SelfSignedIdentity& identity)
{
    return pinOf(QSslCertificate(identity.certificatePem, QSsl::Pem));
}

// Accepts one TLS connection with its identity.
class PinningServer : public QTcpServer
{
public:
    explicit PinningServer(const crypto::SelfSignedIdentity& identity) : m_tls(tlsFor(identity)) { }
    std::unique_ptr<QSslSocket> accepted;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        accepted = std::make_unique<QSslSocket>();
        accepted->setSslConfiguration(m_tls);
        // Self-signed peers are the point here; the pin is what is checked.
        QObject::connect(accepted.get(), &QSslSocket::sslErrors, accepted.get(),
                         [socket = accepted.get()] { socket->ignoreSslErrors(); });
        REQUIRE(accepted->setSocketDescriptor(descriptor));
        accepted->startServerEncryption();
    }

private:
    QSslConfiguration m_tls;
};

} // namespace

TEST_CASE("Self-signed identity: a P-256 key and its certificate, as Qt's TLS reads them", "[crypto][tls]")
{
    auto identity = crypto::Certificates::makeSelfSigned(QStringLiteral("Station 7, room B"), 3650);
    REQUIRE(identity);
    const QSslCertificate certificate(identity->certificatePem, QSsl::Pem);
    REQUIRE_FALSE(certificate.isNull());
    CHECK(certificate.issuerInfo(QSslCertificate::CommonName) == certificate.subjectInfo(QSslCertificate::CommonName));
    CHECK(certificate.subjectInfo(QSslCertificate::CommonName) == QStringList{QStringLiteral("Station 7, room B")});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CHECK(certificate.effectiveDate() < now);
    CHECK(certificate.expiryDate() > now.addDays(3649));
    const QSslKey key(identity->privateKeyPem.view().toByteArray(), QSsl::Ec, QSsl::Pem);
    REQUIRE_FALSE(key.isNull());
    CHECK(key.length() == 256);
    // That the key is the certificate's shows in the handshake below (TLS fails otherwise).

    // Every identity is its own key.
    auto other = crypto::Certificates::makeSelfSigned(QStringLiteral("Station 8"), 1);
    REQUIRE(other);
    CHECK(pinOf(*identity).size() == 32);
    CHECK(pinOf(*identity) != pinOf(*other));

    // Bad arguments are refused, not turned into a certificate.
    CHECK_FALSE(crypto::Certificates::makeSelfSigned(QString(), 10));
    CHECK_FALSE(crypto::Certificates::makeSelfSigned(QStringLiteral("x"), 0));
    CHECK_FALSE(crypto::Certificates::makeSelfSigned(QString(65, u'x'), 10));
}

TEST_CASE("Self-signed identities over TLS 1.3 on loopback: each side sees the other's pin", "[crypto][tls]")
{
    auto console = crypto::Certificates::makeSelfSigned(QStringLiteral("Room console"), 30);
    auto station = crypto::Certificates::makeSelfSigned(QStringLiteral("Station 1"), 30);
    REQUIRE(console);
    REQUIRE(station);
    PinningServer server(*console);
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));

    QSslSocket client;
    client.setSslConfiguration(tlsFor(*station));
    QObject::connect(&client, &QSslSocket::sslErrors, &client, [&client] { client.ignoreSslErrors(); });
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());
    REQUIRE(waitUntil([&] { return client.isEncrypted() && server.accepted && server.accepted->isEncrypted(); }));
    CHECK(client.sessionProtocol() == QSsl::TlsV1_3);
    CHECK(pinOf(client.peerCertificate()) == pinOf(*console));
    CHECK(pinOf(server.accepted->peerCertificate()) == pinOf(*station));

    // The channel carries bytes both ways.
    client.write("ready");
    REQUIRE(waitUntil([&] { return server.accepted->bytesAvailable() >= 5; }));
    CHECK(server.accepted->readAll() == QByteArray("ready"));
    client.disconnectFromHost();
}
