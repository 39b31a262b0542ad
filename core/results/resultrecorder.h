#pragma once

#include "banks/bankcontent.h"
#include "error.h"
#include "scoring.h"
#include "session/form.h"
#include "session/replicajournal.h"
#include "session/sessionstate.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace exam {
class Clock;
namespace storage {
class Database;
}
namespace session {
class AuditLog;
}
} // namespace exam

namespace exam::results {

class StationKey;

// Everything a result record says, gathered before it is written.
struct RecordContent
{
    struct Response
    {
        std::optional<int> choice; // displayed option; nullopt = unanswered
        bool flagged = false;
        qint64 changes = 0;
        std::optional<qint64> answeredAtMs;
    };

    QString resultId;
    QString stationId;
    QString stationKeyId;
    QString site;
    QString candidateId;
    qint64 sittingId = 0;
    qint64 sittingPosition = 0;
    QString moduleCode;
    QString moduleTitle;
    QString moduleLanguage;
    QString bankId;
    int bankVersion = 0;
    QByteArray bankSha256;
    session::Form form;
    QList<Response> responses;
    qint64 limitMs = 0;
    qint64 extensionsMs = 0;
    qint64 elapsedMs = 0;
    int breaksTaken = 0; // the candidate's own breaks (an accommodation) and their length
    qint64 breakMs = 0;
    qint64 storageHeldMs = 0; // the clock stood still while the station could not save
    session::Accommodations accommodations;
    QString outcomeState;
    QString outcomeReason;
    QString ruleOverride;
    QStringList proctors;
    std::optional<Score> score; // submitted and timed-out sessions only
    QByteArray auditHead;
    QString endedAt;
    // The session's replica (issue 26): its last entry and where the session moved from. None without one.
    std::optional<session::ReplicaJournal::Summary> replica;
};

// Writes the signed result record of an ended session and its outbox row. Meant to run as the
// session engine's finisher, inside the transaction that ends the session.
//
// The record is RFC 8785 canonical JSON (format "exam-result/1", documented in README.md "Result
// records") carrying the result id (UUID v4, the upload's idempotency key), station id, key id and
// site code, candidate id, module, bank id, version and SHA-256, the form (item ids and option orders),
// every response with its time, flag and change count, the timing and accommodations, the proctors
// who acted on the session, the score block (submitted and timed-out sessions), and the audit chain
// head after the ending event. The signature is Ed25519 over exactly those bytes. No item text.
class ResultRecorder
{
    Q_DECLARE_TR_FUNCTIONS(exam::results::ResultRecorder)
public:
    ResultRecorder(storage::Database& database, session::AuditLog& audit, const Clock& clock, const StationKey& key,
                   const banks::BankContent& content);

    Result<void> record(qint64 sessionId);

    // The record's bytes: RFC 8785 canonical JSON, format exam-result/1, the bytes that get signed.
    static Result<QByteArray> compose(const RecordContent& content);

    // Whether `signature` is the station key's signature of `record` (for tests, examctl and intake).
    static Result<void> verify(QByteArrayView record, QByteArrayView signature, QByteArrayView stationPublicKey);

private:
    storage::Database& m_database;
    session::AuditLog& m_audit;
    const Clock& m_clock;
    const StationKey& m_key;
    const banks::BankContent& m_content;
};

} // namespace exam::results
