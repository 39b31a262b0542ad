// The programme's rules (retake waits, prerequisites, credentials) as a publisher signs them into a
// bank's header: strict reading, format versions, which rules a station applies, and the record the
// station keeps of them when a bank is installed.
#include "bankfixture.h"
#include "banks/bankcatalogue.h"
#include "cataloguestation.h"
#include "station/stationpaths.h"
#include "station/stationschema.h"
#include "storage/database.h"
#include "testsupport.h"
#include "json/canonicaljson.h"
#include "json/strictobject.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <QtEndian>

using namespace exam;
using namespace exam::banks;
using exam::test::BankFixture;

namespace {

// A body that waits 30 days after a fail, 90 after the second in a row, wants TEST-PRE passed first,
// and awards TEST-CRED for the sample module, valid 3 years.
ModuleRules stricterRules(QDate issued = QDate(2026, 2, 1))
{
    ModuleRules rules;
    rules.issued = issued;
    rules.retake = {30, 2, 90};
    rules.prerequisites = {QStringLiteral("TEST-PRE")};
    rules.credentials = {
        {QStringLiteral("TEST-CRED"), QStringLiteral("Test Credential"), {QStringLiteral("TEST-SMP")}, 3, {}}};
    return rules;
}

QByteArray buildWithRules(const std::optional<ModuleRules>& rules, int bankVersion = 3,
                          const QString& language = QStringLiteral("en"))
{
    BankContent content = BankFixture::instance().content();
    content.bankVersion = bankVersion;
    if (language != content.module.language) { // a translation: its own bank id
        content.bankId = QStringLiteral("test.sample.") + language;
        content.module.language = language;
    }
    content.rules = rules;
    bankcompiler::BankRecipients recipients;
    recipients.centerPublicKeys = {BankFixture::instance().center().publicKey};
    return BankFixture::instance().build(content, recipients);
}

// The file with another format version in bytes 8-9, signed again by the publisher.
QByteArray withFormatVersion(QByteArray file, quint16 version)
{
    qToBigEndian<quint16>(version, file.data() + format::MagicSize);
    const auto parts = BankReader::split(file);
    REQUIRE(parts);
    auto signedFile =
        bankcompiler::BankWriter::sign(parts->signedBytes, BankFixture::instance().publisher().privateKey);
    REQUIRE(signedFile);
    return *signedFile;
}

// Reads rules from JSON the way a header is read; the error message, or empty when accepted.
QString problemIn(const QJsonObject& json)
{
    StrictObject strict(json, QStringLiteral("rules"));
    ModuleRules::fromJson(strict);
    return strict.error() ? strict.error()->message : QString();
}

struct Station : test::CatalogueStation
{
    void install(const QByteArray& bytes)
    {
        auto installed = catalogue->install(write(QStringLiteral("incoming.exambank"), bytes),
                                            BankFixture::instance().trusted(), BankFixture::instance().centerKeys());
        INFO((installed ? QString() : installed.error().error.message).toStdString());
        REQUIRE(installed);
    }
};

} // namespace

TEST_CASE("Programme rules travel in the bank's signed header and come back as they were written", "[banks][rules]")
{
    const BankFixture& fixture = BankFixture::instance();
    const QByteArray file = buildWithRules(stricterRules());
    CHECK(qFromBigEndian<quint16>(file.constData() + format::MagicSize) == format::RulesVersion);

    // Public: read from the header alone, without any key.
    auto header = BankReader::verify(file, fixture.trusted());
    REQUIRE(header);
    REQUIRE(header->rules.has_value());
    CHECK(*header->rules == stricterRules());

    auto opened = BankReader::open(file, fixture.trusted(), fixture.centerKeys());
    REQUIRE(opened);
    REQUIRE(opened->content.rules.has_value());
    CHECK(*opened->content.rules == stricterRules());

    // A bank without rules has none, and its header has no "rules" member.
    const QByteArray plain = buildWithRules(std::nullopt);
    auto plainHeader = BankReader::verify(plain, fixture.trusted());
    REQUIRE(plainHeader);
    CHECK_FALSE(plainHeader->rules.has_value());
    const auto parts = BankReader::split(plain);
    REQUIRE(parts);
    CHECK_FALSE(parts->header.toByteArray().contains("\"rules\""));
}

TEST_CASE("Programme rules: a header of format 3 or older with rules is refused, a changed rule breaks the "
          "signature",
          "[banks][rules][tamper]")
{
    const BankFixture& fixture = BankFixture::instance();
    const QByteArray file = buildWithRules(stricterRules());

    // The same header under version 3 (whose readers do not know the member): refused, not ignored.
    auto asVersion3 = BankReader::verify(withFormatVersion(file, 3), fixture.trusted());
    REQUIRE_FALSE(asVersion3);
    CHECK(asVersion3.error().check == BankCheck::Header);
    CHECK(asVersion3.error().error.message.contains(QStringLiteral("rules")));

    // Shortening the wait in the header without the publisher's key.
    const auto parts = BankReader::split(file);
    REQUIRE(parts);
    QJsonObject header = QJsonDocument::fromJson(parts->header.toByteArray()).object();
    QJsonObject rules = header.value(QStringLiteral("rules")).toObject();
    QJsonObject retake = rules.value(QStringLiteral("retake")).toObject();
    retake.insert(QStringLiteral("daysAfterFail"), 1);
    rules.insert(QStringLiteral("retake"), retake);
    header.insert(QStringLiteral("rules"), rules);
    auto canonical = CanonicalJson::serialize(header);
    REQUIRE(canonical);
    const QByteArray tampered =
        BankReader::assembleUnsigned(*canonical, parts->ciphertext) + parts->signature.toByteArray();
    auto refused = BankReader::verify(tampered, fixture.trusted());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().check == BankCheck::Signature);
}

TEST_CASE("Programme rules are read strictly: each bad value is refused naming the field", "[banks][rules]")
{
    const QJsonObject good = stricterRules().toJson();
    CHECK(problemIn(good).isEmpty());

    const auto changed = [&good](const std::function<void(QJsonObject&)>& change) {
        QJsonObject json = good;
        change(json);
        return problemIn(json);
    };
    const auto inRetake = [](const QString& key, const QJsonValue& value) {
        return [key, value](QJsonObject& json) {
            QJsonObject retake = json.value(QStringLiteral("retake")).toObject();
            retake.insert(key, value);
            json.insert(QStringLiteral("retake"), retake);
        };
    };
    const auto inCredential = [](const QString& key, const QJsonValue& value) {
        return [key, value](QJsonObject& json) {
            QJsonArray credentials = json.value(QStringLiteral("credentials")).toArray();
            QJsonObject credential = credentials.at(0).toObject();
            credential.insert(key, value);
            credentials.replace(0, credential);
            json.insert(QStringLiteral("credentials"), credentials);
        };
    };

    CHECK(changed([](QJsonObject& json) {
              json.insert(QStringLiteral("issued"), QStringLiteral("1 Dec 2026"));
          }).contains(QStringLiteral("rules.issued")));
    CHECK(changed([](QJsonObject& json) {
              json.remove(QStringLiteral("retake"));
          }).contains(QStringLiteral("rules.retake")));
    CHECK(
        changed(inRetake(QStringLiteral("daysAfterFail"), -1)).contains(QStringLiteral("rules.retake.daysAfterFail")));
    CHECK(changed(inRetake(QStringLiteral("daysAfterRepeatedFails"), 10)).contains(QStringLiteral("never shorten")));
    CHECK(changed(inRetake(QStringLiteral("graceDays"), 3)).contains(QStringLiteral("rules.retake.graceDays")));
    CHECK(changed([](QJsonObject& json) {
              json.insert(QStringLiteral("prerequisites"), QJsonArray{QStringLiteral("cla")});
          }).contains(QStringLiteral("rules.prerequisites")));
    CHECK(changed(inCredential(QStringLiteral("requires"), QJsonArray{QStringLiteral("TEST-CRED")}))
              .contains(QStringLiteral("itself")));
    CHECK(changed(inCredential(QStringLiteral("modules"), QJsonArray{}))
              .contains(QStringLiteral("rules.credentials[0].modules")));
    CHECK(changed(inCredential(QStringLiteral("validityYears"), 1000))
              .contains(QStringLiteral("rules.credentials[0].validityYears")));
    CHECK(changed(inCredential(QStringLiteral("title"), QStringLiteral("Two\nlines")))
              .contains(QStringLiteral("rules.credentials[0].title")));
    CHECK(changed([](QJsonObject& json) {
              QJsonArray credentials = json.value(QStringLiteral("credentials")).toArray();
              credentials.append(credentials.at(0));
              json.insert(QStringLiteral("credentials"), credentials);
          }).contains(QStringLiteral("TEST-CRED twice")));
    CHECK(changed([](QJsonObject& json) {
              json.insert(QStringLiteral("note"), QStringLiteral("x"));
          }).contains(QStringLiteral("rules.note")));
}

TEST_CASE("Programme rules at a station: the newest issue wins, the standard table fills the rest", "[banks][rules]")
{
    ProgrammeRules rules = ProgrammeRules::standard();
    const QString sample = QStringLiteral("TEST-SMP");
    CHECK(rules.retake(sample) == RetakeRule{15, 3, 60});
    CHECK(rules.prerequisites(QStringLiteral("CLT")) == QStringList{QStringLiteral("CLA")});
    CHECK(rules.prerequisites(sample).isEmpty());
    const qsizetype standardCount = rules.credentials().size();

    rules.adopt(sample, stricterRules(QDate(2026, 12, 1)));
    CHECK(rules.retake(sample) == RetakeRule{30, 2, 90});
    CHECK(rules.prerequisites(sample) == QStringList{QStringLiteral("TEST-PRE")});
    CHECK(rules.credentials().size() == standardCount + 1);
    CHECK(rules.credentials().last().validityYears == 3);
    // Other modules keep the standard table.
    CHECK(rules.retake(QStringLiteral("CPT-SAF")) == RetakeRule{15, 3, 60});

    // Rules issued earlier (an old bank of the same module, a translation not yet reissued) do not undo them.
    ModuleRules older = stricterRules(QDate(2025, 1, 1));
    older.retake = {7, 3, 7};
    older.credentials.first().validityYears = 10;
    rules.adopt(sample, older);
    CHECK(rules.retake(sample) == RetakeRule{30, 2, 90});
    CHECK(rules.credentials().last().validityYears == 3);

    // Rules issued later replace them, credentials included; a body may redefine a standard credential.
    ModuleRules newer = stricterRules(QDate(2027, 6, 1));
    newer.retake = {20, 3, 60};
    newer.credentials.append({QStringLiteral("CLT"),
                              QStringLiteral("Logistics Technician"),
                              {QStringLiteral("CLT")},
                              4,
                              {QStringLiteral("CLA")}});
    rules.adopt(sample, newer);
    CHECK(rules.retake(sample) == RetakeRule{20, 3, 60});
    CHECK(rules.credentials().size() == standardCount + 1);
    const QList<CredentialRule> credentials = rules.credentials();
    const auto clt = std::find_if(credentials.cbegin(), credentials.cend(),
                                  [](const CredentialRule& rule) { return rule.code == QStringLiteral("CLT"); });
    REQUIRE(clt != credentials.cend());
    CHECK(clt->validityYears == 4);
}

TEST_CASE("Programme rules at a station: recorded when a bank is installed, applied from the day they are issued",
          "[banks][rules][catalogue]")
{
    Station station; // its day is 2026-03-02
    const QDate issued(2026, 2, 1);
    auto none = station.catalogue->rules(station.today());
    REQUIRE(none);
    CHECK(none->retake(QStringLiteral("TEST-SMP")) == RetakeRule{15, 3, 60});

    station.install(buildWithRules(stricterRules(issued), 3));
    auto installed = station.catalogue->find(QStringLiteral("test.sample.en"));
    REQUIRE(installed);
    REQUIRE(*installed);
    REQUIRE((*installed)->rules.has_value());
    CHECK(*(*installed)->rules == stricterRules(issued));
    auto applied = station.catalogue->rules(station.today());
    REQUIRE(applied);
    CHECK(applied->retake(QStringLiteral("TEST-SMP")) == RetakeRule{30, 2, 90});
    // What the set-up and the score report read, from the database alone; before the rules were
    // issued (a report of an earlier day), the standard table.
    auto fromDatabase = BankCatalogue::installedRules(*station.database, station.today());
    REQUIRE(fromDatabase);
    CHECK(fromDatabase->prerequisites(QStringLiteral("TEST-SMP")) == QStringList{QStringLiteral("TEST-PRE")});
    auto before = BankCatalogue::installedRules(*station.database, issued.addDays(-1));
    REQUIRE(before);
    CHECK(before->retake(QStringLiteral("TEST-SMP")) == RetakeRule{15, 3, 60});

    SECTION("a newer version of the bank without rules: back to the standard table")
    {
        station.install(buildWithRules(std::nullopt, 4));
        auto standard = station.catalogue->rules(station.today());
        REQUIRE(standard);
        CHECK(standard->retake(QStringLiteral("TEST-SMP")) == RetakeRule{15, 3, 60});
    }
}

TEST_CASE("Programme rules at a station: the damaged record of a bank is repaired by installing its file again",
          "[banks][rules][catalogue]")
{
    Station station;
    const QByteArray file = buildWithRules(stricterRules(QDate(2026, 2, 1)), 3);
    station.install(file);
    REQUIRE(station.database->exec(QStringLiteral(
        "UPDATE installed_banks SET rules = '{\"issued\": \"2026-02-01\"}' WHERE bank_id = 'test.sample.en'")));
    auto damaged = station.catalogue->rules(station.today());
    REQUIRE_FALSE(damaged);
    CHECK(damaged.error().message.contains(QStringLiteral("test.sample.en")));
    CHECK(damaged.error().message.contains(QStringLiteral("examctl bank install")));
    station.install(file); // the same file, as the message says
    auto repaired = station.catalogue->rules(station.today());
    REQUIRE(repaired);
    CHECK(repaired->retake(QStringLiteral("TEST-SMP")) == RetakeRule{30, 2, 90});
}

TEST_CASE("Programme rules at a station: across banks of one module the newest issue applies, whatever the order "
          "of installation, and credentials are named in each bank's language",
          "[banks][rules][catalogue]")
{
    Station station;
    ModuleRules spanish = stricterRules(QDate(2026, 2, 1));
    spanish.retake = {20, 3, 60};
    spanish.credentials.first().title = QStringLiteral("Credencial de prueba");
    ModuleRules english = stricterRules(QDate(2026, 1, 1)); // older
    station.install(buildWithRules(spanish, 3, QStringLiteral("es")));
    station.install(buildWithRules(english, 3));
    auto rules = station.catalogue->rules(station.today());
    REQUIRE(rules);
    CHECK(rules->retake(QStringLiteral("TEST-SMP")) == RetakeRule{20, 3, 60});
    const auto titleOf = [&rules](const QString& language) {
        for (const CredentialRule& credential : rules->credentials(language))
            if (credential.code == QStringLiteral("TEST-CRED"))
                return credential.title;
        return QString();
    };
    CHECK(titleOf(QStringLiteral("es")) == QStringLiteral("Credencial de prueba"));
    CHECK(titleOf(QStringLiteral("en")) == QStringLiteral("Test Credential"));
    CHECK(titleOf(QStringLiteral("fr")) == QStringLiteral("Credencial de prueba")); // the definition in force

    // Removing the Spanish bank leaves the English bank's rules.
    REQUIRE(station.catalogue->remove(QStringLiteral("test.sample.es")));
    auto after = station.catalogue->rules(station.today());
    REQUIRE(after);
    CHECK(after->retake(QStringLiteral("TEST-SMP")) == RetakeRule{30, 2, 90});
}

TEST_CASE("Programme rules about their own module: a module never its own prerequisite, a bank defines only "
          "credentials its module counts towards",
          "[banks][rules]")
{
    ModuleRules selfFirst = stricterRules();
    selfFirst.prerequisites = {QStringLiteral("TEST-SMP")};
    CHECK(selfFirst.problemFor(QStringLiteral("TEST-SMP")).contains(QStringLiteral("before TEST-SMP itself")));
    ModuleRules foreign = stricterRules();
    foreign.credentials.first().requiredModules = {QStringLiteral("CPT-SAF")};
    CHECK(foreign.problemFor(QStringLiteral("TEST-SMP")).contains(QStringLiteral("TEST-CRED")));
    CHECK(stricterRules().problemFor(QStringLiteral("TEST-SMP")).isEmpty());

    // The writer refuses to sign a header no station would open.
    BankContent content = BankFixture::instance().content();
    content.rules = foreign;
    bankcompiler::BankRecipients recipients;
    recipients.centerPublicKeys = {BankFixture::instance().center().publicKey};
    crypto::SecretBytes key = crypto::SecretBytes::copyOf(BankFixture::instance().publisher().privateKey.view());
    auto written = bankcompiler::BankWriter::write(
        content, recipients, {QStringLiteral("Test publisher"), std::move(key)}, QDateTime::currentDateTimeUtc());
    REQUIRE_FALSE(written);
    CHECK(written.error().message.contains(QStringLiteral("TEST-CRED")));
}
