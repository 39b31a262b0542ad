#pragma once

#include "credentials.h"
#include "error.h"

namespace exam::storage {
class Database;
}

namespace exam::results {

// What this station knows of a candidate's past: every scored attempt at a module (voided sessions
// are no attempts), from which the retake rule and the credentials are computed.
class CandidateHistory
{
public:
    explicit CandidateHistory(storage::Database& database) : m_database(database) { }

    Result<QList<Attempt>> attempts(const QString& candidateId);
    Result<QList<ModulePass>> passes(const QString& candidateId);

private:
    storage::Database& m_database;
};

} // namespace exam::results
