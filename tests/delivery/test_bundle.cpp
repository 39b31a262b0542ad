// Offline bundles: sealed to the registry's key at the station, imported at the intake under the
// upload's rules, all or nothing.

#include "deliveryfixture.h"

#include "../fuzz/deliverykeys.h"
#include "crypto/sha256.h"
#include "delivery/bundleexport.h"
#include "delivery/receipt.h"
#include "delivery/resultbundle.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace exam;
using namespace exam::test;
using delivery::ResultBundle;
using delivery::SignedRecord;

namespace {

QList<SignedRecord> signedRecords(DeliveryStation& station)
{
    QList<SignedRecord> list;
    for (const Recorded& recorded : station.results())
        list.append({recorded.record, recorded.signature});
    return list;
}

} // namespace

TEST_CASE("Bundle: sealed to the registry key, opened only with its private key, records unchanged", "[delivery]")
{
    TestCa ca;
    IntakeUnderTest intake(ca);
    DeliveryStation station;
    station.addRecords(4);
    const QList<SignedRecord> records = signedRecords(station);
    auto sealed = ResultBundle::seal(records, intake.bundleKeys.publicKey,
                                     {station.key->keyId(), QStringLiteral("2026-11-27T10:00:00.000Z"), 0});
    REQUIRE(sealed);
    // Nothing of the records is readable in the file, neither as text nor as the base64 inside.
    CHECK_FALSE(sealed->contains("\"records\""));
    CHECK_FALSE(sealed->contains(records.first().record.toBase64().left(40)));
    CHECK_FALSE(sealed->contains(records.first().signature.toBase64().left(40)));

    auto opened = ResultBundle::open(*sealed, intake.bundleKeys.privateKey.view());
    REQUIRE(opened);
    CHECK(opened->info.count == 4);
    CHECK(opened->info.stationKeyId == station.key->keyId());
    REQUIRE(opened->records.size() == 4);
    for (int i = 0; i < 4; ++i) {
        CHECK(opened->records[i].record == records[i].record);
        CHECK(opened->records[i].signature == records[i].signature);
    }

    SECTION("another registry's key cannot open it, and says so")
    {
        auto other = crypto::X25519::generate();
        auto refused = ResultBundle::open(*sealed, other->privateKey.view());
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::KeyNotIssued);
    }
    SECTION("every truncation is refused")
    {
        for (qsizetype length :
             {qsizetype(0), qsizetype(5), qsizetype(12), qsizetype(40), sealed->size() / 2, sealed->size() - 1}) {
            auto refused = ResultBundle::open(sealed->first(length), intake.bundleKeys.privateKey.view());
            INFO("length " << length);
            REQUIRE_FALSE(refused);
            CHECK_FALSE(refused.error().message.isEmpty());
        }
    }
    SECTION("a changed byte anywhere is refused")
    {
        for (qsizetype at = 0; at < sealed->size(); at += 97) {
            QByteArray altered = *sealed;
            altered[at] = char(altered[at] ^ 0x20);
            INFO("byte " << at);
            REQUIRE_FALSE(ResultBundle::open(altered, intake.bundleKeys.privateKey.view()));
        }
    }
}

TEST_CASE("Bundle import: stored under the upload rules, importing twice changes nothing", "[delivery]")
{
    TestCa ca;
    IntakeUnderTest intake(ca);
    DeliveryStation station;
    station.addRecords(3);
    intake.accept(station.key->publicKey());
    auto sealed =
        ResultBundle::seal(signedRecords(station), intake.bundleKeys.publicKey, {station.key->keyId(), {}, 0});
    REQUIRE(sealed);

    auto first = intake.service->importBundle(*sealed, intake.bundleKeys.privateKey.view());
    INFO((first ? QString() : first.error().message).toStdString());
    REQUIRE(first);
    CHECK(first->stored == 3);
    CHECK(first->refused.isEmpty());
    CHECK(intake.records() == 3);

    auto second = intake.service->importBundle(*sealed, intake.bundleKeys.privateKey.view());
    REQUIRE(second);
    CHECK(second->stored == 0);
    CHECK(second->alreadyHeld == 3);
    CHECK(intake.records() == 3);

    SECTION("a damaged bundle imports nothing")
    {
        QByteArray cut = sealed->first(sealed->size() - 10);
        IntakeUnderTest fresh(ca);
        fresh.accept(station.key->publicKey());
        QByteArray sealedForFresh = *ResultBundle::seal(signedRecords(station), fresh.bundleKeys.publicKey, {});
        auto refused = fresh.service->importBundle(sealedForFresh.first(sealedForFresh.size() - 10),
                                                   fresh.bundleKeys.privateKey.view());
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("Nothing was imported")));
        CHECK(fresh.records() == 0);
    }
}

TEST_CASE("Bundle import: records the rules refuse are listed, the rest stored", "[delivery]")
{
    TestCa ca;
    IntakeUnderTest intake(ca);
    DeliveryStation station;
    station.addRecords(2);
    intake.accept(station.key->publicKey());
    QList<SignedRecord> records = signedRecords(station);
    records[1].signature[0] = char(records[1].signature[0] ^ 1); // altered after signing
    auto sealed = ResultBundle::seal(records, intake.bundleKeys.publicKey, {});
    REQUIRE(sealed);
    auto report = intake.service->importBundle(*sealed, intake.bundleKeys.privateKey.view());
    REQUIRE(report);
    CHECK(report->stored == 1);
    REQUIRE(report->refused.size() == 1);
    CHECK(report->refused.first().contains(QStringLiteral("signature")));
    CHECK(intake.records() == 1);
}

// The delivery fuzz corpus starts deep only if its seeds are real: a bundle that opens with the fuzz
// registry key, an upload body and a receipt that parse. EXAM_WRITE_FUZZ_SEEDS=1 writes them afresh
// (after a format change) into tests/fuzz/corpus/delivery.
TEST_CASE("Fuzz seeds for delivery are real inputs", "[delivery][fuzz]")
{
    const QDir corpus(sourcePath(QStringLiteral("tests/fuzz/corpus/delivery")));
    const auto read = [&](const QString& name) {
        QFile file(corpus.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    };
    if (qEnvironmentVariableIntValue("EXAM_WRITE_FUZZ_SEEDS") == 1) {
        DeliveryStation station;
        station.addRecords(2);
        const QList<SignedRecord> records = signedRecords(station);
        const QByteArray registryPublic = *crypto::X25519::publicKeyOf(fuzz::registryBundlePrivateKey());
        auto receiptKey = crypto::SecretBytes::copyOf(fuzz::intakeReceiptSeed());
        const QString id =
            QJsonDocument::fromJson(records.first().record).object().value(QStringLiteral("resultId")).toString();
        auto receipt =
            delivery::Receipts::issue({id, crypto::Sha256::hash(records.first().record),
                                       QStringLiteral("2026-11-27T12:00:00.000Z"), QStringLiteral("0011223344556677")},
                                      receiptKey.view());
        const std::map<QString, QByteArray> seeds{
            {QStringLiteral("seed-bundle.bin"),
             *ResultBundle::seal(records, registryPublic, {station.key->keyId(), {}, 0})},
            {QStringLiteral("seed-upload.json"), delivery::SignedRecords::toUploadBody(records.first())},
            {QStringLiteral("seed-record.json"), records.first().record},
            {QStringLiteral("seed-receipt.json"), delivery::Receipts::toResponseBody(*receipt)},
        };
        for (const auto& [name, bytes] : seeds) {
            QFile file(corpus.filePath(name));
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
    }
    auto bundle = ResultBundle::open(read(QStringLiteral("seed-bundle.bin")), fuzz::registryBundlePrivateKey());
    REQUIRE(bundle);
    CHECK(bundle->records.size() == 2);
    CHECK(delivery::SignedRecords::fromUploadBody(read(QStringLiteral("seed-upload.json"))));
    CHECK(delivery::SignedRecords::summarize(read(QStringLiteral("seed-record.json"))));
    CHECK(delivery::Receipts::fromResponseBody(read(QStringLiteral("seed-receipt.json"))));
}

TEST_CASE("Bundle export: never over an existing file, never through a link", "[delivery]")
{
    TestCa ca;
    IntakeUnderTest registry(ca);
    DeliveryStation station;
    station.addRecords(2);
    QTemporaryDir stick, elsewhere;
    const QString target = elsewhere.filePath(QStringLiteral("planted"));
    const QString path = stick.filePath(QStringLiteral("exam-results.bundle"));
    REQUIRE(QFile::link(target, path)); // dangling: QFile::exists() says no
    auto refused = delivery::BundleExport::write(*station.database, station.key->keyId(), registry.bundleKeys.publicKey,
                                                 path, station.wall.utcNow(), false);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK_FALSE(QFile::exists(target));
    CHECK(station.counts().exported == 0);

    const QString real = stick.filePath(QStringLiteral("real.bundle"));
    auto written = delivery::BundleExport::write(*station.database, station.key->keyId(), registry.bundleKeys.publicKey,
                                                 real, station.wall.utcNow(), false);
    REQUIRE(written);
    CHECK(*written == 2);
    CHECK(station.counts().exported == 2);
    CHECK(delivery::BundleExport::write(*station.database, station.key->keyId(), registry.bundleKeys.publicKey, real,
                                        station.wall.utcNow(), true)
              .error()
              .code
          == ErrorCode::Conflict);
    CHECK(delivery::BundleExport::write(*station.database, station.key->keyId(), registry.bundleKeys.publicKey,
                                        stick.filePath(QStringLiteral("again.bundle")), station.wall.utcNow(), false)
              .error()
              .code
          == ErrorCode::NotAllowed); // nothing new without `again`
}
