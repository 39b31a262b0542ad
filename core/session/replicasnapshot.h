#pragma once

#include "error.h"
#include "replicajournal.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace exam::session {

// A session as its replica tells it (issue 26): the set-up, where the candidate stands, every response
// and the clock as last committed; what a spare station goes on from. Read from a whole replica checked
// link by link, so it says exactly what the station confirmed, up to its last entry.
struct ReplicaSnapshot
{
    using Response = CarriedResponse;

    ReplicaSetup setup;
    QList<ReplicaEntry::Origin> movedFrom; // the stations it moved through before the replica's own
    qint64 sessionId = 0;                  // on the station the replica is of
    ReplicaEntry last;                     // the session's state and clock after the last step
    QList<Response> responses;             // one per form position
    qint64 sequence = 0;                   // of the last entry
    QByteArray head;                       // its hash

    // Refused with the reason when the entries are not a whole replica (from entry 1, every link
    // holding), do not begin with a set-up, or name positions or options the form does not have.
    static Result<ReplicaSnapshot> fromReplica(const QList<ReplicaJournal::Stored>& entries);

    // What the console sends the spare station (a few KB for a module of 100 items; the replica itself
    // may be far larger). fromJson refuses anything that does not fit the set-up's form.
    QJsonObject toJson() const;
    static Result<ReplicaSnapshot> fromJson(const QJsonObject& json);
    // Where the session goes on from: the station it was on, its session there, and the replica's last
    // entry (with what came before it).
    ReplicaEntry::Origin origin() const { return {setup.stationId, sessionId, sequence, head}; }
    // (setup.stationId is the station whose replica this is: the one the session was last on.)
};

} // namespace exam::session
