// The intake under hostile traffic on loopback: bursts of connections that never finish a handshake,
// large bodies, one client holding many connections, forged log lines. Every case ends with the
// intake still answering its health check.

#include "deliveryfixture.h"

#include "delivery/signedrecord.h"

#include <QElapsedTimer>
#include <QSslSocket>
#include <QTcpSocket>

#include <memory>
#include <vector>

using namespace exam;
using namespace exam::test;

namespace {

QSslConfiguration trusting(const TestCa& ca)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromData(ca.certificatePem()));
    return ssl;
}

// GET /v1/health on a fresh connection: the status, or 0 when nothing answered within `timeoutMs`.
int health(const TestCa& ca, quint16 port, int timeoutMs = 5000)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/v1/health").arg(port)));
    request.setSslConfiguration(trusting(ca));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply* reply = network.get(request);
    QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs + 1000);
    const int status = reply->isFinished() ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    reply->deleteLater();
    return status;
}

// `count` plain TCP connections to the intake, all connected before this returns.
std::vector<std::unique_ptr<QTcpSocket>> connectMany(quint16 port, int count)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < count; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, port);
    }
    QTest::qWaitFor(
        [&] {
            return std::all_of(sockets.cbegin(), sockets.cend(), [](const auto& s) {
                return s->state() == QAbstractSocket::ConnectedState || s->state() == QAbstractSocket::UnconnectedState;
            });
        },
        10000);
    return sockets;
}

// One POST /v1/results over its own TLS connection, written as fast as the intake reads; the answer's
// status line and how much of the body was written before it came.
struct Posted
{
    QByteArray statusLine;
    qint64 written = 0;
};

Posted post(const TestCa& ca, quint16 port, const QByteArray& body)
{
    QSslSocket client;
    client.setSslConfiguration(trusting(ca));
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    REQUIRE(QTest::qWaitFor([&] { return client.isEncrypted(); }, 10000));
    client.write("POST /v1/results HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n");
    Posted posted;
    QByteArray answer;
    QElapsedTimer clock;
    clock.start();
    while (!answer.contains("\r\n") && clock.elapsed() < 15000 && client.state() == QAbstractSocket::ConnectedState) {
        if (posted.written < body.size() && client.bytesToWrite() < 256 * 1024) {
            const QByteArray chunk = body.mid(posted.written, 64 * 1024);
            client.write(chunk);
            posted.written += chunk.size();
        }
        QTest::qWait(2);
        answer += client.readAll();
    }
    answer += client.readAll();
    posted.statusLine = answer.left(answer.indexOf("\r\n"));
    return posted;
}

// A record `size` bytes long in its upload body: the station's own record with a field the registry
// keeps as it is, canonical and signed by the station.
QByteArray uploadBodyOfSize(DeliveryStation& station, const Recorded& base, qsizetype size)
{
    QJsonObject object = QJsonDocument::fromJson(base.record).object();
    object[QStringLiteral("resultId")] = QUuid::createUuid().toString(QUuid::WithoutBraces);
    object[QStringLiteral("proctorNote")] = QString();
    const qsizetype padding = size * 3 / 4 - CanonicalJson::serialize(object)->size() - 300;
    object[QStringLiteral("proctorNote")] = QString(std::max<qsizetype>(padding, 0), u'n');
    const QByteArray record = *CanonicalJson::serialize(object);
    return delivery::SignedRecords::toUploadBody({record, *station.key->sign(record)});
}

} // namespace

TEST_CASE("Intake: bodies of 100 and 500 KB are read whole and answered, and one of 2 MiB gets 413 long before its end",
          "[delivery][hardening]")
{
    TestCa ca;
    IntakeUnderTest intake(ca);
    intake.start();
    DeliveryStation station;
    station.addRecords(1);
    intake.accept(station.key->publicKey());
    const Recorded base = station.results().first();
    for (const qsizetype size : {100 * 1000, 500 * 1000}) {
        INFO("a valid record in a body of " << size << " bytes");
        const QByteArray body = uploadBodyOfSize(station, base, size);
        REQUIRE(body.size() > size * 9 / 10);
        REQUIRE(body.size() <= size);
        const Posted posted = post(ca, intake.port, body);
        CHECK(posted.statusLine == "HTTP/1.1 200 OK");
        CHECK(posted.written == body.size());
    }
    CHECK(intake.records() == 2);
    const QByteArray huge(2 * 1024 * 1024, 'x');
    const Posted refused = post(ca, intake.port, huge);
    CHECK(refused.statusLine.startsWith("HTTP/1.1 413"));
    CHECK(refused.written < huge.size());
    CHECK(health(ca, intake.port) == 200);
}

TEST_CASE("Intake: bursts of connections that send nothing, or hang up mid-handshake, never stop it accepting",
          "[delivery][hardening]")
{
    TestCa ca;
    IntakeUnderTest intake(ca);
    intake.start();
    REQUIRE(health(ca, intake.port) == 200);
    for (int burst = 0; burst < 4; ++burst) {
        INFO("burst " << burst);
        auto sockets = connectMany(intake.port, 150);
        for (size_t i = 0; i < sockets.size(); ++i) {
            if (i % 3 == 0)
                sockets[i]->abort(); // gone at once
            else if (i % 3 == 1)
                sockets[i]->write("\x16\x03\x01\x00\x05hello"); // the start of a TLS record, then nothing more
        }
        QTest::qWait(200);
        sockets.clear(); // the rest hang up now
        QTest::qWait(200);
        CHECK(health(ca, intake.port) == 200);
    }
    // Not one connection a second, either: twenty stations at once are all answered.
    QNetworkAccessManager network;
    std::vector<QNetworkReply*> replies;
    for (int i = 0; i < 20; ++i) {
        QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/v1/health").arg(intake.port)));
        request.setSslConfiguration(trusting(ca));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setRawHeader("Connection", "close"); // one connection each
        replies.push_back(network.get(request));
    }
    QTest::qWaitFor(
        [&] { return std::all_of(replies.cbegin(), replies.cend(), [](auto* r) { return r->isFinished(); }); }, 10000);
    for (QNetworkReply* reply : replies) {
        CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
        reply->deleteLater();
    }
}
