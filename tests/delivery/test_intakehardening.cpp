// The intake under hostile traffic on loopback: bursts of connections that never finish a handshake,
// large bodies, one client holding many connections, forged log lines. Every case ends with the
// intake still answering its health check.

#include "rawclient.h"

#include <QTcpSocket>

#include <memory>
#include <vector>

using namespace exam;
using namespace exam::test;

namespace {

// `count` plain TCP connections to the intake, all connected before this returns.
std::vector<std::unique_ptr<QTcpSocket>> connectMany(quint16 port, int count)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < count; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, port);
    }
    (void)QTest::qWaitFor(
        [&] {
            return std::all_of(sockets.cbegin(), sockets.cend(), [](const auto& s) {
                return s->state() == QAbstractSocket::ConnectedState || s->state() == QAbstractSocket::UnconnectedState;
            });
        },
        10000);
    return sockets;
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
        request.setSslConfiguration(trustingClient(ca));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setRawHeader("Connection", "close"); // one connection each
        replies.push_back(network.get(request));
    }
    (void)QTest::qWaitFor(
        [&] { return std::all_of(replies.cbegin(), replies.cend(), [](auto* r) { return r->isFinished(); }); }, 10000);
    for (QNetworkReply* reply : replies) {
        CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
        reply->deleteLater();
    }
}

namespace {

// `base`, signed again by `station` with the result id `resultId` and one field changed (`note`).
delivery::SignedRecord resigned(DeliveryStation& station, const Recorded& base, const QString& resultId,
                                const QString& note = {})
{
    QJsonObject object = QJsonDocument::fromJson(base.record).object();
    object[QStringLiteral("resultId")] = resultId;
    QJsonObject stationObject = object[QStringLiteral("station")].toObject();
    stationObject[QStringLiteral("keyId")] = station.key->keyId();
    object[QStringLiteral("station")] = stationObject;
    if (!note.isEmpty())
        object[QStringLiteral("proctorNote")] = note;
    const QByteArray record = *CanonicalJson::serialize(object);
    return {record, *station.key->sign(record)};
}

QString resultIdOf(const Recorded& recorded)
{
    return QJsonDocument::fromJson(recorded.record).object().value(QStringLiteral("resultId")).toString();
}

} // namespace

TEST_CASE("Intake: a station that posts another station's result id first does not block the genuine record",
          "[delivery][hardening]")
{
    TestCa ca;
    IntakeUnderTest intake(ca);
    DeliveryStation genuine;
    DeliveryStation other;
    genuine.addRecords(1);
    other.addRecords(1);
    intake.accept(genuine.key->publicKey());
    intake.accept(other.key->publicKey());
    const Recorded original = genuine.results().first();
    const QString id = resultIdOf(original);
    // The other station read the id off a score report and posts first, under its own key.
    const delivery::SignedRecord squatter = resigned(other, other.results().first(), id);
    CHECK(intake.service->accept(squatter, QStringLiteral("upload")).status == 200);
    const intake::IntakeAnswer answer =
        intake.service->accept({original.record, original.signature}, QStringLiteral("upload"));
    CHECK(answer.status == 200);
    CHECK(answer.outcome == QStringLiteral("stored"));
    CHECK(intake.records() == 2);
    CHECK((*intake.store->record(genuine.key->keyId(), id))->record == original.record);
    CHECK((*intake.store->record(other.key->keyId(), id))->record == squatter.record);
    CHECK(*intake.store->conflictCount() == 0);
}

TEST_CASE("Intake: other bytes under a held id are one conflict however often they come, and a revoked station "
          "makes none",
          "[delivery][hardening]")
{
    TestCa ca;
    IntakeUnderTest intake(ca);
    DeliveryStation station;
    station.addRecords(1);
    intake.accept(station.key->publicKey());
    const Recorded original = station.results().first();
    const QString id = resultIdOf(original);
    REQUIRE(intake.service->accept({original.record, original.signature}, QStringLiteral("upload")).status == 200);
    for (int i = 0; i < 10; ++i)
        CHECK(
            intake.service
                ->accept(resigned(station, original, id, QStringLiteral("change %1").arg(i)), QStringLiteral("upload"))
                .status
            == 409);
    CHECK(*intake.store->conflictCount() == 1);
    auto times = intake.database->prepare(QStringLiteral("SELECT times FROM conflicts"));
    REQUIRE(times);
    REQUIRE(*times->step());
    CHECK(times->int64(0) == 10);

    REQUIRE(intake.store->revokeStation(station.key->keyId(), intake.clock.utcNow()));
    for (int i = 0; i < 5; ++i) {
        const intake::IntakeAnswer refused = intake.service->accept(
            resigned(station, original, id, QStringLiteral("after revocation %1").arg(i)), QStringLiteral("upload"));
        CHECK(refused.status == 403);
        CHECK(refused.body.contains("revoked-station"));
    }
    CHECK(*intake.store->conflictCount() == 1);
    // The record held still gets its receipt again, so the station can close its outbox.
    CHECK(intake.service->accept({original.record, original.signature}, QStringLiteral("upload")).status == 200);
}

TEST_CASE("Intake store: an intake of the first schema keeps its records and counts its conflicts once moved on",
          "[delivery][hardening]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("intake.sqlite"));
    {
        auto first = storage::Database::open(path, intake::IntakeStore::migrations().first(1));
        REQUIRE(first);
        REQUIRE((*first)->exec(QStringLiteral(
            "INSERT INTO stations (key_id, public_key, name, added_at) VALUES ('00112233aabbccdd', zeroblob(32), "
            "'Room', "
            "'2026-01-01T00:00:00Z');"
            "INSERT INTO records VALUES ('r-1', '00112233aabbccdd', x'7b7d', x'00', x'01', 'CLA', 'submitted', 'e', "
            "'2026-01-02T00:00:00Z', 'upload', x'02', x'03');"
            "INSERT INTO conflicts (result_id, station_key_id, record_sha256, via, at) VALUES "
            "('r-1', '00112233aabbccdd', x'aa', 'upload', '2026-01-03T00:00:00Z'), "
            "('r-1', '00112233aabbccdd', x'bb', 'import', '2026-01-04T00:00:00Z');")));
    }
    auto moved = storage::Database::open(path, intake::IntakeStore::migrations());
    REQUIRE(moved);
    intake::IntakeStore store(**moved);
    auto held = store.record(QStringLiteral("00112233aabbccdd"), QStringLiteral("r-1"));
    REQUIRE(held);
    REQUIRE(*held);
    CHECK((*held)->record == "{}");
    CHECK((*held)->receivedVia == QStringLiteral("upload"));
    CHECK(*store.conflictCount() == 1);
    auto conflict = (*moved)->prepare(QStringLiteral("SELECT times, first_at, last_at FROM conflicts"));
    REQUIRE(conflict);
    REQUIRE(*conflict->step());
    CHECK(conflict->int64(0) == 2);
    CHECK(conflict->text(1) == QStringLiteral("2026-01-03T00:00:00Z"));
    CHECK(conflict->text(2) == QStringLiteral("2026-01-04T00:00:00Z"));
}

TEST_CASE("Intake: a path with encoded line breaks cannot write lines of its own into the access log",
          "[delivery][hardening]")
{
    TestCa ca;
    IntakeUnderTest intake(ca);
    intake.start();
    QTemporaryDir logDir;
    QFile accessLog(logDir.filePath(QStringLiteral("access.log")));
    REQUIRE(accessLog.open(QIODevice::WriteOnly));
    intake.server->setAccessLog(&accessLog);
    QSslSocket client;
    client.setSslConfiguration(trustingClient(ca));
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), intake.port);
    REQUIRE(QTest::qWaitFor([&] { return client.isEncrypted(); }, 10000));
    client.write("GET /v1/x%0A2026-01-01T00:00:00Z%20127.0.0.1%20POST%20/v1/results%20200%0D%0Aforged HTTP/1.1\r\n"
                 "Host: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    (void)QTest::qWaitFor(
        [&] {
            answer += client.readAll();
            return answer.contains("\r\n\r\n");
        },
        10000);
    CHECK(answer.startsWith("HTTP/1.1 404"));
    accessLog.flush();
    QFile logged(accessLog.fileName());
    REQUIRE(logged.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = logged.readAll().split('\n');
    REQUIRE(lines.size() == 2); // one line, and the empty rest after its end
    CHECK(lines.first().contains("%0A2026-01-01"));
    CHECK(lines.first().contains(" 404 "));
    CHECK(lines.last().isEmpty());
}

TEST_CASE("Intake: one client cannot hold every connection, and a connection that says nothing is closed",
          "[delivery][hardening]")
{
    TestCa ca;
    IntakeUnderTest intake(ca);
    intake.start();
    intake.server->setMaxConnectionsPerAddress(8);
    intake.server->setFirstByteTimeout(std::chrono::milliseconds(1500));
    // One client, from 127.0.0.2, opens twenty TLS connections and sends nothing on them.
    std::vector<std::unique_ptr<QSslSocket>> hog;
    for (int i = 0; i < 20; ++i) {
        auto socket = std::make_unique<QSslSocket>();
        socket->setSslConfiguration(trustingClient(ca));
        REQUIRE(socket->bind(QHostAddress(QStringLiteral("127.0.0.2"))));
        socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), intake.port);
        hog.push_back(std::move(socket));
        QTest::qWait(20);
    }
    const auto connected = [&] {
        return std::count_if(hog.cbegin(), hog.cend(), [](const auto& s) { return s->isEncrypted(); });
    };
    (void)QTest::qWaitFor([&] { return connected() >= 8; }, 5000);
    QTest::qWait(300);
    CHECK(connected() == 8); // the rest were refused
    // Anyone else still gets in meanwhile.
    CHECK(health(ca, intake.port) == 200);
    // Saying nothing, the eight are closed after the first-byte deadline.
    CHECK(QTest::qWaitFor([&] { return connected() == 0; }, 5000));
}
