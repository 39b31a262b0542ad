#pragma once

#include "error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace exam {
class Clock;
namespace storage {
class Database;
}
} // namespace exam

namespace exam::session {

// The station's tamper-evident audit log: every session event and proctor action, each entry chained
// to the one before by SHA-256 over the previous hash and the entry's canonical JSON. Changing,
// removing or inserting an entry breaks every link after it; firstBrokenLink() finds the first.
// Entries hold who, what and which session or account — never an answer, a PIN or item content.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(exam::session::AuditLog)
public:
    struct Entry
    {
        qint64 seq = 0;
        QDateTime at;
        QString actor;   // "candidate", "proctor:<login>", "station"
        QString kind;    // e.g. "session.started", "proctor.signin-failed"
        QString subject; // e.g. "session:12", "proctor:alice"
        QString detail;  // short free text, never secret
    };

    AuditLog(storage::Database& database, const Clock& clock);

    // Appends an entry. Runs inside the caller's transaction when one is open, so an event is
    // recorded exactly when the change it describes is.
    Result<void> append(const QString& actor, const QString& kind, const QString& subject, const QString& detail);

    // The sequence number of the first entry whose chain link does not hold, or none.
    Result<std::optional<qint64>> firstBrokenLink();
    // The hash of the newest entry (32 zero bytes when the log is empty): results carry it.
    Result<QByteArray> head();
    Result<QList<Entry>> entries(qint64 fromSeq = 0);

    static QByteArray linkHash(const QByteArray& previousHash, const Entry& entry);

private:
    // With the entry's time as its row holds it (ISO 8601, UTC, milliseconds), formatted once.
    static QByteArray linkHash(const QByteArray& previousHash, const Entry& entry, const QString& at);

    storage::Database& m_database;
    const Clock& m_clock;
};

} // namespace exam::session
