#pragma once

#include "credentials.h"
#include "session/sittings.h"

namespace exam::results {

struct ModuleRequest
{
    session::ModuleChoice choice;
    // The proctor's reason for setting up a module the retake rule refuses today; ignored otherwise.
    QString overrideReason;
};

// Sets up sittings the way a proctor does at the station: the retake rule and prerequisites of the
// programme (the rules of the installed banks, e.g. 15 days after a fail, 60 after three in a row, CLT
// after CLA) are checked for every module against what the station has recorded for the candidate. A refused module is
// set up only with the proctor's reason, which goes into the audit log, the session and its signed result record.
class SittingSetup
{
    Q_DECLARE_TR_FUNCTIONS(exam::results::SittingSetup)
public:
    SittingSetup(storage::Database& database, session::AuditLog& audit, const Clock& clock);

    // For the set-up screen: may the candidate take the module today, and if not, why and from when.
    Result<Eligibility> eligibility(const QString& candidateId, const QString& moduleCode);

    Result<qint64> create(const session::ProctorAuthorization& proctor, const QString& candidateId,
                          const QString& candidateName, const QList<ModuleRequest>& modules,
                          const session::Accommodations& accommodations);

private:
    Result<Eligibility> eligibility(const QString& candidateId, const QString& moduleCode, const ProgrammeRules& rules);

    storage::Database& m_database;
    session::AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace exam::results
