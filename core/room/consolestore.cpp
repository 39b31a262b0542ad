#include "consolestore.h"

#include "session/auditlog.h"

#include <QHostInfo>

namespace exam::room {

std::span<const storage::Migration> consoleMigrations()
{
    static const storage::Migration migrations[] = {
        // The proctor accounts and the audit chain have the station's shape (stationschema.cpp, 3 and
        // 12), so that the same classes keep them; the stations and settings are the console's own.
        {1, QStringLiteral(R"sql(
            CREATE TABLE proctors (
                id               INTEGER PRIMARY KEY,
                login            TEXT NOT NULL UNIQUE,
                display_name     TEXT NOT NULL,
                secret_hash      BLOB NOT NULL,
                salt             BLOB NOT NULL,
                scrypt_n         INTEGER NOT NULL,
                scrypt_r         INTEGER NOT NULL,
                scrypt_p         INTEGER NOT NULL,
                failed_attempts  INTEGER NOT NULL DEFAULT 0,
                locked_until_ms  INTEGER NOT NULL DEFAULT 0,
                disabled         INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
                created_at       TEXT NOT NULL,
                peppered         INTEGER NOT NULL DEFAULT 0 CHECK (peppered IN (0, 1))
            ) STRICT;
            CREATE TABLE audit_events (
                seq        INTEGER PRIMARY KEY,
                at         TEXT NOT NULL,
                actor      TEXT NOT NULL,
                kind       TEXT NOT NULL,
                subject    TEXT NOT NULL,
                detail     TEXT NOT NULL,
                prev_hash  BLOB NOT NULL,
                hash       BLOB NOT NULL
            ) STRICT;
            CREATE TABLE stations (
                pin            BLOB PRIMARY KEY CHECK (length(pin) = 32),
                name           TEXT NOT NULL,
                paired_at      TEXT NOT NULL,
                next_sequence  INTEGER NOT NULL DEFAULT 1
            ) STRICT;
            CREATE TABLE console_settings (
                key    TEXT PRIMARY KEY,
                value  TEXT NOT NULL
            ) STRICT;
        )sql")},
        // The stations' session replicas (issue 26, room::ReplicaStore).
        {2, QStringLiteral(R"sql(
            CREATE TABLE replicas (
                station_pin  BLOB NOT NULL,
                session_id   INTEGER NOT NULL,
                seq          INTEGER NOT NULL,
                body         TEXT NOT NULL,
                prev_hash    BLOB NOT NULL,
                hash         BLOB NOT NULL,
                received_at  TEXT NOT NULL,
                PRIMARY KEY (station_pin, session_id, seq)
            ) STRICT, WITHOUT ROWID;
        )sql")},
        // Sittings moved from a station that failed to a spare (issue 26): the station, back, is told.
        {3, QStringLiteral(R"sql(
            CREATE TABLE moves (
                station_pin  BLOB NOT NULL,
                session_id   INTEGER NOT NULL,
                spare_pin    BLOB NOT NULL,
                spare_name   TEXT NOT NULL,
                proctor      TEXT NOT NULL, -- the login of the proctor who moved it
                moved_at     TEXT NOT NULL,
                PRIMARY KEY (station_pin, session_id)
            ) STRICT, WITHOUT ROWID;
        )sql")},
        // The station's signature over a batch's last entry (room::ReplicaProof, JSON), on that entry.
        {4, QStringLiteral(R"sql(
            ALTER TABLE replicas ADD COLUMN head_proof TEXT NOT NULL DEFAULT '';
        )sql")},
    };
    return migrations;
}

ConsoleStore::ConsoleStore(storage::Database& database, session::AuditLog& audit) : m_database(database), m_audit(audit)
{
}

Result<QList<PairedStation>> ConsoleStore::stations()
{
    auto query = m_database.prepare(
        QStringLiteral("SELECT pin, name, paired_at FROM stations WHERE paired_at <> '' ORDER BY name"));
    if (!query)
        return std::unexpected(query.error());
    QList<PairedStation> stations;
    auto read = query->forEachRow([&stations](storage::Statement& row) {
        stations.append({row.blob(0), row.text(1), QDateTime::fromString(row.text(2), Qt::ISODateWithMs)});
    });
    if (!read)
        return std::unexpected(read.error());
    return stations;
}

Result<void> ConsoleStore::addStation(const QByteArray& pin, const QString& name, const QString& actor)
{
    auto transaction = m_database.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    // Paired again (after a removal, or a new name): its action numbers go on from where they were.
    auto insert = m_database.prepare(
        QStringLiteral("INSERT INTO stations (pin, name, paired_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (pin) DO UPDATE SET name = excluded.name, paired_at = excluded.paired_at"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, QByteArrayView(pin))
        .bind(2, name)
        .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (auto done = insert->run(); !done)
        return done;
    if (auto logged = m_audit.append(actor, QStringLiteral("room.station-paired"), name,
                                     QString::fromLatin1(pin.toHex().left(16)));
        !logged)
        return logged;
    return transaction->commit();
}

Result<void> ConsoleStore::removeStation(const QByteArray& pin, const QString& actor)
{
    auto transaction = m_database.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    auto name = m_database.prepare(QStringLiteral("SELECT name FROM stations WHERE pin = ?"));
    if (!name)
        return std::unexpected(name.error());
    name->bind(1, QByteArrayView(pin));
    auto found = name->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, tr("That station is not in this room."));
    const QString stationName = name->text(0);
    name->reset();
    // The row stays with its next action number, so a station paired again can never be sent an
    // action number it has already taken; it is just no longer paired.
    auto remove = m_database.prepare(QStringLiteral("UPDATE stations SET paired_at = '' WHERE pin = ?"));
    if (!remove)
        return std::unexpected(remove.error());
    remove->bind(1, QByteArrayView(pin));
    if (auto done = remove->run(); !done)
        return done;
    if (auto logged = m_audit.append(actor, QStringLiteral("room.station-removed"), stationName,
                                     QString::fromLatin1(pin.toHex().left(16)));
        !logged)
        return logged;
    return transaction->commit();
}

Result<qint64> ConsoleStore::takeSequence(const QByteArray& pin)
{
    auto transaction = m_database.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    auto query =
        m_database.prepare(QStringLiteral("UPDATE stations SET next_sequence = next_sequence + 1 WHERE pin = ? "
                                          "AND paired_at <> '' RETURNING next_sequence - 1"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, QByteArrayView(pin));
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("That station is not in this room."));
    const qint64 sequence = query->int64(0);
    query->reset();
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return sequence;
}

Result<void> ConsoleStore::logAction(const QString& actor, const QString& stationName, const QString& what)
{
    return m_audit.append(actor, QStringLiteral("room.action-sent"), stationName, what);
}

Result<void> ConsoleStore::recordMove(const Move& move, const QString& stationName)
{
    auto transaction = m_database.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    auto insert = m_database.prepare(
        QStringLiteral("INSERT INTO moves (station_pin, session_id, spare_pin, spare_name, proctor, moved_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, QByteArrayView(move.stationPin))
        .bind(2, move.sessionId)
        .bind(3, QByteArrayView(move.sparePin))
        .bind(4, move.spareName)
        .bind(5, move.proctor)
        .bind(6, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (auto done = insert->run(); !done)
        return done;
    if (auto logged =
            m_audit.append(QStringLiteral("proctor:") + move.proctor, QStringLiteral("room.sitting-moved"), stationName,
                           QStringLiteral("session %1 sent to go on at %2").arg(move.sessionId).arg(move.spareName));
        !logged)
        return logged;
    return transaction->commit();
}

Result<void> ConsoleStore::forgetMove(const Move& move, const QString& why)
{
    auto transaction = m_database.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    auto remove = m_database.prepare(QStringLiteral("DELETE FROM moves WHERE station_pin = ? AND session_id = ?"));
    if (!remove)
        return std::unexpected(remove.error());
    remove->bind(1, QByteArrayView(move.stationPin)).bind(2, move.sessionId);
    if (auto done = remove->run(); !done)
        return done;
    if (auto logged = m_audit.append(QStringLiteral("proctor:") + move.proctor,
                                     QStringLiteral("room.sitting-not-moved"), move.spareName,
                                     QStringLiteral("session %1 did not go on at %2: %3")
                                         .arg(move.sessionId)
                                         .arg(move.spareName, why.simplified()));
        !logged)
        return logged;
    return transaction->commit();
}

Result<std::optional<ConsoleStore::Move>> ConsoleStore::moveOf(const QByteArray& stationPin, qint64 sessionId)
{
    auto query = m_database.prepare(
        QStringLiteral("SELECT spare_pin, spare_name, proctor FROM moves WHERE station_pin = ? AND session_id = ?"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, QByteArrayView(stationPin)).bind(2, sessionId);
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Move>();
    return std::optional<Move>(Move{stationPin, sessionId, query->blob(0), query->text(1), query->text(2)});
}

Result<QString> ConsoleStore::roomName()
{
    auto name = setting(QStringLiteral("room-name"));
    if (!name)
        return std::unexpected(name.error());
    return name->value_or(QHostInfo::localHostName());
}

Result<void> ConsoleStore::setRoomName(const QString& name, const QString& actor)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty() || simplified.size() > 64)
        return fail(ErrorCode::InvalidArgument, tr("A room's name has 1 to 64 characters."));
    return setSetting(QStringLiteral("room-name"), simplified, actor);
}

Result<int> ConsoleStore::breakLimitMinutes()
{
    auto limit = setting(QStringLiteral("break-limit-minutes"));
    if (!limit)
        return std::unexpected(limit.error());
    bool ok = false;
    const int minutes = limit->value_or(QString()).toInt(&ok);
    return ok && minutes > 0 ? minutes : DefaultBreakLimitMinutes;
}

Result<void> ConsoleStore::setBreakLimitMinutes(int minutes, const QString& actor)
{
    if (minutes < 1 || minutes > 120)
        return fail(ErrorCode::InvalidArgument, tr("A break limit is 1 to 120 minutes."));
    return setSetting(QStringLiteral("break-limit-minutes"), QString::number(minutes), actor);
}

Result<std::optional<QString>> ConsoleStore::setting(const QString& key)
{
    auto query = m_database.prepare(QStringLiteral("SELECT value FROM console_settings WHERE key = ?"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, key);
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    std::optional<QString> value;
    if (*row)
        value = query->text(0);
    query->reset();
    return value;
}

Result<void> ConsoleStore::setSetting(const QString& key, const QString& value, const QString& actor)
{
    auto transaction = m_database.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    auto query =
        m_database.prepare(QStringLiteral("INSERT OR REPLACE INTO console_settings (key, value) VALUES (?, ?)"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, key).bind(2, value);
    if (auto done = query->run(); !done)
        return done;
    if (auto logged = m_audit.append(actor, QStringLiteral("room.setting"), key, value); !logged)
        return logged;
    return transaction->commit();
}

} // namespace exam::room
