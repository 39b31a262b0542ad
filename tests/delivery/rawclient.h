#pragma once
// Clients of the intake's HTTPS API that a station would never be: a bare health check, a POST
// written as fast as the server reads it, a request sent word for word from a chosen address.

#include "deliveryfixture.h"

#include "delivery/signedrecord.h"
#include "json/canonicaljson.h"

#include <QElapsedTimer>
#include <QSslSocket>

namespace exam::test {

// GET /v1/health on a fresh connection: the status, or 0 when nothing answered within `timeoutMs`.
inline int health(const TestCa& ca, quint16 port, int timeoutMs = 5000)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/v1/health").arg(port)));
    request.setSslConfiguration(trustingClient(ca));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply* reply = network.get(request);
    (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs + 1000);
    const int status = reply->isFinished() ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    reply->deleteLater();
    return status;
}

// One POST /v1/results over its own TLS connection, written as fast as the intake reads; the answer's
// status line and how much of the body was written before it came.
struct Posted
{
    QByteArray statusLine;
    qint64 written = 0;
};

inline Posted post(const TestCa& ca, quint16 port, const QByteArray& body)
{
    QSslSocket client;
    client.setSslConfiguration(trustingClient(ca));
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
inline QByteArray uploadBodyOfSize(DeliveryStation& station, const Recorded& base, qsizetype size)
{
    QJsonObject object = QJsonDocument::fromJson(base.record).object();
    object[QStringLiteral("resultId")] = QUuid::createUuid().toString(QUuid::WithoutBraces);
    object[QStringLiteral("proctorNote")] = QString();
    const qsizetype padding = size * 3 / 4 - CanonicalJson::serialize(object)->size() - 300;
    object[QStringLiteral("proctorNote")] = QString(std::max<qsizetype>(padding, 0), u'n');
    const QByteArray record = *CanonicalJson::serialize(object);
    return delivery::SignedRecords::toUploadBody({record, *station.key->sign(record)});
}

// `request` sent as it is over TLS from `from` (any 127.0.0.0/8 address); the whole answer, read until
// the server closes or `timeoutMs` passes.
inline QByteArray exchange(const TestCa& ca, quint16 port, const QByteArray& request,
                           const QHostAddress& from = QHostAddress::LocalHost, int timeoutMs = 5000)
{
    QSslSocket client;
    client.setSslConfiguration(trustingClient(ca));
    REQUIRE(client.bind(from));
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    REQUIRE(QTest::qWaitFor([&] { return client.isEncrypted(); }, 10000));
    client.write(request);
    QByteArray answer;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs && client.state() == QAbstractSocket::ConnectedState) {
        QTest::qWait(5);
        answer += client.readAll();
    }
    return answer + client.readAll();
}

} // namespace exam::test
