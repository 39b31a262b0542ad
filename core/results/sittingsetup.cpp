#include "sittingsetup.h"

#include "banks/bankcatalogue.h"
#include "candidatehistory.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QSet>

namespace exam::results {

SittingSetup::SittingSetup(storage::Database& database, session::AuditLog& audit, const Clock& clock)
    : m_database(database), m_audit(audit), m_clock(clock)
{
}

Result<Eligibility> SittingSetup::eligibility(const QString& candidateId, const QString& moduleCode)
{
    auto rules = banks::BankCatalogue::installedRules(m_database, m_clock.localDate());
    if (!rules)
        return std::unexpected(rules.error());
    return eligibility(candidateId, moduleCode, *rules);
}

Result<Eligibility> SittingSetup::eligibility(const QString& candidateId, const QString& moduleCode,
                                              const ProgrammeRules& rules)
{
    auto attempts = CandidateHistory(m_database).attempts(candidateId.trimmed());
    if (!attempts)
        return std::unexpected(attempts.error());
    return CredentialRules::eligibility(moduleCode, *attempts, m_clock.localDate(), rules);
}

Result<qint64> SittingSetup::create(const session::ProctorAuthorization& proctor, const QString& candidateId,
                                    const QString& candidateName, const QList<ModuleRequest>& modules,
                                    const session::Accommodations& accommodations)
{
    // The rules of the installed banks, as the set-up screen checked them.
    auto rules = banks::BankCatalogue::installedRules(m_database, m_clock.localDate());
    if (!rules)
        return std::unexpected(rules.error());
    QList<session::ModuleChoice> choices;
    QSet<QString> codes;
    QStringList refusals;
    for (const ModuleRequest& request : modules) {
        const QString& code = request.choice.content->module.code;
        if (codes.contains(code))
            return fail(ErrorCode::InvalidArgument,
                        tr("%1 is chosen twice; a sitting takes each module once.").arg(code));
        codes.insert(code);
        // A module already set up and not finished would let a fail be followed at once by the other.
        auto open = m_database.prepare(QStringLiteral(
            "SELECT t.id FROM sessions s JOIN sittings t ON t.id = s.sitting_id WHERE t.candidate_id = ? AND "
            "s.module_code = ? AND s.state IN ('created', 'awaiting-proctor', 'in-progress', 'paused', 'on-break') "
            "AND s.moved_to = '' LIMIT 1")); // a module moved to a spare station is over here
        if (!open)
            return std::unexpected(open.error());
        open->bind(1, candidateId.trimmed()).bind(2, code);
        auto row = open->step();
        if (!row)
            return std::unexpected(row.error());
        if (*row)
            return fail(ErrorCode::NotAllowed, tr("%1 is already set up for this candidate in sitting %2 and not "
                                                  "finished. Continue that sitting, or close it first.")
                                                   .arg(code)
                                                   .arg(open->int64(0)));
        auto allowed = eligibility(candidateId, code, *rules);
        if (!allowed)
            return std::unexpected(allowed.error());
        session::ModuleChoice choice = request.choice;
        if (!allowed->eligible) {
            const QString reason = request.overrideReason.simplified();
            if (reason.isEmpty()) {
                refusals.append(allowed->reason);
                continue;
            }
            choice.ruleOverride =
                tr("Refused by the rules: %1 Set up by the proctor because: %2").arg(allowed->reason, reason);
        }
        choices.append(choice);
    }
    if (!refusals.isEmpty())
        return fail(ErrorCode::NotEligible,
                    tr("%1\nTo set it up anyway, give the reason; it is logged and sent with the result.")
                        .arg(refusals.join(u'\n')));
    return session::Sittings(m_database, m_audit, m_clock)
        .create(proctor, candidateId, candidateName, choices, accommodations);
}

} // namespace exam::results
