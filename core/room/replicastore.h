#pragma once

#include "error.h"
#include "replicaproof.h"
#include "session/replicajournal.h"

#include <QByteArray>
#include <QList>

namespace exam::storage {
class Database;
}

namespace exam::room {

// The room console's copy of its stations' session replicas (issue 26), in the console's database
// (synchronous FULL: an acknowledged entry survives a power cut). An entry is taken only when it links
// to the last one kept for its session (the chain's previous hash, the next number, its own hash over
// its body), so nothing can be inserted, dropped or reordered unnoticed; the station sends again from
// what the console says it has.
class ReplicaStore
{
    Q_DECLARE_TR_FUNCTIONS(exam::room::ReplicaStore)
public:
    explicit ReplicaStore(storage::Database& database) : m_database(database) { }

    struct Last
    {
        qint64 sequence = 0;
        QByteArray hash; // 32 zero bytes before the first entry
    };
    Result<Last> last(const QByteArray& stationPin, qint64 sessionId);
    // Keeps `entries` (in order, of one session) in one transaction; the new last entry. Refused
    // (Conflict) from the first entry that does not link, keeping none of them.
    // `proof`, the station's signature over the batch's last entry, is kept with that entry.
    Result<Last> keep(const QByteArray& stationPin, qint64 sessionId,
                      const QList<session::ReplicaJournal::Stored>& entries,
                      const std::optional<ReplicaProof>& proof = std::nullopt);
    // The station's newest signature over the session's replica, and the entry it signs.
    struct SignedHead
    {
        qint64 sequence = 0;
        QByteArray head;
        ReplicaProof proof;
    };
    Result<std::optional<SignedHead>> signedHead(const QByteArray& stationPin, qint64 sessionId);
    Result<QList<session::ReplicaJournal::Stored>> entries(const QByteArray& stationPin, qint64 sessionId);
    // The station's newest session with a replica here, if any.
    Result<std::optional<qint64>> newestSession(const QByteArray& stationPin);

private:
    storage::Database& m_database;
};

} // namespace exam::room
