#include "intakestore.h"

#include "crypto/ed25519.h"
#include "crypto/keyid.h"
#include "crypto/sha256.h"
#include "storage/database.h"

namespace exam::intake {

std::span<const storage::Migration> IntakeStore::migrations()
{
    static const storage::Migration list[] = {
        {1, QStringLiteral(R"sql(
            CREATE TABLE stations (
                key_id      TEXT PRIMARY KEY NOT NULL,
                public_key  BLOB NOT NULL CHECK (length(public_key) = 32),
                name        TEXT NOT NULL,
                added_at    TEXT NOT NULL,
                revoked_at  TEXT NOT NULL DEFAULT ''
            ) STRICT;
            CREATE TABLE records (
                result_id          TEXT PRIMARY KEY NOT NULL,
                station_key_id     TEXT NOT NULL REFERENCES stations (key_id),
                record             BLOB NOT NULL,      -- the bytes the station signed
                signature          BLOB NOT NULL,
                record_sha256      BLOB NOT NULL,
                module_code        TEXT NOT NULL,
                outcome            TEXT NOT NULL,
                ended_at           TEXT NOT NULL,
                received_at        TEXT NOT NULL,
                received_via       TEXT NOT NULL CHECK (received_via IN ('upload', 'import')),
                receipt            BLOB NOT NULL,
                receipt_signature  BLOB NOT NULL
            ) STRICT;
            -- Same result id, other bytes: never stored, always kept here for the registry to look into.
            CREATE TABLE conflicts (
                id              INTEGER PRIMARY KEY,
                result_id       TEXT NOT NULL,
                station_key_id  TEXT NOT NULL,
                record_sha256   BLOB NOT NULL,
                via             TEXT NOT NULL,
                at              TEXT NOT NULL
            ) STRICT;
        )sql")},
        // A record is the station's: keyed by (station key, result id), so a station that posts another
        // station's result id first (ids are printed on score reports) cannot block the genuine record.
        // A conflict is one row per (station, result id), counted: only the station's own key can make
        // one, and repeating it no longer grows the table.
        {2, QStringLiteral(R"sql(
            CREATE TABLE records_by_station (
                result_id          TEXT NOT NULL,
                station_key_id     TEXT NOT NULL REFERENCES stations (key_id),
                record             BLOB NOT NULL,
                signature          BLOB NOT NULL,
                record_sha256      BLOB NOT NULL,
                module_code        TEXT NOT NULL,
                outcome            TEXT NOT NULL,
                ended_at           TEXT NOT NULL,
                received_at        TEXT NOT NULL,
                received_via       TEXT NOT NULL CHECK (received_via IN ('upload', 'import')),
                receipt            BLOB NOT NULL,
                receipt_signature  BLOB NOT NULL,
                PRIMARY KEY (station_key_id, result_id)
            ) STRICT;
            INSERT INTO records_by_station SELECT * FROM records;
            DROP TABLE records;
            ALTER TABLE records_by_station RENAME TO records;
            CREATE TABLE conflicts_by_station (
                station_key_id  TEXT NOT NULL,
                result_id       TEXT NOT NULL,
                record_sha256   BLOB NOT NULL,     -- of the latest other bytes
                via             TEXT NOT NULL,
                first_at        TEXT NOT NULL,
                last_at         TEXT NOT NULL,
                times           INTEGER NOT NULL CHECK (times >= 1),
                PRIMARY KEY (station_key_id, result_id)
            ) STRICT;
            INSERT INTO conflicts_by_station
                SELECT station_key_id, result_id, max(record_sha256), max(via), min(at), max(at), count(*)
                FROM conflicts GROUP BY station_key_id, result_id;
            DROP TABLE conflicts;
            ALTER TABLE conflicts_by_station RENAME TO conflicts;
        )sql")},
    };
    return list;
}

Result<RegisteredStation> IntakeStore::addStation(QByteArrayView publicKey, const QString& name, const QDateTime& at)
{
    if (publicKey.size() != crypto::Ed25519::PublicKeySize)
        return fail(ErrorCode::InvalidArgument, tr("A station key is an Ed25519 public key."));
    RegisteredStation station{crypto::keyIdOf(publicKey), publicKey.toByteArray(), name,
                              at.toUTC().toString(Qt::ISODateWithMs), QString()};
    auto existing = this->station(station.keyId);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return fail(ErrorCode::Conflict,
                    tr("The station key %1 is registered already (as “%2”).").arg(station.keyId, (*existing)->name));
    auto insert = m_database.prepare(
        QStringLiteral("INSERT INTO stations (key_id, public_key, name, added_at) VALUES (?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, station.keyId).bind(2, QByteArrayView(station.publicKey)).bind(3, name).bind(4, station.addedAt);
    if (auto done = insert->run(); !done)
        return std::unexpected(done.error());
    return station;
}

Result<QList<RegisteredStation>> IntakeStore::stations()
{
    auto query = m_database.prepare(QStringLiteral(
        "SELECT key_id, public_key, name, added_at, revoked_at FROM stations ORDER BY added_at, key_id"));
    if (!query)
        return std::unexpected(query.error());
    QList<RegisteredStation> list;
    auto read = query->forEachRow([&list](const storage::Statement& row) {
        list.append({row.text(0), row.blob(1), row.text(2), row.text(3), row.text(4)});
    });
    if (!read)
        return std::unexpected(read.error());
    return list;
}

Result<std::optional<RegisteredStation>> IntakeStore::station(const QString& keyId)
{
    auto all = stations();
    if (!all)
        return std::unexpected(all.error());
    for (const RegisteredStation& station : *all)
        if (station.keyId == keyId)
            return station;
    return std::optional<RegisteredStation>();
}

Result<void> IntakeStore::revokeStation(const QString& keyId, const QDateTime& at)
{
    auto update =
        m_database.prepare(QStringLiteral("UPDATE stations SET revoked_at = ? WHERE key_id = ? AND revoked_at = ''"));
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, at.toUTC().toString(Qt::ISODateWithMs)).bind(2, keyId);
    if (auto done = update->run(); !done)
        return done;
    if (m_database.changes() == 0)
        return fail(ErrorCode::NotFound,
                    tr("No accepted station has the key id %1 (see `exam-intake station list`).").arg(keyId));
    return {};
}

Result<std::optional<HeldRecord>> IntakeStore::record(const QString& stationKeyId, const QString& resultId)
{
    auto query = m_database.prepare(QStringLiteral(
        "SELECT result_id, station_key_id, record, receipt, receipt_signature, received_at, received_via "
        "FROM records WHERE station_key_id = ? AND result_id = ?"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, stationKeyId).bind(2, resultId);
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<HeldRecord>();
    return std::optional<HeldRecord>(HeldRecord{query->text(0),
                                                query->text(1),
                                                query->blob(2),
                                                {query->blob(3), query->blob(4)},
                                                query->text(5),
                                                query->text(6)});
}

Result<void> IntakeStore::insert(const HeldRecord& record, const delivery::RecordSummary& summary,
                                 const QByteArray& signature)
{
    auto insert = m_database.prepare(QStringLiteral(
        "INSERT INTO records (result_id, station_key_id, record, signature, record_sha256, module_code, outcome, "
        "ended_at, received_at, received_via, receipt, receipt_signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, record.resultId)
        .bind(2, record.stationKeyId)
        .bind(3, QByteArrayView(record.record))
        .bind(4, QByteArrayView(signature))
        .bind(5, QByteArrayView(crypto::Sha256::hash(record.record)))
        .bind(6, summary.moduleCode)
        .bind(7, summary.outcome)
        .bind(8, summary.endedAt)
        .bind(9, record.receivedAt)
        .bind(10, record.receivedVia)
        .bind(11, QByteArrayView(record.receipt.receipt))
        .bind(12, QByteArrayView(record.receipt.signature));
    return insert->run();
}

Result<void> IntakeStore::noteConflict(const QString& stationKeyId, const QString& resultId,
                                       QByteArrayView recordSha256, const QString& via, const QDateTime& at)
{
    auto upsert = m_database.prepare(QStringLiteral(
        "INSERT INTO conflicts (station_key_id, result_id, record_sha256, via, first_at, last_at, times) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?5, 1) ON CONFLICT (station_key_id, result_id) DO UPDATE SET "
        "record_sha256 = excluded.record_sha256, via = excluded.via, last_at = excluded.last_at, times = times + 1"));
    if (!upsert)
        return std::unexpected(upsert.error());
    upsert->bind(1, stationKeyId)
        .bind(2, resultId)
        .bind(3, recordSha256)
        .bind(4, via)
        .bind(5, at.toUTC().toString(Qt::ISODateWithMs));
    return upsert->run();
}

Result<qint64> IntakeStore::recordCount()
{
    auto query = m_database.prepare(QStringLiteral("SELECT count(*) FROM records"));
    if (!query)
        return std::unexpected(query.error());
    if (auto row = query->step(); !row)
        return std::unexpected(row.error());
    return query->int64(0);
}

Result<qint64> IntakeStore::conflictCount()
{
    auto query = m_database.prepare(QStringLiteral("SELECT count(*) FROM conflicts"));
    if (!query)
        return std::unexpected(query.error());
    if (auto row = query->step(); !row)
        return std::unexpected(row.error());
    return query->int64(0);
}

} // namespace exam::intake
