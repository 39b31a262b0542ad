#include "stationpairing.h"

#include "session/auditlog.h"
#include "storage/database.h"

namespace exam::room {

StationPairing::StationPairing(storage::Database& database, session::AuditLog& audit)
    : m_database(database), m_audit(audit)
{
}

Result<std::optional<ConsolePairing>> StationPairing::load()
{
    auto query = m_database.prepare(QStringLiteral(
        "SELECT host, port, pin, name, joined_at, last_sequence, station_name FROM room_console WHERE id = 1"));
    if (!query)
        return std::unexpected(query.error());
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<ConsolePairing>();
    ConsolePairing pairing;
    pairing.host = query->text(0);
    pairing.port = quint16(query->int64(1));
    pairing.pin = query->blob(2);
    pairing.name = query->text(3);
    pairing.joinedAt = QDateTime::fromString(query->text(4), Qt::ISODateWithMs);
    pairing.lastSequence = query->int64(5);
    pairing.stationName = query->text(6);
    return std::optional<ConsolePairing>(pairing);
}

Result<void> StationPairing::join(const ConsolePairing& pairing, const QString& actor)
{
    auto transaction = m_database.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    auto replace = m_database.prepare(
        QStringLiteral("INSERT OR REPLACE INTO room_console (id, host, port, pin, name, joined_at, station_name, "
                       "last_sequence) VALUES (1, ?, ?, ?, ?, ?, ?, 0)"));
    if (!replace)
        return std::unexpected(replace.error());
    replace->bind(1, pairing.host)
        .bind(2, int(pairing.port))
        .bind(3, QByteArrayView(pairing.pin))
        .bind(4, pairing.name)
        .bind(5, pairing.joinedAt.toUTC().toString(Qt::ISODateWithMs))
        .bind(6, pairing.stationName);
    if (auto done = replace->run(); !done)
        return done;
    const QString detail = QStringLiteral("%1 at %2:%3, key %4")
                               .arg(pairing.name, pairing.host)
                               .arg(pairing.port)
                               .arg(QString::fromLatin1(pairing.pin.toHex().left(16)));
    if (auto logged = m_audit.append(actor, QStringLiteral("room.joined"), QStringLiteral("station"), detail); !logged)
        return logged;
    return transaction->commit();
}

Result<void> StationPairing::leave(const QString& actor)
{
    auto transaction = m_database.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    auto pairing = load();
    if (!pairing)
        return std::unexpected(pairing.error());
    if (!*pairing)
        return fail(ErrorCode::NotFound, tr("This station is in no room."));
    if (auto done = m_database.exec(QStringLiteral("DELETE FROM room_console")); !done)
        return done;
    if (auto logged = m_audit.append(actor, QStringLiteral("room.left"), QStringLiteral("station"), (*pairing)->name);
        !logged)
        return logged;
    return transaction->commit();
}

Result<void> StationPairing::claimSequence(const QByteArray& consolePin, qint64 sequence)
{
    auto transaction = m_database.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    auto pairing = load();
    if (!pairing)
        return std::unexpected(pairing.error());
    if (!*pairing || (*pairing)->pin != consolePin)
        return fail(ErrorCode::NotFound, tr("This station is no longer in that room."));
    if (sequence <= (*pairing)->lastSequence)
        return fail(ErrorCode::Conflict,
                    tr("Action %1 was refused: the station has taken action %2 already, so this one is a replay.")
                        .arg(sequence)
                        .arg((*pairing)->lastSequence));
    auto update = m_database.prepare(QStringLiteral("UPDATE room_console SET last_sequence = ? WHERE id = 1"));
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, sequence);
    if (auto done = update->run(); !done)
        return done;
    return transaction->commit();
}

} // namespace exam::room
