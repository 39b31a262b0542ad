// Score reports from signed result records, with the real demo banks for domain titles and keys.
#include "demobanks.h"
#include "results/scorereport.h"
#include "resultstation.h"

using namespace exam;
using namespace exam::results;
using namespace std::chrono_literals;

namespace {

struct ReportStation : test::ResultStation
{
    explicit ReportStation(const QString& demoModule = {})
    {
        if (!demoModule.isEmpty())
            content = test::openDemoBank(demoModule).content;
    }

    ScoreReport report(qint64 sessionId)
    {
        auto report = ScoreReports::forSession(*database, sessionId, content);
        INFO((report ? QString() : report.error().message).toStdString());
        REQUIRE(report);
        return *report;
    }

    // Sits a new session with `right` correct answers and returns its report.
    ScoreReport sitAndReport(int right)
    {
        auto engine = running();
        sit(*engine, right);
        return report(engine->sessionId());
    }

    int scoredPerForm() const { return content.module.scoredItemsPerForm(); }
};

QStringList codes(const QList<EarnedCredential>& credentials)
{
    QStringList list;
    for (const EarnedCredential& credential : credentials)
        list.append(credential.code);
    return list;
}

} // namespace

TEST_CASE("Score report: a pass shows who, what, when, the percent, every domain and the credential earned",
          "[results][report]")
{
    ReportStation station(QStringLiteral("cla"));
    const ScoreReport report = station.sitAndReport(station.scoredPerForm());
    CHECK(report.candidateId == QStringLiteral("C-1001"));
    CHECK(report.candidateName == QStringLiteral("Casey Candidate"));
    CHECK(report.moduleCode == QStringLiteral("CLA"));
    CHECK(report.moduleTitle == station.content.module.title);
    CHECK(report.date == station.clock.localDate());
    CHECK(report.resultId.size() == 36);
    CHECK(report.score.percent() == 100);
    CHECK(report.score.passed);
    CHECK_FALSE(report.timedOut);
    CHECK_FALSE(report.retakeFrom.has_value());
    CHECK(report.reportedDomains().size() == station.content.module.domains.size()); // CLA's domains all have ≥ 5
    CHECK_FALSE(report.otherTopics().has_value());
    for (const DomainScore& domain : report.reportedDomains()) {
        CHECK_FALSE(domain.title.isEmpty());
        CHECK_FALSE(domain.needsImprovement);
    }
    CHECK(codes(report.credentials) == QStringList{QStringLiteral("CLA")});
    CHECK(report.newCredentials == QStringList{QStringLiteral("CLA")});
}

TEST_CASE("Score report: one below the mark fails, names the weak domains and the retake date", "[results][report]")
{
    ReportStation station(QStringLiteral("cla"));
    const int total = station.scoredPerForm();
    const int mark = (station.content.module.passPercent * total + 99) / 100; // fewest right answers that pass
    const ScoreReport atMark = station.sitAndReport(mark);
    CHECK(atMark.score.passed);

    station.clock.advance(std::chrono::hours(24 * 400)); // a new attempt much later
    const ScoreReport failed = station.sitAndReport(mark - 1);
    CHECK_FALSE(failed.score.passed);
    CHECK(failed.score.percent() < station.content.module.passPercent);
    REQUIRE(failed.retakeFrom.has_value());
    CHECK(*failed.retakeFrom == station.clock.localDate().addDays(15));
    CHECK_FALSE(failed.retakeRule.isEmpty());
    // Right answers went to the first items on the form: some domains must be below the mark.
    const QList<DomainScore> domains = failed.reportedDomains();
    CHECK(std::any_of(domains.cbegin(), domains.cend(), [](const DomainScore& d) { return d.needsImprovement; }));
    for (const DomainScore& domain : domains)
        CHECK(domain.needsImprovement == (domain.correct * 100 < 75 * domain.total));
    // CLA was passed before: the credential stays held, and is not new on this report.
    CHECK(codes(failed.credentials) == QStringList{QStringLiteral("CLA")});
    CHECK(failed.newCredentials.isEmpty());

    // Printed again after a later pass, the report still says what it said the day it was taken.
    const qint64 failedSession = station.scalar(QStringLiteral("SELECT max(session_id) FROM results"));
    station.clock.advance(std::chrono::hours(24 * 20));
    CHECK(station.sitAndReport(mark).score.passed);
    const ScoreReport reprinted = station.report(failedSession);
    CHECK(reprinted.retakeFrom == failed.retakeFrom);
    CHECK(reprinted.score == failed.score);
}

TEST_CASE("Score report: CLT after CLA earns a credential valid five years, an old report does not change",
          "[results][report]")
{
    ReportStation station(QStringLiteral("cla"));
    auto claEngine = station.running();
    station.sit(*claEngine, station.scoredPerForm());

    station.clock.advance(std::chrono::hours(24 * 30));
    station.content = test::openDemoBank(QStringLiteral("clt")).content;
    const ScoreReport clt = station.sitAndReport(station.scoredPerForm());
    CHECK(codes(clt.credentials) == (QStringList{QStringLiteral("CLA"), QStringLiteral("CLT")}));
    CHECK(clt.newCredentials == QStringList{QStringLiteral("CLT")});
    CHECK(clt.credentials[1].expiresOn == clt.date.addYears(5));

    station.content = test::openDemoBank(QStringLiteral("cla")).content;
    const ScoreReport reprinted = station.report(claEngine->sessionId());
    CHECK(codes(reprinted.credentials) == QStringList{QStringLiteral("CLA")});
}

TEST_CASE("Score report: small domains are folded into other topics, timed out is said", "[results][report]")
{
    ReportStation station; // the sample bank: three domains of 2–3 items
    auto engine = station.running();
    REQUIRE(engine->answer(0, station.option(*engine, 0, true)));
    station.clock.advance(31min);
    REQUIRE(engine->tick());
    const ScoreReport report = station.report(engine->sessionId());
    CHECK(report.timedOut);
    CHECK(report.reportedDomains().isEmpty());
    REQUIRE(report.otherTopics().has_value());
    CHECK(report.otherTopics()->total == report.score.total);
    CHECK(report.otherTopics()->correct == report.score.correct);
    CHECK(report.otherTopics()->needsImprovement); // 1 right of 8: below the mark together too
}

TEST_CASE("Score report: none for a voided or running session, nor from another bank", "[results][report]")
{
    ReportStation station;
    auto running = station.running();
    auto notYet = ScoreReports::forSession(*station.database, running->sessionId(), station.content);
    REQUIRE_FALSE(notYet);
    CHECK(notYet.error().code == ErrorCode::NotFound);

    REQUIRE(running->voidSession(station.proctor(), QStringLiteral("fire alarm")));
    auto voided = ScoreReports::forSession(*station.database, running->sessionId(), station.content);
    REQUIRE_FALSE(voided);
    CHECK(voided.error().message.contains(QStringLiteral("voided")));

    auto submitted = station.running();
    REQUIRE(submitted->submit());
    const banks::BankContent other = test::openDemoBank(QStringLiteral("cla")).content;
    auto wrongBank = ScoreReports::forSession(*station.database, submitted->sessionId(), other);
    REQUIRE_FALSE(wrongBank);
    CHECK(wrongBank.error().code == ErrorCode::InvalidArgument);
}
