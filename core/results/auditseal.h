#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace exam {
class Clock;
namespace storage {
class Database;
}
} // namespace exam

namespace exam::results {

class StationKey;

// What keys the audit log's hash chain to the station: the station signs the chain's head now and then
// (a checkpoint: at start-up, at the end of each sitting), and every signed result record carries the
// head it was signed at. Anyone can recompute an unkeyed chain after editing it or cutting its end;
// nobody without the station's key can make the signatures match again.
class AuditSeal
{
    Q_DECLARE_TR_FUNCTIONS(exam::results::AuditSeal)
public:
    // Signs the chain's head with the station key, unless it is signed already; refused when verify()
    // finds the log changed.
    static Result<void> seal(storage::Database& database, const StationKey& key, const Clock& clock);

    struct Report
    {
        qint64 entries = 0;
        QStringList problems;          // empty: intact
        qint64 lastSealedSeq = 0;      // the newest entry a signature covers (0: none)
        QString lastSealedAt;          // when it was signed, UTC
        qint64 unsealedEntries = 0;    // entries after it, which no signature covers yet
        bool signaturesChecked = true; // false without the station's public key: the chain alone
        int otherKeyResults = 0;       // results signed by another key of the station (not checked)
    };
    // The chain's links, each signed checkpoint and each signed result's head, checked with the
    // station's public key (empty: the chain alone).
    static Result<Report> verify(storage::Database& database, QByteArrayView stationPublicKey);

    // The bytes a checkpoint's signature covers.
    static QByteArray signedBytes(qint64 seq, QByteArrayView hash, const QString& at);
};

} // namespace exam::results
