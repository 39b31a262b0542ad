#include "results/credentials.h"
#include "testsupport.h"

using namespace exam;
using namespace exam::results;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

Eligibility standardEligibility(const QString& module, const QList<Attempt>& history, const QDate& today)
{
    return CredentialRules::eligibility(module, history, today, ProgrammeRules::standard());
}

QStringList codes(const QList<EarnedCredential>& credentials)
{
    QStringList list;
    for (const EarnedCredential& credential : credentials)
        list.append(credential.code);
    return list;
}

} // namespace

TEST_CASE("Credentials: MS, MT1, CPT and CLT from the modules passed", "[results][credentials]")
{
    const auto rules = CredentialRules::standardRules();
    const QDate today = d(2026, 11, 22);
    CHECK(codes(CredentialRules::earned({{QStringLiteral("MT1-S1"), d(2026, 1, 5)}}, rules, today)).isEmpty());
    CHECK(codes(CredentialRules::earned(
              {{QStringLiteral("MT1-S1"), d(2026, 1, 5)}, {QStringLiteral("MT1-S2"), d(2026, 2, 9)}}, rules, today))
          == QStringList{QStringLiteral("MS")});
    const auto mt1 = CredentialRules::earned({{QStringLiteral("MT1-S1"), d(2026, 1, 5)},
                                              {QStringLiteral("MT1-S2"), d(2026, 2, 9)},
                                              {QStringLiteral("MT1-S3"), d(2026, 3, 1)}},
                                             rules, today);
    CHECK(codes(mt1) == (QStringList{QStringLiteral("MS"), QStringLiteral("MT1")}));
    CHECK(mt1[1].earnedOn == d(2026, 3, 1));
    CHECK_FALSE(mt1[1].expiresOn.has_value());

    // Full CPT: the four core modules; Green is optional.
    QList<ModulePass> cpt{{QStringLiteral("CPT-SAF"), d(2025, 5, 2)},
                          {QStringLiteral("CPT-QPM"), d(2025, 6, 2)},
                          {QStringLiteral("CPT-MPP"), d(2025, 7, 2)}};
    CHECK(codes(CredentialRules::earned(cpt, rules, today)).isEmpty());
    cpt.append({QStringLiteral("CPT-MA"), d(2025, 8, 30)});
    const auto full = CredentialRules::earned(cpt, rules, today);
    REQUIRE(codes(full) == QStringList{QStringLiteral("CPT")});
    CHECK(full[0].earnedOn == d(2025, 8, 30));
    CHECK(full[0].expiresOn == d(2030, 8, 30));

    // A later retake of a passed module does not move the date; a pass in the future does not count.
    cpt.append({QStringLiteral("CPT-SAF"), d(2026, 1, 1)});
    CHECK(CredentialRules::earned(cpt, rules, today)[0].earnedOn == d(2025, 8, 30));
    CHECK(codes(CredentialRules::earned({{QStringLiteral("CLA"), d(2027, 1, 1)}}, rules, today)).isEmpty());
}

TEST_CASE("Credentials: full CPT and CLT expire after 5 years", "[results][credentials]")
{
    const auto rules = CredentialRules::standardRules();
    const QList<ModulePass> passes{{QStringLiteral("CLA"), d(2021, 2, 28)}, {QStringLiteral("CLT"), d(2021, 3, 1)}};
    CHECK(codes(CredentialRules::earned(passes, rules, d(2026, 2, 28)))
          == (QStringList{QStringLiteral("CLA"), QStringLiteral("CLT")}));
    CHECK(codes(CredentialRules::earned(passes, rules, d(2026, 3, 1)))
          == QStringList{QStringLiteral("CLA")}); // CLT expired
    // Earned on 29 February: five years later is 28 February.
    const auto leap = CredentialRules::earned(
        {{QStringLiteral("CLA"), d(2023, 5, 1)}, {QStringLiteral("CLT"), d(2024, 2, 29)}}, rules, d(2025, 1, 1));
    REQUIRE(codes(leap) == (QStringList{QStringLiteral("CLA"), QStringLiteral("CLT")}));
    CHECK(leap[1].expiresOn == d(2029, 2, 28));
}

TEST_CASE("Credentials: CLT is awarded only with CLA", "[results][credentials]")
{
    const auto rules = CredentialRules::standardRules();
    // A CLT pass recorded without CLA (set up against the rule, or from another centre's history).
    CHECK(codes(CredentialRules::earned({{QStringLiteral("CLT"), d(2026, 3, 1)}}, rules, d(2026, 6, 1))).isEmpty());
    // CLA passed later completes CLT on that day, and its five years run from then.
    const auto later = CredentialRules::earned(
        {{QStringLiteral("CLT"), d(2026, 3, 1)}, {QStringLiteral("CLA"), d(2026, 4, 10)}}, rules, d(2026, 6, 1));
    REQUIRE(codes(later) == (QStringList{QStringLiteral("CLA"), QStringLiteral("CLT")}));
    CHECK(later[1].earnedOn == d(2026, 4, 10));
    CHECK(later[1].expiresOn == d(2031, 4, 10));
}

TEST_CASE("Credentials: an expired credential is earned again by passing its modules again", "[results][credentials]")
{
    const auto rules = CredentialRules::standardRules();
    QList<ModulePass> passes{{QStringLiteral("CPT-SAF"), d(2019, 5, 2)},
                             {QStringLiteral("CPT-QPM"), d(2019, 6, 2)},
                             {QStringLiteral("CPT-MPP"), d(2019, 7, 2)},
                             {QStringLiteral("CPT-MA"), d(2019, 8, 30)}};
    CHECK(codes(CredentialRules::earned(passes, rules, d(2025, 1, 1))).isEmpty()); // expired 2024-08-30
    passes += {{QStringLiteral("CPT-SAF"), d(2025, 2, 3)},
               {QStringLiteral("CPT-QPM"), d(2025, 3, 3)},
               {QStringLiteral("CPT-MPP"), d(2025, 4, 3)}};
    CHECK(codes(CredentialRules::earned(passes, rules, d(2025, 5, 1))).isEmpty()); // three of four again
    passes.append({QStringLiteral("CPT-MA"), d(2025, 5, 20)});
    const auto renewed = CredentialRules::earned(passes, rules, d(2025, 6, 1));
    REQUIRE(codes(renewed) == QStringList{QStringLiteral("CPT")});
    CHECK(renewed[0].earnedOn == d(2025, 5, 20));
    CHECK(renewed[0].expiresOn == d(2030, 5, 20));
}

TEST_CASE("Credentials: passes further apart than the validity do not make one set", "[results][credentials]")
{
    const auto rules = CredentialRules::standardRules();
    // Safety passed in 2015, the other three in 2021: the 2015 pass is over five years old by then.
    const QList<ModulePass> passes{{QStringLiteral("CPT-SAF"), d(2015, 5, 2)},
                                   {QStringLiteral("CPT-QPM"), d(2021, 6, 2)},
                                   {QStringLiteral("CPT-MPP"), d(2021, 7, 2)},
                                   {QStringLiteral("CPT-MA"), d(2021, 8, 30)}};
    CHECK(codes(CredentialRules::earned(passes, rules, d(2022, 1, 1))).isEmpty());
    // MT1 has no validity: sections passed years apart still make it.
    CHECK(codes(CredentialRules::earned(
              {{QStringLiteral("MT1-S1"), d(2012, 1, 5)}, {QStringLiteral("MT1-S2"), d(2020, 2, 9)}}, rules,
              d(2022, 1, 1)))
          == QStringList{QStringLiteral("MS")});
}

TEST_CASE("Retakes: 15 days after a fail, 60 after three in a row, CLT only after CLA", "[results][retake]")
{
    const QString cla = QStringLiteral("CLA");
    SECTION("never taken, or passed")
    {
        CHECK(standardEligibility(cla, {}, d(2026, 1, 1)).eligible);
        CHECK(standardEligibility(cla, {{cla, d(2026, 1, 1), true}}, d(2026, 1, 2)).eligible);
    }
    SECTION("one fail: 15 days, across a month end")
    {
        const QList<Attempt> history{{cla, d(2026, 1, 20), false}};
        const Eligibility early = standardEligibility(cla, history, d(2026, 2, 3));
        CHECK_FALSE(early.eligible);
        CHECK(early.from == d(2026, 2, 4));
        CHECK(early.reason.contains(QStringLiteral("2026-02-04")));
        CHECK(standardEligibility(cla, history, d(2026, 2, 4)).eligible);
        // February of a common year into March.
        CHECK(standardEligibility(cla, {{cla, d(2027, 2, 20), false}}, d(2027, 3, 1)).from == d(2027, 3, 7));
    }
    SECTION("three fails in a row: 60 days, across the year end")
    {
        const QList<Attempt> history{
            {cla, d(2025, 10, 1), false}, {cla, d(2025, 11, 1), false}, {cla, d(2025, 12, 15), false}};
        const Eligibility wait = standardEligibility(cla, history, d(2026, 1, 10));
        CHECK_FALSE(wait.eligible);
        CHECK(wait.from == d(2026, 2, 13));
        CHECK(wait.reason.contains(QStringLiteral("3 in a row")));
    }
    SECTION("a pass between fails starts the count again")
    {
        const QList<Attempt> history{{cla, d(2025, 1, 1), false},
                                     {cla, d(2025, 2, 1), false},
                                     {cla, d(2025, 3, 1), true},
                                     {cla, d(2025, 6, 1), false}};
        CHECK(standardEligibility(cla, history, d(2025, 6, 5)).from == d(2025, 6, 16));
    }
    SECTION("CLT needs CLA passed first")
    {
        const Eligibility blocked =
            standardEligibility(QStringLiteral("CLT"), {{cla, d(2026, 1, 1), false}}, d(2026, 3, 1));
        CHECK_FALSE(blocked.eligible);
        CHECK(blocked.reason.contains(QStringLiteral("after CLA")));
        CHECK_FALSE(blocked.from.has_value());
        CHECK(standardEligibility(QStringLiteral("CLT"), {{cla, d(2026, 1, 1), true}}, d(2026, 3, 1)).eligible);
    }
}
