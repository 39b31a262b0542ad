#pragma once

#include "banks/bankcontent.h"
#include "error.h"

#include <QByteArray>

namespace exam {
class Clock;
namespace storage { class Database; }
namespace session { class AuditLog; }
} // namespace exam

namespace exam::results {

class StationKey;

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

    // Whether `signature` is the station key's signature of `record` (for tests, examctl and intake).
    static Result<void> verify(QByteArrayView record, QByteArrayView signature, QByteArrayView stationPublicKey);

private:
    Result<QString> setting(const QString& key, const std::function<QString()>& makeDefault);

    storage::Database& m_database;
    session::AuditLog& m_audit;
    const Clock& m_clock;
    const StationKey& m_key;
    const banks::BankContent& m_content;
};

} // namespace exam::results
