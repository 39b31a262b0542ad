#pragma once

#include "error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace exam::storage {
class Database;
}
namespace exam::session {
class AuditLog;
}

namespace exam::room {

// The room console a station joined, as the station keeps it (table room_console).
struct ConsolePairing
{
    static constexpr quint16 DefaultPort = 47810;

    QString host;
    quint16 port = DefaultPort;
    QByteArray pin;      // SHA-256 of the console's public key
    QString name;        // the console's room name, for people
    QString stationName; // this station's name on the console's tiles ("Station 4")
    QDateTime joinedAt;
    qint64 lastSequence = 0; // of the last action the console sent and the station took
};

// Reads and changes the station's pairing; joining and leaving go into the audit log.
class StationPairing
{
    Q_DECLARE_TR_FUNCTIONS(exam::room::StationPairing)
public:
    StationPairing(storage::Database& database, session::AuditLog& audit);

    Result<std::optional<ConsolePairing>> load();
    // Joins `pairing`'s console (leaving any other); `actor` is who did it ("operator:<user>").
    Result<void> join(const ConsolePairing& pairing, const QString& actor);
    // NotFound when the station is in no room.
    Result<void> leave(const QString& actor);
    // Takes an action's sequence number before the action is applied, in its own transaction: refused
    // (Conflict) unless it is above every number taken before, so a replayed action is never applied.
    // NotFound when the station left the room meanwhile.
    Result<void> claimSequence(const QByteArray& consolePin, qint64 sequence);

private:
    storage::Database& m_database;
    session::AuditLog& m_audit;
};

} // namespace exam::room
