#include "candidatehistory.h"

#include "storage/database.h"

namespace exam::results {

Result<QList<Attempt>> CandidateHistory::attempts(const QString& candidateId)
{
    auto query = m_database.prepare(QStringLiteral("SELECT module_code, taken_on, passed, result_id FROM "
                                                   "module_attempts WHERE candidate_id = ? ORDER BY taken_on, rowid"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, candidateId);
    QList<Attempt> attempts;
    while (true) {
        auto row = query->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return attempts;
        attempts.append(Attempt{query->text(0), QDate::fromString(query->text(1), Qt::ISODate), query->int64(2) != 0,
                                query->text(3)});
    }
}

Result<QList<ModulePass>> CandidateHistory::passes(const QString& candidateId)
{
    auto attempts = this->attempts(candidateId);
    if (!attempts)
        return std::unexpected(attempts.error());
    QList<ModulePass> passes;
    for (const Attempt& attempt : *attempts)
        if (attempt.passed)
            passes.append(ModulePass{attempt.moduleCode, attempt.takenOn});
    return passes;
}

} // namespace exam::results
