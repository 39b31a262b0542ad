#pragma once

#include "credentials.h"
#include "error.h"
#include "scoring.h"

#include <QDate>

namespace exam::storage {
class Database;
}

namespace exam::results {

// What the candidate's score report shows (itembanks/DOMAIN.md, "Score report"): who, which module, when, the
// overall percent against the mark, a score per domain, the credentials held, and when a failed
// module may be retaken. Never item content, never accommodations.
struct ScoreReport
{
    QString resultId;
    QString candidateId;
    QString candidateName;
    QString moduleCode;
    QString moduleTitle;
    QString program;
    QDate date;            // the station's date the module ended
    bool timedOut = false; // submitted automatically when the time ran out
    Score score;
    QList<EarnedCredential> credentials; // held after this result, from what the station recorded
    QStringList newCredentials;          // codes of those this result completed
    std::optional<QDate> retakeFrom;     // after a fail: the first day the module may be taken again
    QString retakeRule;                  // why that date, in plain words

    // The domains with their own bar, and the folded ones merged into one "other topics" score.
    QList<DomainScore> reportedDomains() const;
    std::optional<DomainScore> otherTopics() const;
};

class ScoreReports
{
    Q_DECLARE_TR_FUNCTIONS(exam::results::ScoreReports)
public:
    // The report of a submitted or timed-out session, from its signed result record, the candidate's
    // recorded attempts, and the bank the session was taken from (for domain titles and keys).
    static Result<ScoreReport> forSession(storage::Database& database, qint64 sessionId,
                                          const banks::BankContent& content);
};

} // namespace exam::results
