#include "scorereport.h"

#include "banks/bankcatalogue.h"
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
    // Together they are a topic like any other: below the mark, it needs improvement.
    other.needsImprovement = other.correct * 100 < score.passPercent * other.total;
    return other;
}

namespace {

// The score as the station signed it; titles come from the bank, the rules from Scoring.
std::optional<Score> signedScore(const QJsonObject& record, const banks::BankContent& content)
{
    const QJsonValue value = record.value(QStringLiteral("score"));
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject json = value.toObject();
    Score score;
    score.correct = json.value(QStringLiteral("correct")).toInt();
    score.total = json.value(QStringLiteral("total")).toInt();
    score.passPercent = json.value(QStringLiteral("passMark")).toInt();
    for (const QJsonValue domainValue : json.value(QStringLiteral("domains")).toArray()) {
        const QJsonObject domain = domainValue.toObject();
        DomainScore domainScore;
        domainScore.domainId = domain.value(QStringLiteral("id")).toString();
        domainScore.title = domainScore.domainId;
        for (const banks::Domain& blueprint : content.module.domains)
            if (blueprint.id == domainScore.domainId)
                domainScore.title = blueprint.title;
        domainScore.correct = domain.value(QStringLiteral("correct")).toInt();
        domainScore.total = domain.value(QStringLiteral("total")).toInt();
        score.domains.append(domainScore);
    }
    Scoring::judge(score);
    if (score.passed != json.value(QStringLiteral("passed")).toBool())
        return std::nullopt; // the counts and the verdict disagree: not a record this station wrote
    return score;
}

} // namespace

Result<ScoreReport> ScoreReports::forSession(storage::Database& database, qint64 sessionId,
                                             const banks::BankContent& content)
{
    auto query =
        database.prepare(QStringLiteral("SELECT r.id, r.record, c.id, c.name FROM results r "
                                        "JOIN sessions s ON s.id = r.session_id JOIN sittings t ON t.id = s.sitting_id "
                                        "JOIN candidates c ON c.id = t.candidate_id WHERE r.session_id = ?"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, sessionId);
    auto found = query->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, tr("Session %1 has not ended, so it has no score report yet. The report is "
                                            "ready when the candidate submits or the time runs out.")
                                             .arg(sessionId));

    const QJsonObject record = QJsonDocument::fromJson(query->blob(1)).object();
    const QJsonObject module = record.value(QStringLiteral("module")).toObject();
    const QString bankId = record.value(QStringLiteral("bank")).toObject().value(QStringLiteral("id")).toString();
    if (record.isEmpty() || bankId.isEmpty())
        return fail(ErrorCode::ParseError, tr("The result record of session %1 cannot be read, so no report can be "
                                              "made from it. Keep the station's data folder as it is and contact "
                                              "support; the signed record is also in the outbox.")
                                               .arg(sessionId));
    if (record.value(QStringLiteral("score")).isNull())
        return fail(ErrorCode::NotFound, tr("Session %1 was voided: a voided module has no score and no report. "
                                            "The candidate may sit the module again.")
                                             .arg(sessionId));
    if (bankId != content.bankId || module.value(QStringLiteral("code")).toString() != content.module.code)
        return fail(ErrorCode::InvalidArgument, tr("Session %1 was taken from bank %2, not %3: open the report with "
                                                   "the bank the module was taken from.")
                                                    .arg(sessionId)
                                                    .arg(bankId, content.bankId));
    const std::optional<Score> score = signedScore(record, content);
    if (!score)
        return fail(ErrorCode::ParseError, tr("The score in the result record of session %1 is inconsistent, so no "
                                              "report is made from it. Contact support.")
                                               .arg(sessionId));

    ScoreReport report;
    report.resultId = query->text(0);
    report.date = QDateTime::fromString(record.value(QStringLiteral("endedAt")).toString(), Qt::ISODateWithMs)
                      .toLocalTime()
                      .date();
    report.candidateId = query->text(2);
    report.candidateName = query->text(3);
    report.moduleCode = content.module.code;
    report.moduleTitle = content.module.title;
    report.program = content.module.program;
    report.timedOut = record.value(QStringLiteral("outcome")).toObject().value(QStringLiteral("state")).toString()
                      == QStringLiteral("timed-out");
    report.score = *score;

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
    // The rules in force on the day of the module, credentials named in its bank's language.
    auto programme = banks::BankCatalogue::installedRules(database, report.date);
    if (!programme)
        return std::unexpected(programme.error());
    const QList<CredentialRule> rules = programme->credentials(content.module.language);
    report.credentials = CredentialRules::earned(after, rules, report.date);
    const QList<EarnedCredential> held = CredentialRules::earned(before, rules, report.date);
    for (const EarnedCredential& credential : report.credentials)
        if (std::none_of(held.cbegin(), held.cend(),
                         [&](const EarnedCredential& h) { return h.code == credential.code; }))
            report.newCredentials.append(credential.code);

    if (!report.score.passed) {
        const Eligibility next = CredentialRules::eligibility(report.moduleCode, upToThis, report.date, *programme);
        report.retakeFrom = next.from;
        report.retakeRule = next.reason;
    }
    return report;
}

} // namespace exam::results
