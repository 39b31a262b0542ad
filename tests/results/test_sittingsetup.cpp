// The retake rule and prerequisites at session set-up, against the attempts the station recorded.
#include "../banks/bankfixture.h"
#include "banks/bankcatalogue.h"
#include "results/scorereport.h"
#include "results/sittingsetup.h"
#include "resultstation.h"

#include <QFile>

#include <QJsonDocument>
#include <QJsonObject>

using namespace exam;
using namespace exam::results;
using exam::banks::BankContent;
using namespace std::chrono_literals;

namespace {

struct SetupStation : test::ResultStation
{
    SittingSetup setup{*database, *audit, clock};

    Result<qint64> setUp(const QString& overrideReason = {}, const QString& candidate = QStringLiteral("C-1001"))
    {
        return setup.create(proctor(), candidate, QStringLiteral("Casey Candidate"),
                            {ModuleRequest{{content.bankId, QByteArray(32, 'h'), &content}, overrideReason}}, {});
    }

    // Sets up (overriding the rule when it refuses) and sits one module with `right` correct answers.
    void attempt(int right)
    {
        auto sitting = setUp(QStringLiteral("test: sitting again on purpose"));
        REQUIRE(sitting);
        auto sessions = session::Sittings(*database, *audit, clock).sessions(*sitting);
        REQUIRE(sessions);
        auto engine = started(sessions->first());
        sit(*engine, right);
    }

    qint64 lastSessionId() { return scalar(QStringLiteral("SELECT max(id) FROM sessions")); }

    Eligibility eligibility()
    {
        auto result = setup.eligibility(QStringLiteral("C-1001"), content.module.code);
        REQUIRE(result);
        return *result;
    }
};

} // namespace

TEST_CASE("Retake rule at set-up: 15 days after a fail, with the reason and the date for the proctor",
          "[results][retake]")
{
    SetupStation station;
    CHECK(station.eligibility().eligible);
    station.attempt(2); // 2 of 8: failed
    const QDate failedOn = station.clock.localDate();

    const Eligibility refused = station.eligibility();
    CHECK_FALSE(refused.eligible);
    REQUIRE(refused.from.has_value());
    CHECK(*refused.from == failedOn.addDays(15));
    CHECK(refused.reason.contains(failedOn.addDays(15).toString(Qt::ISODate)));

    const qint64 sittingsBefore = station.scalar(QStringLiteral("SELECT count(*) FROM sittings"));
    auto withoutReason = station.setUp(QStringLiteral("   "));
    REQUIRE_FALSE(withoutReason);
    CHECK(withoutReason.error().code == ErrorCode::NotEligible);
    CHECK(withoutReason.error().message.contains(failedOn.addDays(15).toString(Qt::ISODate)));
    CHECK(withoutReason.error().message.contains(QStringLiteral("give the reason")));
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM sittings")) == sittingsBefore);

    // Another candidate is not affected.
    CHECK(station.setUp({}, QStringLiteral("C-2002")));

    SECTION("a proctor overrides with a reason: logged, kept with the session, carried in the signed record")
    {
        auto sitting = station.setUp(QStringLiteral("Registry approved an early retake, ticket 4411"));
        REQUIRE(sitting);
        auto sessions = session::Sittings(*station.database, *station.audit, station.clock).sessions(*sitting);
        REQUIRE(sessions);
        auto entries = station.audit->entries();
        REQUIRE(entries);
        const auto overridden = std::find_if(entries->cbegin(), entries->cend(), [](const session::AuditLog::Entry& e) {
            return e.kind == QStringLiteral("session.rule-overridden");
        });
        REQUIRE(overridden != entries->cend());
        CHECK(overridden->actor == QStringLiteral("proctor:alice"));
        CHECK(overridden->subject == QStringLiteral("session:%1").arg(sessions->first()));
        CHECK(overridden->detail.contains(QStringLiteral("ticket 4411")));
        CHECK(overridden->detail.contains(failedOn.addDays(15).toString(Qt::ISODate)));

        auto engine = station.started(sessions->first());
        station.sit(*engine, 8);
        const QJsonObject record = QJsonDocument::fromJson(station.results().last().record).object();
        CHECK(record.value(QStringLiteral("ruleOverride")).toString().contains(QStringLiteral("ticket 4411")));
        CHECK(QJsonDocument::fromJson(station.results().first().record).object().value(QStringLiteral("ruleOverride"))
              == QStringLiteral(""));
        CHECK(station.eligibility().eligible); // passed now
    }
    SECTION("the day the wait is over, the module can be set up again")
    {
        // Calendar days at the station, whatever its time zone and daylight-saving changes.
        station.clock.setWallClock(QDateTime(failedOn.addDays(14), QTime(23, 30)).toUTC());
        CHECK_FALSE(station.eligibility().eligible);
        station.clock.setWallClock(QDateTime(failedOn.addDays(15), QTime(0, 30)).toUTC());
        CHECK(station.eligibility().eligible);
        CHECK(station.setUp());
    }
}

TEST_CASE("Retake rule at set-up: 60 days after the third fail in a row, a voided session is no attempt",
          "[results][retake]")
{
    SetupStation station;
    for (int fail = 0; fail < 3; ++fail) {
        station.attempt(0);
        station.clock.advance(std::chrono::hours(24 * 20));
    }
    const QDate third = station.clock.localDate().addDays(-20);
    Eligibility refused = station.eligibility();
    CHECK_FALSE(refused.eligible);
    CHECK(refused.from == third.addDays(60));
    CHECK(refused.reason.contains(QStringLiteral("3 in a row")));

    // A voided sitting changes nothing.
    auto sitting = station.setUp(QStringLiteral("test: void it"));
    REQUIRE(sitting);
    auto engine = station.started(
        session::Sittings(*station.database, *station.audit, station.clock).sessions(*sitting)->first());
    REQUIRE(engine->voidSession(station.proctor(), QStringLiteral("candidate felt ill")));
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM module_attempts")) == 3);
    CHECK(station.eligibility().from == third.addDays(60));

    station.clock.advance(std::chrono::hours(24 * 40));
    CHECK(station.eligibility().eligible);
}

TEST_CASE("Set-up: CLT only after CLA, a module once per sitting", "[results][retake]")
{
    SetupStation station;
    station.content.module.code = QStringLiteral("CLT");
    auto refused = station.setUp();
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NotEligible);
    CHECK(refused.error().message.contains(QStringLiteral("CLA")));

    station.content.module.code = QStringLiteral("CLA");
    station.attempt(8);
    station.content.module.code = QStringLiteral("CLT");
    CHECK(station.setUp());

    const ModuleRequest request{{station.content.bankId, QByteArray(32, 'h'), &station.content}, {}};
    station.content.module.code = QStringLiteral("TEST-SMP");
    auto twice = station.setup.create(station.proctor(), QStringLiteral("C-3003"), QStringLiteral("Robin Reyes"),
                                      {request, request}, {});
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("Set-up: a module already set up and not finished cannot be set up again for the candidate",
          "[results][retake]")
{
    // Otherwise a candidate could fail one and sit the other at once, past the retake rule.
    SetupStation station;
    auto first = station.setUp();
    REQUIRE(first);
    auto second = station.setUp(QStringLiteral("a reason does not help here"));
    REQUIRE_FALSE(second);
    CHECK(second.error().code == ErrorCode::NotAllowed);
    CHECK(second.error().message.contains(QStringLiteral("sitting %1").arg(*first)));
    CHECK(station.setUp({}, QStringLiteral("C-2002"))); // another candidate may

    // Once that session has ended (here: voided), the module can be set up again.
    auto engine =
        station.started(session::Sittings(*station.database, *station.audit, station.clock).sessions(*first)->first());
    REQUIRE(engine->voidSession(station.proctor(), QStringLiteral("wrong module chosen")));
    CHECK(station.setUp());
}

TEST_CASE("The programme's rules from the installed bank: its retake wait at set-up and on the report, its "
          "credential",
          "[results][retake][rules]")
{
    SetupStation station;
    // The publisher's rules for the sample module: 30 days after a fail, 90 after the second in a row,
    // and a credential of its own, valid 3 years. Signed into the bank, installed at the station.
    banks::ModuleRules rules;
    rules.issued = QDate(2026, 1, 1); // before the station's day
    rules.retake = {30, 2, 90};
    rules.credentials = {
        {QStringLiteral("TEST-CRED"), QStringLiteral("Test Credential"), {QStringLiteral("TEST-SMP")}, 3, {}}};
    BankContent withRules = station.content;
    withRules.rules = rules;
    bankcompiler::BankRecipients recipients;
    recipients.centerPublicKeys = {test::BankFixture::instance().center().publicKey};
    const QString file = station.dir.filePath(QStringLiteral("sample.exambank"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(out.write(test::BankFixture::instance().build(withRules, recipients)) > 0);
    }
    banks::BankCatalogue catalogue(*station.database, station.paths.banksFolder(), station.clock);
    REQUIRE(
        catalogue.install(file, test::BankFixture::instance().trusted(), test::BankFixture::instance().centerKeys()));

    station.attempt(2); // failed
    const QDate failedOn = station.clock.localDate();
    Eligibility refused = station.eligibility();
    CHECK_FALSE(refused.eligible);
    CHECK(refused.from == failedOn.addDays(30));
    CHECK(refused.reason.contains(QStringLiteral("30 days")));
    auto report = ScoreReports::forSession(*station.database, station.lastSessionId(), station.content);
    REQUIRE(report);
    CHECK(report->retakeFrom == failedOn.addDays(30));

    station.clock.advance(std::chrono::hours(24 * 30));
    CHECK(station.eligibility().eligible);
    station.attempt(0); // the second fail in a row: the long wait
    CHECK(station.eligibility().from == station.clock.localDate().addDays(90));

    station.clock.advance(std::chrono::hours(24 * 90));
    station.attempt(8); // passed
    auto passed = ScoreReports::forSession(*station.database, station.lastSessionId(), station.content);
    REQUIRE(passed);
    REQUIRE(passed->credentials.size() == 1);
    CHECK(passed->credentials.first().code == QStringLiteral("TEST-CRED"));
    CHECK(passed->credentials.first().expiresOn == station.clock.localDate().addYears(3));
    CHECK(passed->newCredentials == QStringList{QStringLiteral("TEST-CRED")});
}
