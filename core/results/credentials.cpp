#include "credentials.h"

#include <algorithm>

namespace exam::results {

QList<CredentialRule> CredentialRules::standardRules()
{
    return {
        {QStringLiteral("MS"),
         tr("MSI Manufacturing Specialist (MT1 sections 1 and 2)"),
         {QStringLiteral("MT1-S1"), QStringLiteral("MT1-S2")},
         0},
        {QStringLiteral("MT1"),
         tr("MSI Manufacturing Technician 1"),
         {QStringLiteral("MT1-S1"), QStringLiteral("MT1-S2"), QStringLiteral("MT1-S3")},
         0},
        {QStringLiteral("CPT"),
         tr("MSSC Certified Production Technician"),
         {QStringLiteral("CPT-SAF"), QStringLiteral("CPT-QPM"), QStringLiteral("CPT-MPP"), QStringLiteral("CPT-MA")},
         5},
        {QStringLiteral("CLA"), tr("MSSC Certified Logistics Associate"), {QStringLiteral("CLA")}, 0},
        {QStringLiteral("CLT"), tr("MSSC Certified Logistics Technician"), {QStringLiteral("CLT")}, 5},
    };
}

QList<std::pair<QString, QString>> CredentialRules::prerequisites()
{
    return {{QStringLiteral("CLT"), QStringLiteral("CLA")}};
}

QList<EarnedCredential> CredentialRules::earned(const QList<ModulePass>& passes, const QList<CredentialRule>& rules,
                                                const QDate& today)
{
    QList<EarnedCredential> result;
    for (const CredentialRule& rule : rules) {
        QDate earnedOn;
        bool complete = true;
        for (const QString& module : rule.requiredModules) {
            QDate firstPass; // the earliest pass counts; a later retake does not move the date
            for (const ModulePass& pass : passes)
                if (pass.moduleCode == module && (!firstPass.isValid() || pass.passedOn < firstPass))
                    firstPass = pass.passedOn;
            if (!firstPass.isValid()) {
                complete = false;
                break;
            }
            earnedOn = std::max(earnedOn, firstPass);
        }
        if (!complete || earnedOn > today)
            continue;
        std::optional<QDate> expires;
        if (rule.validityYears > 0)
            expires = earnedOn.addYears(rule.validityYears);
        if (expires && *expires <= today)
            continue; // expired: no longer held
        result.append(EarnedCredential{rule.code, rule.title, earnedOn, expires});
    }
    return result;
}

Eligibility CredentialRules::eligibility(const QString& moduleCode, const QList<Attempt>& history, const QDate& today)
{
    for (const auto& [module, needed] : prerequisites()) {
        if (module != moduleCode)
            continue;
        const bool passed = std::any_of(history.cbegin(), history.cend(), [&needed](const Attempt& attempt) {
            return attempt.moduleCode == needed && attempt.passed;
        });
        if (!passed)
            return Eligibility{false, tr("%1 can be taken only after %2 has been passed.").arg(module, needed),
                               std::nullopt};
    }
    QList<Attempt> attempts;
    for (const Attempt& attempt : history)
        if (attempt.moduleCode == moduleCode)
            attempts.append(attempt);
    // Stable: two attempts on one day keep the order they were taken in.
    std::stable_sort(attempts.begin(), attempts.end(),
                     [](const Attempt& a, const Attempt& b) { return a.takenOn < b.takenOn; });
    if (attempts.isEmpty() || attempts.last().passed)
        return {};
    int failsInARow = 0;
    for (auto it = attempts.crbegin(); it != attempts.crend() && !it->passed; ++it)
        ++failsInARow;
    const int wait = failsInARow >= FailsBeforeLongWait ? DaysAfterRepeatedFails : DaysAfterFail;
    const QDate from = attempts.last().takenOn.addDays(wait);
    if (today >= from)
        return {};
    return Eligibility{
        false,
        tr("The last attempt at %1 on %2 was not passed (%3 in a row); a retake is allowed %4 days after "
           "it, from %5.")
            .arg(moduleCode, attempts.last().takenOn.toString(Qt::ISODate))
            .arg(failsInARow)
            .arg(wait)
            .arg(from.toString(Qt::ISODate)),
        from};
}

} // namespace exam::results
