#include "scorereport.h"

#include "candidatehistory.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace exam::results {

QList<DomainScore> ScoreReport::reportedDomains() const
{
    QList<DomainScore> domains;
    std::copy_if(score.domains.cbegin(), score.domains.cend(), std::back_inserter(domains),
                 [](const DomainScore& domain) { return !domain.folded; });
    return domains;
}

std::optional<DomainScore> ScoreReport::otherTopics() const
{
    DomainScore other;
    other.domainId = QStringLiteral("other");
    other.folded = true;
    for (const DomainScore& domain : score.domains) {
        if (!domain.folded || domain.total == 0)
            continue;
        other.correct += domain.correct;
        other.total += domain.total;
    }
    if (other.total == 0)
        return std::nullopt;
    return other;
}

namespace {

// The form and the responses as the signed record holds them.
bool parseForm(const QJsonObject& record, session::Form* form, QList<std::optional<int>>* choices)
{
    const QJsonArray items = record.value(QStringLiteral("form")).toArray();
    const QJsonArray responses = record.value(QStringLiteral("responses")).toArray();
    if (items.isEmpty() || items.size() != responses.size())
        return false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items[i].toObject();
        session::FormItem formItem{item.value(QStringLiteral("item")).toString(), {}};
        for (const QJsonValue option : item.value(QStringLiteral("options")).toArray())
            formItem.optionOrder.append(option.toInt());
        form->items.append(formItem);
        const QJsonValue choice = responses[i].toObject().value(QStringLiteral("choice"));
        choices->append(choice.isDouble() ? std::optional<int>(choice.toInt()) : std::nullopt);
    }
    return true;
}

} // namespace

Result<ScoreReport> ScoreReports::forSession(storage::Database& database, qint64 sessionId,
                                             const banks::BankContent& content)
{
    auto query = database.prepare(QStringLiteral(
        "SELECT r.id, r.record, a.taken_on, c.id, c.name FROM results r "
        "JOIN sessions s ON s.id = r.session_id JOIN sittings t ON t.id = s.sitting_id "
        "JOIN candidates c ON c.id = t.candidate_id LEFT JOIN module_attempts a ON a.result_id = r.id "
        "WHERE r.session_id = ?"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, sessionId);
    auto found = query->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, tr("Session %1 has no result yet, so there is no score report.").arg(sessionId));
    if (query->isNull(2))
        return fail(ErrorCode::NotFound, tr("Session %1 was voided; a voided module has no score.").arg(sessionId));

    const QJsonObject record = QJsonDocument::fromJson(query->blob(1)).object();
    const QJsonObject module = record.value(QStringLiteral("module")).toObject();
    const QString bankId = record.value(QStringLiteral("bank")).toObject().value(QStringLiteral("id")).toString();
    if (bankId != content.bankId || module.value(QStringLiteral("code")).toString() != content.module.code)
        return fail(ErrorCode::InvalidArgument,
                    tr("Session %1 was taken from bank %2, not %3.").arg(sessionId).arg(bankId, content.bankId));
    ScoreReport report;
    session::Form form;
    QList<std::optional<int>> choices;
    if (!parseForm(record, &form, &choices))
        return fail(ErrorCode::ParseError, tr("The result record of session %1 is damaged.").arg(sessionId));

    report.resultId = query->text(0);
    report.date = QDate::fromString(query->text(2), Qt::ISODate);
    report.candidateId = query->text(3);
    report.candidateName = query->text(4);
    report.moduleCode = content.module.code;
    report.moduleTitle = content.module.title;
    report.program = content.module.program;
    report.timedOut = record.value(QStringLiteral("outcome")).toObject().value(QStringLiteral("state")).toString()
                      == QStringLiteral("timed-out");
    report.score = Scoring::score(content, form, choices);

    auto attempts = CandidateHistory(database).attempts(report.candidateId);
    if (!attempts)
        return std::unexpected(attempts.error());
    // Only what was known when this module ended: a report printed again later shows the same.
    QList<Attempt> upToThis;
    for (const Attempt& attempt : *attempts) {
        upToThis.append(attempt);
        if (attempt.resultId == report.resultId)
            break;
    }
    QList<ModulePass> before;
    QList<ModulePass> after;
    for (qsizetype i = 0; i < upToThis.size(); ++i) {
        if (!upToThis[i].passed)
            continue;
        const ModulePass pass{upToThis[i].moduleCode, upToThis[i].takenOn};
        after.append(pass);
        if (i + 1 < upToThis.size())
            before.append(pass);
    }
    const QList<CredentialRule> rules = CredentialRules::standardRules();
    report.credentials = CredentialRules::earned(after, rules, report.date);
    const QList<EarnedCredential> held = CredentialRules::earned(before, rules, report.date);
    for (const EarnedCredential& credential : report.credentials)
        if (std::none_of(held.cbegin(), held.cend(), [&](const EarnedCredential& h) { return h.code == credential.code; }))
            report.newCredentials.append(credential.code);

    if (!report.score.passed) {
        const Eligibility next = CredentialRules::eligibility(report.moduleCode, upToThis, report.date);
        report.retakeFrom = next.from;
        report.retakeRule = next.reason;
    }
    return report;
}

} // namespace exam::results
