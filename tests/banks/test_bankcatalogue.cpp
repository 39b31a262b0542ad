// Installing banks into a station: verification, rollback protection, atomic copies, the record in
// the station database, and the promise that item content never lands on disk or in a log in clear.
#include "bankfixture.h"
#include "banks/bankcatalogue.h"
#include "cataloguestation.h"
#include "station/stationpaths.h"
#include "station/stationschema.h"
#include "storage/database.h"
#include "testsupport.h"
#include "util/logsink.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <unistd.h>

using namespace exam;
using namespace exam::banks;
using exam::test::BankFixture;

namespace {

using Station = test::CatalogueStation;

QByteArray buildVersion(int version)
{
    BankContent content = BankFixture::instance().content();
    content.bankVersion = version;
    bankcompiler::BankRecipients recipients;
    recipients.centerPublicKeys = {BankFixture::instance().center().publicKey};
    return BankFixture::instance().build(content, recipients);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("Catalogue: a bank is verified, copied and recorded", "[banks][catalogue]")
{
    const BankFixture& fixture = BankFixture::instance();
    Station station;
    const QByteArray file = fixture.buildForCenter();
    const QString source = station.write(QStringLiteral("incoming.exambank"), file);

    auto installed = station.catalogue->install(source, fixture.trusted(), fixture.centerKeys());
    REQUIRE(installed);
    CHECK(installed->bankId == QStringLiteral("test.sample.en"));
    CHECK(installed->version == 3);
    CHECK(installed->itemCount == 13);
    CHECK_FALSE(installed->needsReleaseCode);
    CHECK(installed->installedAt == station.clock.utcNow());
    CHECK(station.bankFiles() == QStringList{QStringLiteral("test.sample.en-v3.exambank")});
    CHECK(readAll(QDir(station.paths.banksFolder()).filePath(installed->fileName)) == file);

    auto listed = station.catalogue->installed();
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().sha256 == installed->sha256);
    CHECK(listed->first().title == QStringLiteral("Sample module for tests"));

    SECTION("installing the same file again changes nothing")
    {
        auto again = station.catalogue->install(source, fixture.trusted(), fixture.centerKeys());
        REQUIRE(again);
        CHECK(station.catalogue->installed()->size() == 1);
        CHECK(station.bankFiles().size() == 1);
    }
    SECTION("the installed bank opens for a session")
    {
        auto opened =
            station.catalogue->open(QStringLiteral("test.sample.en"), fixture.trusted(), fixture.centerKeys());
        REQUIRE(opened);
        CHECK(opened->content == fixture.content());
    }
    SECTION("an installed file changed on disk is refused")
    {
        const QString installedPath = QDir(station.paths.banksFolder()).filePath(installed->fileName);
        QByteArray changed = file;
        changed[changed.size() / 2] = char(changed[changed.size() / 2] ^ 0x20);
        {
            QFile out(installedPath);
            REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(changed);
        }
        auto opened =
            station.catalogue->open(QStringLiteral("test.sample.en"), fixture.trusted(), fixture.centerKeys());
        REQUIRE_FALSE(opened);
        CHECK(opened.error().check == BankCheck::Install);
        CHECK(opened.error().error.message.contains(QStringLiteral("changed on disk")));
    }
    SECTION("a bank id that is not installed")
    {
        auto opened = station.catalogue->open(QStringLiteral("nope"), fixture.trusted(), fixture.centerKeys());
        REQUIRE_FALSE(opened);
        CHECK(opened.error().error.code == ErrorCode::NotFound);
    }
}

TEST_CASE("Catalogue: newer versions replace older ones, older ones are refused", "[banks][catalogue]")
{
    const BankFixture& fixture = BankFixture::instance();
    Station station;
    REQUIRE(station.catalogue->install(station.write(QStringLiteral("v4"), buildVersion(4)), fixture.trusted(),
                                       fixture.centerKeys()));

    SECTION("an older version is a rollback and is refused")
    {
        auto older = station.catalogue->install(station.write(QStringLiteral("v3"), buildVersion(3)), fixture.trusted(),
                                                fixture.centerKeys());
        REQUIRE_FALSE(older);
        CHECK(older.error().check == BankCheck::Install);
        CHECK(older.error().error.code == ErrorCode::RollbackRefused);
        CHECK(older.error().error.message.contains(QStringLiteral("Version 4")));
        CHECK(station.bankFiles() == QStringList{QStringLiteral("test.sample.en-v4.exambank")});
        CHECK(station.catalogue->find(QStringLiteral("test.sample.en"))->value().version == 4);
    }
    SECTION("another file under the same version is a conflict")
    {
        auto twin = station.catalogue->install(station.write(QStringLiteral("v4b"), buildVersion(4)), fixture.trusted(),
                                               fixture.centerKeys());
        REQUIRE_FALSE(twin);
        CHECK(twin.error().error.code == ErrorCode::Conflict);
    }
    SECTION("a newer version replaces the file and the record")
    {
        auto newer = station.catalogue->install(station.write(QStringLiteral("v5"), buildVersion(5)), fixture.trusted(),
                                                fixture.centerKeys());
        REQUIRE(newer);
        CHECK(station.bankFiles() == QStringList{QStringLiteral("test.sample.en-v5.exambank")});
        CHECK(station.catalogue->installed()->size() == 1);
        CHECK(station.catalogue->find(QStringLiteral("test.sample.en"))->value().version == 5);
    }
}

TEST_CASE("Catalogue: refused banks leave nothing behind", "[banks][catalogue]")
{
    const BankFixture& fixture = BankFixture::instance();
    Station station;
    QByteArray tampered = fixture.buildForCenter();
    tampered[tampered.size() - 100] = char(tampered[tampered.size() - 100] ^ 1);

    const auto refused = [&](const QByteArray& bytes, const QList<PublisherKey>& trusted, const BankKeys& keys) {
        auto result = station.catalogue->install(station.write(QStringLiteral("in"), bytes), trusted, keys);
        REQUIRE_FALSE(result);
        CHECK(station.bankFiles().isEmpty());
        CHECK(station.catalogue->installed()->isEmpty());
        return result.error();
    };
    CHECK(refused(tampered, fixture.trusted(), fixture.centerKeys()).check == BankCheck::Signature);
    CHECK(refused(fixture.buildForCenter(), {}, fixture.centerKeys()).error.code == ErrorCode::UntrustedSigner);
    CHECK(refused(fixture.buildForCenter(), fixture.trusted(),
                  BankKeys{crypto::SecretBytes::copyOf(fixture.otherCenter().privateKey.view()), {}})
              .error.code
          == ErrorCode::KeyNotIssued);

    SECTION("a database failure while recording removes the copied file")
    {
        // find() takes two operations (prepare, step); record() then begins, prepares, runs and
        // commits. Failing each of record's operations must leave no file and no row.
        for (int operation = 2; operation <= 5; ++operation) {
            INFO("failing database operation " << operation);
            const QString incoming = station.write(QStringLiteral("ok"), fixture.buildForCenter());
            station.database->failAfter(operation);
            auto result = station.catalogue->install(incoming, fixture.trusted(), fixture.centerKeys());
            const bool faultStillArmed = station.database->faultArmed();
            station.database->failAfter(-1);
            REQUIRE_FALSE(result);
            CHECK_FALSE(faultStillArmed); // the injected failure, not another, stopped the install
            CHECK(result.error().check == BankCheck::Install);
            CHECK(station.bankFiles().isEmpty());
            CHECK(station.catalogue->installed()->isEmpty());
        }
    }
    SECTION("a banks folder that cannot be written (a file stands in its place)")
    {
        REQUIRE(QDir(station.paths.banksFolder()).removeRecursively());
        station.write(QStringLiteral("station/banks"), "not a folder");
        auto result = station.catalogue->install(station.write(QStringLiteral("ok"), fixture.buildForCenter()),
                                                 fixture.trusted(), fixture.centerKeys());
        REQUIRE_FALSE(result);
        CHECK(result.error().check == BankCheck::Install);
        CHECK_FALSE(result.error().error.message.isEmpty());
        CHECK(station.catalogue->installed()->isEmpty());
    }
}

TEST_CASE("Catalogue: a damaged installed copy is repaired by installing again", "[banks][catalogue]")
{
    const BankFixture& fixture = BankFixture::instance();
    Station station;
    const QByteArray file = fixture.buildForCenter();
    const QString source = station.write(QStringLiteral("in"), file);
    auto installed = station.catalogue->install(source, fixture.trusted(), fixture.centerKeys());
    REQUIRE(installed);
    const QString installedPath = QDir(station.paths.banksFolder()).filePath(installed->fileName);
    CHECK(station.catalogue->holdsIntact(installed->sha256)); // a start-up need not install it again
    CHECK_FALSE(station.catalogue->holdsIntact(QByteArray(32, 'x')));
    {
        QFile damaged(installedPath);
        REQUIRE(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write(file.left(file.size() / 2));
    }
    REQUIRE_FALSE(station.catalogue->open(installed->bankId, fixture.trusted(), fixture.centerKeys()));
    CHECK_FALSE(station.catalogue->holdsIntact(installed->sha256)); // so the start-up installs it again
    REQUIRE(station.catalogue->install(source, fixture.trusted(), fixture.centerKeys()));
    CHECK(readAll(installedPath) == file);
    CHECK(station.catalogue->open(installed->bankId, fixture.trusted(), fixture.centerKeys()));
}

TEST_CASE("Catalogue: removing a bank does not undo rollback protection", "[banks][catalogue]")
{
    const BankFixture& fixture = BankFixture::instance();
    Station station;
    const QString id = QStringLiteral("test.sample.en");
    REQUIRE(station.catalogue->install(station.write(QStringLiteral("v2"), buildVersion(2)), fixture.trusted(),
                                       fixture.centerKeys()));
    REQUIRE(station.catalogue->remove(id));
    CHECK_FALSE(*station.catalogue->find(id));
    // v1 was refused while v2 was installed; with v2 removed it is refused all the same.
    auto older = station.catalogue->install(station.write(QStringLiteral("v1"), buildVersion(1)), fixture.trusted(),
                                            fixture.centerKeys());
    REQUIRE_FALSE(older);
    CHECK(older.error().error.code == ErrorCode::RollbackRefused);
    CHECK(older.error().error.message.contains(QStringLiteral("Version 2")));
    CHECK(station.bankFiles().isEmpty());
    CHECK_FALSE(*station.catalogue->find(id));
    // The same version again, or a newer one, installs; the high-water mark follows the newest.
    REQUIRE(station.catalogue->install(station.write(QStringLiteral("v2 again"), buildVersion(2)), fixture.trusted(),
                                       fixture.centerKeys()));
    REQUIRE(station.catalogue->install(station.write(QStringLiteral("v3"), buildVersion(3)), fixture.trusted(),
                                       fixture.centerKeys()));
    REQUIRE(station.catalogue->remove(id));
    auto second = station.catalogue->install(station.write(QStringLiteral("v2 after v3"), buildVersion(2)),
                                             fixture.trusted(), fixture.centerKeys());
    REQUIRE_FALSE(second);
    CHECK(second.error().error.message.contains(QStringLiteral("Version 3")));
    // …and it survives the database being opened again (it is on disk, not in the catalogue object).
    station.catalogue.reset();
    station.catalogue = std::make_unique<BankCatalogue>(*station.database, station.paths.banksFolder(), station.clock);
    CHECK_FALSE(station.catalogue->install(station.write(QStringLiteral("v1 later"), buildVersion(1)),
                                           fixture.trusted(), fixture.centerKeys()));
}

TEST_CASE("Catalogue: a bank id belongs to the publisher that installed it", "[banks][catalogue]")
{
    const BankFixture& fixture = BankFixture::instance();
    Station station;
    REQUIRE(station.catalogue->install(station.write(QStringLiteral("v3"), fixture.buildForCenter()), fixture.trusted(),
                                       fixture.centerKeys()));
    // Another trusted publisher issues a newer version under the same id: refused, not a takeover.
    auto other = crypto::Ed25519::generate();
    REQUIRE(other);
    BankContent content = fixture.content();
    content.bankVersion = 9;
    bankcompiler::BankRecipients recipients;
    recipients.centerPublicKeys = {fixture.center().publicKey};
    auto foreign = bankcompiler::BankWriter::write(
        content, recipients, {QStringLiteral("Other publisher"), crypto::SecretBytes::copyOf(other->privateKey.view())},
        QDateTime::currentDateTimeUtc());
    REQUIRE(foreign);
    QList<PublisherKey> trusted = fixture.trusted();
    trusted.append({QStringLiteral("Other publisher"), other->publicKey});
    auto result =
        station.catalogue->install(station.write(QStringLiteral("v9"), *foreign), trusted, fixture.centerKeys());
    REQUIRE_FALSE(result);
    CHECK(result.error().error.code == ErrorCode::Conflict);
    CHECK(result.error().error.message.contains(QStringLiteral("another publisher")));
    CHECK(station.catalogue->find(content.bankId)->value().version == 3);
}

TEST_CASE("Catalogue: a bank waiting for its release code installs on its signature", "[banks][catalogue]")
{
    const BankFixture& fixture = BankFixture::instance();
    Station station;
    auto code = ReleaseCode::generate();
    REQUIRE(code);
    const QString source = station.write(QStringLiteral("rc"), fixture.buildWithReleaseCode(*code, UnlockPolicy::Any));

    auto installed = station.catalogue->install(source, fixture.trusted(), BankKeys{});
    REQUIRE(installed);
    CHECK(installed->needsReleaseCode);
    auto withoutCode = station.catalogue->open(installed->bankId, fixture.trusted(), BankKeys{});
    REQUIRE_FALSE(withoutCode);
    CHECK(withoutCode.error().error.code == ErrorCode::KeyRequired);
    CHECK(station.catalogue->open(installed->bankId, fixture.trusted(), BankKeys{{}, *code}));

    SECTION("a wrong code given at install time is refused there")
    {
        Station other;
        auto wrong = other.catalogue->install(source, fixture.trusted(), BankKeys{{}, *ReleaseCode::generate()});
        REQUIRE_FALSE(wrong);
        CHECK(wrong.error().error.code == ErrorCode::WrongReleaseCode);
    }
}

TEST_CASE("Item content never appears in clear in bank files, the database or the log", "[banks][catalogue][canary]")
{
    const BankFixture& fixture = BankFixture::instance();
    Station station;
    REQUIRE(LogSink::install(station.paths.logFile()));
    const QByteArray canary(test::ItemCanary);

    const QByteArray file = fixture.buildForCenter();
    auto installed =
        station.catalogue->install(station.write(QStringLiteral("in"), file), fixture.trusted(), fixture.centerKeys());
    REQUIRE(installed);
    auto opened = station.catalogue->open(installed->bankId, fixture.trusted(), fixture.centerKeys());
    REQUIRE(opened);
    // The content is really there in memory, and printing it goes through the redaction.
    const Item* canaryItem = nullptr;
    for (const Item& item : opened->content.items) {
        if (item.body.reveal().stem.contains(QLatin1String(canary)))
            canaryItem = &item;
        qInfo() << "loaded item" << item.id << item.body;
    }
    REQUIRE(canaryItem);
    qWarning() << "media" << opened->content.media.first().data;
    station.database.reset();
    LogSink::uninstall();

    QStringList scanned;
    for (const QString& name : QDir(station.paths.dataFolder()).entryList(QDir::Files)
                                   + QDir(station.paths.banksFolder()).entryList(QDir::Files)) {
        const QString path = QFileInfo::exists(QDir(station.paths.dataFolder()).filePath(name))
                                 ? QDir(station.paths.dataFolder()).filePath(name)
                                 : QDir(station.paths.banksFolder()).filePath(name);
        const QByteArray bytes = readAll(path);
        INFO(path.toStdString());
        CHECK_FALSE(bytes.contains(canary));
        CHECK_FALSE(bytes.contains(QString::fromLatin1(canary).toUtf8().toBase64()));
        CHECK_FALSE(bytes.contains(
            QByteArray(reinterpret_cast<const char*>(QString::fromLatin1(canary).utf16()), canary.size() * 2)));
        scanned.append(name);
    }
    CHECK(scanned.contains(QStringLiteral("station.log")));
    CHECK(scanned.contains(QStringLiteral("station.sqlite")));
    CHECK(scanned.contains(installed->fileName));
    CHECK(readAll(station.paths.logFile()).contains("<redacted>"));
    CHECK_FALSE(file.contains(canary));
}

TEST_CASE("Bank catalogue: a bank is removed with its file, but not while a sitting that used it is open",
          "[banks][catalogue]")
{
    Station station;
    const BankFixture& fixture = BankFixture::instance();
    auto installed = station.catalogue->install(station.write(QStringLiteral("v3"), buildVersion(3)), fixture.trusted(),
                                                fixture.centerKeys());
    REQUIRE(installed);
    // A session set up from it and not finished (written as the session engine writes it).
    REQUIRE(station.database->exec(
        QStringLiteral(
            "INSERT INTO candidates (id, name) VALUES ('C-1', 'Casey');"
            "INSERT INTO sittings (candidate_id, created_at) VALUES ('C-1', '2026-03-02T08:00:00Z');"
            "INSERT INTO sessions (sitting_id, position, bank_id, bank_sha256, state, seed, time_factor_pct, limit_ms, "
            "created_at) VALUES (1, 0, '%1', zeroblob(32), 'paused', zeroblob(32), 100, 60000, "
            "'2026-03-02T08:00:00Z');")
            .arg(installed->bankId)));
    auto refused = station.catalogue->remove(installed->bankId);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NotAllowed);
    CHECK(station.bankFiles().size() == 1);

    // Finished, but the sitting is still open (the report may be shown again): still refused.
    REQUIRE(station.database->exec(QStringLiteral("UPDATE sessions SET state = 'submitted'")));
    CHECK_FALSE(station.catalogue->remove(installed->bankId));
    REQUIRE(station.database->exec(QStringLiteral("UPDATE sittings SET closed = 1")));
    REQUIRE(station.catalogue->remove(installed->bankId));
    CHECK(station.bankFiles().isEmpty());
    CHECK_FALSE(station.catalogue->find(installed->bankId)->has_value());
    auto again = station.catalogue->remove(installed->bankId);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::NotFound);
}
