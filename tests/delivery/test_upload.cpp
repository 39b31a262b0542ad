// The station's uploader against a real intake over real TLS on loopback: the happy path and every
// way the network and the registry fail.

#include "deliveryfixture.h"

#include "delivery/receipt.h"

#include <QElapsedTimer>
#include <QSslSocket>
#include <QTest>

#include <random>

using namespace exam;
using namespace exam::test;
using delivery::UploadSummary;

namespace {

// Every delivered record's stored receipt verifies with the intake key and names its own record.
void requireReceiptsVerify(DeliveryStation& station, const IntakeUnderTest& intake)
{
    auto query =
        station.database->prepare(QStringLiteral("SELECT o.result_id, r.record, o.receipt, o.receipt_signature FROM "
                                                 "outbox o JOIN results r ON r.id = o.result_id "
                                                 "WHERE o.state = 'delivered'"));
    REQUIRE(query);
    while (*query->step()) {
        auto receipt = delivery::Receipts::verify({query->blob(2), query->blob(3)}, intake.receiptKeys.publicKey,
                                                  query->blob(1), query->text(0));
        REQUIRE(receipt);
    }
}

} // namespace

TEST_CASE("Upload: pending records reach the intake once, with a verified receipt each", "[delivery]")
{
    StationAndIntake setup(5);
    auto& [ca, intake, station] = setup;
    auto uploader = setup.uploader();

    const UploadSummary summary = DeliveryStation::uploadAll(*uploader);
    CHECK(summary.delivered == 5);
    CHECK(summary.failed == 0);
    CHECK(summary.left == 0);
    CHECK(summary.stopReason.isEmpty());
    CHECK(intake.records() == 5);
    CHECK(station.counts().delivered == 5);
    requireReceiptsVerify(station, intake);

    // Stored byte for byte, with the station's signature.
    const QString firstId =
        QJsonDocument::fromJson(station.results().first().record).object().value(QStringLiteral("resultId")).toString();
    auto held = intake.store->record(station.key->keyId(), firstId);
    REQUIRE(held);
    REQUIRE(*held);
    CHECK((*held)->record == station.results().first().record);

    SECTION("a second run has nothing to send")
    {
        const UploadSummary again = DeliveryStation::uploadAll(*uploader);
        CHECK(again.delivered == 0);
        CHECK(again.failed == 0);
        CHECK(intake.records() == 5);
    }
}

TEST_CASE("Upload: the intake down, then up: the records wait with their error and go when it is back", "[delivery]")
{
    StationAndIntake setup(3);
    auto& [ca, intake, station] = setup;
    const quint16 port = intake.port;
    intake.stop(); // down before the first try
    auto uploader = setup.uploader();

    const QDateTime beforeTheRun = station.wall.utcNow();
    const UploadSummary down = DeliveryStation::uploadAll(*uploader);
    CHECK(down.delivered == 0);
    CHECK(down.failed == 1); // the run stops at the first record: the others would fail the same way
    CHECK(down.left == 3);
    CHECK(down.stopReason.contains(QStringLiteral("refused the connection")));
    const auto waiting = station.undelivered();
    REQUIRE(waiting.size() == 3);
    CHECK(waiting.first().state == u"failing");
    CHECK(waiting.first().attempts == 1);
    CHECK(waiting.first().lastError.contains(QStringLiteral("127.0.0.1")));
    // A later attempt is planned (the test's retry policy waits 5–10 ms: compared with the start of the
    // run, not with now, which a slow machine may already have passed).
    CHECK(QDateTime::fromString(waiting.first().nextAttemptAt, Qt::ISODateWithMs) > beforeTheRun);

    intake.start(port);
    const UploadSummary up = DeliveryStation::uploadAll(*uploader);
    CHECK(up.delivered == 3);
    CHECK(up.left == 0);
    CHECK(intake.records() == 3);
}

TEST_CASE("Upload in the background retries on its own until the intake is back", "[delivery]")
{
    StationAndIntake setup(2);
    auto& [ca, intake, station] = setup;
    const quint16 port = intake.port;
    intake.stop(); // down before the first try
    auto uploader = setup.uploader();
    int failures = 0;
    QObject::connect(uploader.get(), &delivery::Uploader::recordFailed, [&failures] { ++failures; });
    uploader->startBackground();
    REQUIRE(QTest::qWaitFor([&] { return failures >= 2; }, 10000)); // tried, backed off, tried again
    intake.start(port);
    REQUIRE(QTest::qWaitFor([&] { return station.counts().delivered == 2; }, 10000));
    uploader->stopBackground();
    CHECK(intake.records() == 2);
}

TEST_CASE("Upload: an intake that answers 500 leaves the record pending, and the retry delivers it", "[delivery]")
{
    StationAndIntake setup(1);
    auto& [ca, intake, station] = setup;
    auto uploader = setup.uploader();

    SECTION("failing before it stored the record")
    {
        intake.server->setFaultPlan([] {
            return intake::IntakeFault{intake::IntakeFault::Kind::FailBeforeStoring, {}};
        });
        const UploadSummary failed = DeliveryStation::uploadAll(*uploader);
        CHECK(failed.failed == 1);
        CHECK(intake.records() == 0);
        CHECK(station.undelivered().first().lastError.contains(QStringLiteral("500")));
    }
    SECTION("failing after it stored the record")
    {
        intake.server->setFaultPlan([] {
            return intake::IntakeFault{intake::IntakeFault::Kind::FailAfterStoring, {}};
        });
        const UploadSummary failed = DeliveryStation::uploadAll(*uploader);
        CHECK(failed.failed == 1);
        CHECK(intake.records() == 1);
    }
    CHECK(station.counts().failing == 1);
    intake.server->setFaultPlan({});
    const UploadSummary retried = DeliveryStation::uploadAll(*uploader);
    CHECK(retried.delivered == 1);
    CHECK(intake.records() == 1);
    CHECK(station.undelivered().isEmpty());
    requireReceiptsVerify(station, intake);
}

TEST_CASE("Upload: a connection dropped after the intake stored the record, and the retry gets the same receipt",
          "[delivery]")
{
    StationAndIntake setup(1);
    auto& [ca, intake, station] = setup;
    auto uploader = setup.uploader();

    intake.server->setFaultPlan([] { return intake::IntakeFault{intake::IntakeFault::Kind::DropAfterStoring, {}}; });
    const UploadSummary dropped = DeliveryStation::uploadAll(*uploader);
    CHECK(dropped.delivered == 0);
    CHECK(intake.records() == 1);
    const QString resultId = station.undelivered().first().resultId;
    auto held = intake.store->record(station.key->keyId(), resultId);
    REQUIRE(held);
    REQUIRE(*held);

    intake.server->setFaultPlan({});
    const UploadSummary retried = DeliveryStation::uploadAll(*uploader);
    CHECK(retried.delivered == 1);
    CHECK(intake.records() == 1);
    delivery::Outbox outbox(*station.database);
    auto entry = outbox.find(resultId);
    REQUIRE(entry);
    REQUIRE(*entry);
    auto receipt = station.database->prepare(QStringLiteral("SELECT receipt FROM outbox WHERE result_id = ?"));
    receipt->bind(1, resultId);
    REQUIRE(*receipt->step());
    CHECK(receipt->blob(0) == (*held)->receipt.receipt); // the receipt of the first, dropped exchange
}

TEST_CASE("Upload: an answer slower than the client's timeout is given up and retried", "[delivery]")
{
    StationAndIntake setup(1);
    auto& [ca, intake, station] = setup;
    auto uploader = setup.uploader(std::chrono::milliseconds(300));
    intake.server->setFaultPlan([] {
        return intake::IntakeFault{intake::IntakeFault::Kind::AnswerLate, std::chrono::milliseconds(1500)};
    });
    const UploadSummary late = DeliveryStation::uploadAll(*uploader);
    CHECK(late.delivered == 0);
    CHECK(late.stopReason.contains(QStringLiteral("did not answer within")));
    CHECK(intake.records() == 1);
    intake.server->setFaultPlan({});
    CHECK(DeliveryStation::uploadAll(*uploader).delivered == 1);
    CHECK(intake.records() == 1);
}

TEST_CASE("Upload refuses an intake it cannot trust, before the record leaves the station", "[delivery]")
{
    TestCa ca;
    IntakeUnderTest intake(ca);
    intake.start();
    DeliveryStation station;
    station.addRecords(1);
    intake.accept(station.key->publicKey());
    delivery::DeliverySettings settings = station.settingsFor(intake, ca);

    SECTION("a certificate from another CA")
    {
        TestCa other(QStringLiteral("Someone Else's CA"));
        settings.caCertificates = other.certificatePem();
        const UploadSummary refused = DeliveryStation::uploadAll(*station.uploader(settings));
        CHECK(refused.delivered == 0);
        CHECK(refused.stopReason.contains(QStringLiteral("could not prove who it is")));
    }
    SECTION("the right CA but another key than the pinned one")
    {
        settings.spkiPin = QByteArray(32, '\x11');
        const UploadSummary refused = DeliveryStation::uploadAll(*station.uploader(settings));
        CHECK(refused.delivered == 0);
        CHECK(refused.stopReason.contains(QStringLiteral("pin")));
    }
    SECTION("receipts signed by another key than the configured one")
    {
        settings.receiptKey = crypto::Ed25519::generate()->publicKey;
        const UploadSummary refused = DeliveryStation::uploadAll(*station.uploader(settings));
        CHECK(refused.delivered == 0);
        CHECK(refused.stopReason.contains(QStringLiteral("not signed by the intake key")));
        CHECK(intake.records() == 1); // it reached the intake, but the station does not count it delivered
        CHECK(station.counts().failing == 1);
        return;
    }
    CHECK(intake.records() == 0);
    CHECK(station.counts().failing == 1);
    // The same station, configured right, delivers.
    CHECK(DeliveryStation::uploadAll(*station.uploader(station.settingsFor(intake, ca))).delivered == 1);
}

TEST_CASE("Upload: receipts that do not verify stop the run: besides the first, at most the record already sent "
          "ahead reaches the intake, none counts delivered, and the run ends once",
          "[delivery]")
{
    TestCa ca;
    IntakeUnderTest intake(ca);
    intake.start();
    DeliveryStation station;
    station.addRecords(5);
    intake.accept(station.key->publicKey());
    delivery::DeliverySettings settings = station.settingsFor(intake, ca);
    settings.receiptKey = crypto::Ed25519::generate()->publicKey;
    auto uploader = station.uploader(settings);
    int ends = 0;
    QObject::connect(uploader.get(), &delivery::Uploader::finished, [&ends] { ++ends; });

    const UploadSummary refused = DeliveryStation::uploadAll(*uploader);
    CHECK(refused.delivered == 0);
    CHECK(refused.stopReason.contains(QStringLiteral("not signed by the intake key")));
    const int reached = intake.records();
    CHECK(reached >= 1);
    CHECK(reached <= 2);
    CHECK(refused.failed == reached); // each record sent is kept as failing, with its error
    CHECK(station.counts().failing == reached);
    CHECK(station.counts().delivered == 0);
    CHECK(refused.left == 5);
    // Nothing goes on after the end: no further record, no second end.
    QTest::qWait(300);
    CHECK(intake.records() == reached);
    CHECK(ends == 1);
}

TEST_CASE("Upload with the right pin delivers", "[delivery]")
{
    TestCa ca;
    IntakeUnderTest intake(ca);
    intake.start();
    DeliveryStation station;
    station.addRecords(2);
    intake.accept(station.key->publicKey());
    delivery::DeliverySettings settings = station.settingsFor(intake, ca);
    settings.spkiPin = intake.pin();
    CHECK(DeliveryStation::uploadAll(*station.uploader(settings)).delivered == 2);
}

TEST_CASE("Upload: a station the intake does not know, or revoked, is refused with 403 and told why", "[delivery]")
{
    TestCa ca;
    IntakeUnderTest intake(ca);
    intake.start();
    DeliveryStation station;
    station.addRecords(2);
    auto uploader = station.uploader(station.settingsFor(intake, ca));

    SECTION("unknown")
    {
        const UploadSummary refused = DeliveryStation::uploadAll(*uploader);
        CHECK(refused.stopReason.contains(QStringLiteral("does not accept this station")));
        CHECK(refused.stopReason.contains(QStringLiteral("not registered")));
    }
    SECTION("revoked")
    {
        intake.accept(station.key->publicKey());
        REQUIRE(intake.store->revokeStation(station.key->keyId(), intake.clock.utcNow()));
        const UploadSummary refused = DeliveryStation::uploadAll(*uploader);
        CHECK(refused.stopReason.contains(QStringLiteral("revoked")));
    }
    CHECK(intake.records() == 0);
    CHECK(station.counts().undelivered() == 2);
}

TEST_CASE("Intake: the same id with other bytes is a 409 conflict, kept, never stored, and a bad signature is 422",
          "[delivery]")
{
    TestCa ca;
    IntakeUnderTest intake(ca);
    DeliveryStation station;
    station.addRecords(1);
    intake.accept(station.key->publicKey());
    const Recorded original = station.results().first();
    const intake::IntakeAnswer first =
        intake.service->accept({original.record, original.signature}, QStringLiteral("upload"));
    REQUIRE(first.status == 200);

    const intake::IntakeAnswer again =
        intake.service->accept({original.record, original.signature}, QStringLiteral("upload"));
    CHECK(again.status == 200);
    CHECK(again.body == first.body);

    QJsonObject altered = QJsonDocument::fromJson(original.record).object();
    altered[QStringLiteral("candidateId")] = QStringLiteral("C-9999");
    const QByteArray alteredBytes = *CanonicalJson::serialize(altered);

    const intake::IntakeAnswer forged =
        intake.service->accept({alteredBytes, original.signature}, QStringLiteral("upload"));
    CHECK(forged.status == 422);

    const intake::IntakeAnswer conflict =
        intake.service->accept({alteredBytes, *station.key->sign(alteredBytes)}, QStringLiteral("upload"));
    CHECK(conflict.status == 409);
    CHECK(*intake.store->conflictCount() == 1);
    CHECK(intake.records() == 1);
    CHECK((*intake.store->record(station.key->keyId(), first.resultId))->record == original.record);

    // Asked again, the intake keeps one conflict case, not one per try.
    CHECK(intake.service->accept({alteredBytes, *station.key->sign(alteredBytes)}, QStringLiteral("upload")).status
          == 409);
    CHECK(*intake.store->conflictCount() == 1);

    // A station revoked since still gets the receipt of what the intake holds, and nothing new is taken.
    REQUIRE(intake.store->revokeStation(station.key->keyId(), intake.clock.utcNow()));
    const intake::IntakeAnswer afterRevoke =
        intake.service->accept({original.record, original.signature}, QStringLiteral("upload"));
    CHECK(afterRevoke.status == 200);
    CHECK(afterRevoke.body == first.body);
    QJsonObject fresh = QJsonDocument::fromJson(original.record).object();
    fresh[QStringLiteral("resultId")] = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray freshBytes = *CanonicalJson::serialize(fresh);
    CHECK(intake.service->accept({freshBytes, *station.key->sign(freshBytes)}, QStringLiteral("upload")).status == 403);

    const intake::IntakeAnswer malformed =
        intake.service->submit("{\"record\":\"bm90IGpzb24=\",\"signature\":\"\"}", {});
    CHECK(malformed.status == 400);
    const intake::IntakeAnswer wrongKey = intake.service->submit(
        delivery::SignedRecords::toUploadBody({original.record, original.signature}), QStringLiteral("not-the-id"));
    CHECK(wrongKey.status == 400);
}

TEST_CASE("Intake: a request body above the cap is refused with 413 before it is buffered", "[delivery]")
{
    TestCa ca;
    IntakeUnderTest intake(ca);
    intake.start();
    intake.server->setMaxBodyBytes(64 * 1024);
    QTemporaryDir logDir;
    QFile accessLog(logDir.filePath(QStringLiteral("access.log")));
    REQUIRE(accessLog.open(QIODevice::WriteOnly));
    intake.server->setAccessLog(&accessLog);

    // A raw TLS client that announces 4 MiB and keeps writing until the intake hangs up. The intake
    // runs in this thread: the client waits with the event loop running, never with waitFor*().
    QSslSocket client;
    QSslConfiguration ssl = trustingClient(ca);
    client.setSslConfiguration(ssl);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), intake.port);
    REQUIRE(QTest::qWaitFor([&] { return client.isEncrypted(); }, 10000));
    constexpr qint64 Announced = 4 * 1024 * 1024;
    client.write("POST /v1/results HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                 + QByteArray::number(Announced) + "\r\n\r\n");
    qint64 written = 0;
    QByteArray answer;
    const QByteArray chunk(16 * 1024, 'x');
    QElapsedTimer clock;
    clock.start();
    while (client.state() == QAbstractSocket::ConnectedState && written < Announced && clock.elapsed() < 20000) {
        if (client.bytesToWrite() < 256 * 1024) {
            client.write(chunk);
            written += chunk.size();
        }
        QTest::qWait(5);
        answer += client.readAll();
    }
    CHECK(QTest::qWaitFor([&] { return client.state() != QAbstractSocket::ConnectedState; }, 5000));
    answer += client.readAll();
    CHECK(written < Announced); // the intake hung up long before the body was through
    CHECK(answer.startsWith("HTTP/1.1 413"));
    accessLog.flush();
    QFile logged(accessLog.fileName());
    REQUIRE(logged.open(QIODevice::ReadOnly));
    CHECK(logged.readAll().contains("413 refused: larger than the cap")); // refused by the guard, not after buffering
    CHECK(intake.records() == 0);

    // The intake goes on serving.
    QNetworkAccessManager network;
    QNetworkRequest health(QUrl(QStringLiteral("https://127.0.0.1:%1/v1/health").arg(intake.port)));
    health.setSslConfiguration(ssl);
    QNetworkReply* reply = network.get(health);
    REQUIRE(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
    CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
    CHECK(reply->readAll() == "{\"status\":\"ok\"}");
    reply->deleteLater();
}

TEST_CASE("Intake: a connection that trickles bytes is closed at the request deadline", "[delivery]")
{
    TestCa ca;
    IntakeUnderTest intake(ca);
    intake.start();
    intake.server->setIdleTimeout(std::chrono::milliseconds(2000));
    intake.server->setRequestDeadline(std::chrono::milliseconds(600));
    QSslSocket client;
    QSslConfiguration ssl = trustingClient(ca);
    client.setSslConfiguration(ssl);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), intake.port);
    REQUIRE(QTest::qWaitFor([&] { return client.isEncrypted(); }, 10000));
    QElapsedTimer clock;
    clock.start();
    const QByteArray head = "POST /v1/results HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n";
    for (int i = 0; client.state() == QAbstractSocket::ConnectedState && clock.elapsed() < 5000; ++i) {
        client.write(head.mid(i % head.size(), 1)); // one byte every 100 ms: never idle, never done
        QTest::qWait(100);
    }
    CHECK(client.state() != QAbstractSocket::ConnectedState);
    CHECK(clock.elapsed() < 2000); // closed by the deadline, well before 5 s
}

TEST_CASE("Upload: 1,000 records through an intake that fails at random: each stored exactly once", "[delivery]")
{
    StationAndIntake setup(1000);
    auto& [ca, intake, station] = setup;
    auto uploader = setup.uploader(std::chrono::milliseconds(250));

    std::mt19937 random(20261127);
    std::map<intake::IntakeFault::Kind, int> injected;
    intake.server->setFaultPlan([&] {
        const int roll = int(random() % 100);
        intake::IntakeFault fault;
        if (roll < 8)
            fault.kind = intake::IntakeFault::Kind::FailBeforeStoring;
        else if (roll < 16)
            fault.kind = intake::IntakeFault::Kind::FailAfterStoring;
        else if (roll < 24)
            fault.kind = intake::IntakeFault::Kind::DropAfterStoring;
        else if (roll < 26)
            fault = {intake::IntakeFault::Kind::AnswerLate, std::chrono::milliseconds(600)};
        ++injected[fault.kind];
        return fault;
    });
    int rounds = 0;
    while (station.counts().undelivered() > 0 && rounds < 500) {
        DeliveryStation::uploadAll(*uploader);
        ++rounds;
    }
    INFO("rounds " << rounds << ", drops " << injected[intake::IntakeFault::Kind::DropAfterStoring] << ", late "
                   << injected[intake::IntakeFault::Kind::AnswerLate]);
    CHECK(station.counts().delivered == 1000);
    CHECK(intake.records() == 1000);
    CHECK(*intake.store->conflictCount() == 0);
    CHECK(injected[intake::IntakeFault::Kind::FailAfterStoring] > 20);
    CHECK(injected[intake::IntakeFault::Kind::DropAfterStoring] > 20);
    CHECK(injected[intake::IntakeFault::Kind::AnswerLate] > 2);
    // Every record the station holds is the one the intake holds, byte for byte.
    for (const Recorded& recorded : station.results()) {
        const QString id =
            QJsonDocument::fromJson(recorded.record).object().value(QStringLiteral("resultId")).toString();
        auto held = intake.store->record(station.key->keyId(), id);
        REQUIRE(held);
        REQUIRE(*held);
        REQUIRE((*held)->record == recorded.record);
    }
    requireReceiptsVerify(station, intake);
}

TEST_CASE("Upload: a record the intake refuses for good waits as refused and is not sent again unless asked",
          "[delivery]")
{
    TestCa ca;
    IntakeUnderTest intake(ca);
    intake.start();
    DeliveryStation station;
    station.addRecords(2);
    intake.accept(station.key->publicKey());
    // The intake already holds other bytes under the first record's id.
    const Recorded first = station.results().first();
    QJsonObject other = QJsonDocument::fromJson(first.record).object();
    other[QStringLiteral("candidateId")] = QStringLiteral("C-0000");
    const QByteArray otherBytes = *CanonicalJson::serialize(other);
    REQUIRE(intake.service->accept({otherBytes, *station.key->sign(otherBytes)}, QStringLiteral("upload")).status
            == 200);

    auto uploader = station.uploader(station.settingsFor(intake, ca));
    const UploadSummary summary = DeliveryStation::uploadAll(*uploader);
    CHECK(summary.delivered == 1);
    CHECK(summary.failed == 1);
    CHECK(summary.left == 1);
    CHECK(station.counts().refused == 1);
    CHECK(station.undelivered().first().lastError.contains(QStringLiteral("possible tampering")));
    CHECK(*intake.store->conflictCount() == 1);

    const UploadSummary again = DeliveryStation::uploadAll(*uploader);
    CHECK(again.failed == 0); // not sent
    uploader->setRetryRefused(true);
    const UploadSummary forced = DeliveryStation::uploadAll(*uploader);
    CHECK(forced.failed == 1); // sent on purpose, refused again
    CHECK(*intake.store->conflictCount() == 1);
    CHECK(station.counts().refused == 1);
}

TEST_CASE("Delivery settings: any subset is saved and read back, and bad values are refused", "[delivery]")
{
    DeliveryStation station;
    delivery::DeliverySettings settings;
    settings.intakeUrl = QUrl(QStringLiteral("https://intake.example.org:8443/registry/"));
    settings.receiptKey = crypto::Ed25519::generate()->publicKey;
    REQUIRE(delivery::DeliverySettingsStore::save(*station.database, settings));
    auto loaded = delivery::DeliverySettingsStore::load(*station.database);
    REQUIRE(loaded);
    CHECK(loaded->intakeUrl == settings.intakeUrl);
    CHECK(loaded->receiptKey == settings.receiptKey);
    CHECK(loaded->bundleKey.isEmpty());
    CHECK(loaded->caCertificates.isEmpty());
    CHECK(loaded->canUpload());
    CHECK_FALSE(loaded->canExport());
    CHECK(loaded->resultsEndpoint().toString()
          == QStringLiteral("https://intake.example.org:8443/registry/v1/results"));

    delivery::DeliverySettings plain = settings;
    plain.intakeUrl = QUrl(QStringLiteral("http://intake.example.org/"));
    CHECK(delivery::DeliverySettingsStore::save(*station.database, plain)
              .error()
              .message.contains(QStringLiteral("https")));
    delivery::DeliverySettings noCert = settings;
    noCert.caCertificates = "not a certificate";
    CHECK_FALSE(delivery::DeliverySettingsStore::save(*station.database, noCert));
    CHECK_FALSE(delivery::DeliverySettingsStore::parsePin(QStringLiteral("abc")));
    CHECK(delivery::DeliverySettingsStore::parsePin(QString(64, u'a'))->size() == 32);
    // What was saved before a refused change is still there.
    CHECK(delivery::DeliverySettingsStore::load(*station.database)->intakeUrl == settings.intakeUrl);
}

TEST_CASE("Upload: when the station cannot store the receipt (disk full), the record stays and the retry closes it",
          "[delivery]")
{
    StationAndIntake setup(1);
    auto& [ca, intake, station] = setup;
    auto uploader = setup.uploader();
    bool armed = false;
    // The intake answers; the station's next database write, the receipt's, fails as a full disk would.
    intake.server->setFaultPlan([&] {
        if (!armed) {
            station.database->failAfter(0);
            armed = true;
        }
        return intake::IntakeFault{};
    });
    const UploadSummary failed = DeliveryStation::uploadAll(*uploader);
    CHECK(failed.delivered == 0);
    CHECK_FALSE(failed.stopReason.isEmpty());
    CHECK(intake.records() == 1);
    CHECK(station.counts().delivered == 0);
    CHECK(station.undelivered().size() == 1); // nothing saved was lost, nothing claims delivery

    const UploadSummary retried = DeliveryStation::uploadAll(*uploader);
    CHECK(retried.delivered == 1);
    CHECK(intake.records() == 1);
    CHECK(station.counts().delivered == 1);
}
