#include "credentials.h"

#include <QHash>

#include <algorithm>

namespace exam::results {

namespace {

// Every day a rule's set of passes was completed, oldest first. Days are those of the passes (a
// credential is completed by a pass, or by the pass that earned a credential it requires).
class CredentialHistory
{
public:
    CredentialHistory(const QList<ModulePass>& passes, const QList<CredentialRule>& rules, const QDate& today)
        : m_rules(rules)
    {
        for (const ModulePass& pass : passes)
            if (pass.passedOn.isValid() && pass.passedOn <= today)
                m_passes.append(pass);
        std::stable_sort(m_passes.begin(), m_passes.end(),
                         [](const ModulePass& a, const ModulePass& b) { return a.passedOn < b.passedOn; });
    }

    QList<QDate> earnings(const CredentialRule& rule)
    {
        if (const auto known = m_earnings.constFind(rule.code); known != m_earnings.cend())
            return *known;
        m_earnings.insert(rule.code, {}); // a rule that requires itself earns nothing
        QList<QDate> earned;
        QHash<QString, QDate> fresh; // each required module's latest pass since the last earning
        for (const ModulePass& pass : m_passes) {
            if (!rule.requiredModules.contains(pass.moduleCode))
                continue;
            fresh.insert(pass.moduleCode, pass.passedOn);
            if (completes(rule, fresh, pass.passedOn)) {
                earned.append(pass.passedOn);
                fresh.clear();
            }
        }
        // A set completed before a required credential was held completes when it is earned.
        for (const QString& code : rule.requiredCredentials)
            if (const CredentialRule* required = this->rule(code))
                for (const QDate& day : earnings(*required))
                    if (fresh.size() == rule.requiredModules.size() && completes(rule, fresh, day)
                        && (earned.isEmpty() || earned.last() < day)) {
                        earned.append(day);
                        fresh.clear();
                    }
        m_earnings.insert(rule.code, earned);
        return earned;
    }

    bool held(const QString& code, const QDate& day)
    {
        const CredentialRule* rule = this->rule(code);
        if (!rule)
            return false;
        for (const QDate& earned : earnings(*rule))
            if (earned <= day && (rule->validityYears == 0 || earned.addYears(rule->validityYears) > day))
                return true;
        return false;
    }

private:
    bool completes(const CredentialRule& rule, const QHash<QString, QDate>& fresh, const QDate& day)
    {
        for (const QString& module : rule.requiredModules) {
            const QDate passed = fresh.value(module);
            if (!passed.isValid() || passed > day)
                return false;
            if (rule.validityYears > 0 && passed.addYears(rule.validityYears) <= day)
                return false; // too old to be part of this set
        }
        for (const QString& code : rule.requiredCredentials)
            if (!held(code, day))
                return false;
        return true;
    }

    const CredentialRule* rule(const QString& code) const
    {
        for (const CredentialRule& rule : m_rules)
            if (rule.code == code)
                return &rule;
        return nullptr;
    }

    const QList<CredentialRule>& m_rules;
    QList<ModulePass> m_passes;
    QHash<QString, QList<QDate>> m_earnings;
};

} // namespace

QList<EarnedCredential> CredentialRules::earned(const QList<ModulePass>& passes, const QList<CredentialRule>& rules,
                                                const QDate& today)
{
    CredentialHistory history(passes, rules, today);
    QList<EarnedCredential> result;
    for (const CredentialRule& rule : rules) {
        const QList<QDate> earnings = history.earnings(rule);
        if (earnings.isEmpty())
            continue;
        if (rule.validityYears == 0) { // held for good from the first time
            result.append(EarnedCredential{rule.code, rule.title, earnings.first(), std::nullopt});
            continue;
        }
        const QDate earnedOn = earnings.last(); // the latest re-examination runs the validity
        const QDate expires = earnedOn.addYears(rule.validityYears);
        if (expires <= today)
            continue; // expired: no longer held
        result.append(EarnedCredential{rule.code, rule.title, earnedOn, expires});
    }
    return result;
}

Eligibility CredentialRules::eligibility(const QString& moduleCode, const QList<Attempt>& history, const QDate& today,
                                         const ProgrammeRules& rules)
{
    for (const QString& needed : rules.prerequisites(moduleCode)) {
        const bool passed = std::any_of(history.cbegin(), history.cend(), [&needed](const Attempt& attempt) {
            return attempt.moduleCode == needed && attempt.passed;
        });
        if (!passed)
            return Eligibility{false, tr("%1 can be taken only after %2 has been passed.").arg(moduleCode, needed),
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
    const banks::RetakeRule retake = rules.retake(moduleCode);
    const int wait = failsInARow >= retake.failsBeforeLongWait ? retake.daysAfterRepeatedFails : retake.daysAfterFail;
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
