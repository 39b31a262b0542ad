#pragma once

#include "error.h"
#include "form.h"
#include "sessionstate.h"

#include <QByteArray>
#include <QString>

namespace exam {
class CanonicalWriter;
class StrictObject;
namespace storage {
class Database;
}
} // namespace exam

namespace exam::session {

// What a session was set up with, carried by the first entry of its replica (issue 26): who sits it,
// with which accommodations, on which bank, and the form as drawn (item ids and option orders, never
// item text). With the steps after it, a spare station can go on with the session without the station
// it began on.
struct ReplicaSetup
{
    QString stationId; // the station whose replica this is: where it was set up, or the spare it moved to
    qint64 sittingId = 0;
    int sittingPosition = 0;
    QString candidateId;
    QString candidateName;
    Accommodations accommodations;
    QString bankId;
    QByteArray bankSha256;
    QString moduleCode;
    QByteArray seed;
    qint64 limitMs = 0;
    QString ruleOverride;
    Form form;

    // Read from the station's session rows (inside the transaction that writes the first entry).
    static Result<ReplicaSetup> load(storage::Database& database, qint64 sessionId);
    // As the replica entry's "setup" member, in canonical key order.
    void write(CanonicalWriter& out) const;
    static ReplicaSetup read(StrictObject& in);
    // Hex text of exactly `size` bytes (a hash, a seed), refused otherwise.
    static QByteArray readHex(StrictObject& in, const QString& key, qsizetype size);
    bool operator==(const ReplicaSetup&) const = default;
};

} // namespace exam::session
