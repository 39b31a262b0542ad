#pragma once

#include "delivery/receipt.h"
#include "delivery/signedrecord.h"
#include "error.h"

#include <QDateTime>
#include <QList>

#include <optional>
#include <span>

namespace exam::storage {
class Database;
struct Migration;
} // namespace exam::storage

namespace exam::intake {

struct RegisteredStation
{
    QString keyId;
    QByteArray publicKey; // Ed25519, raw
    QString name;
    QString addedAt;
    QString revokedAt; // empty while the station is accepted
};

struct HeldRecord
{
    QString resultId;
    QString stationKeyId;
    QByteArray record;
    delivery::SignedReceipt receipt;
    QString receivedAt;
    QString receivedVia; // upload, import
};

// The registry's store: the stations whose signatures it accepts and every record it holds, each once.
// SQLite with the same settings as a station (WAL, synchronous FULL): a receipt is only ever sent for a
// record whose commit returned.
class IntakeStore
{
    Q_DECLARE_TR_FUNCTIONS(exam::intake::IntakeStore)
public:
    static std::span<const storage::Migration> migrations();
    explicit IntakeStore(storage::Database& database) : m_database(database) { }

    Result<RegisteredStation> addStation(QByteArrayView publicKey, const QString& name, const QDateTime& at);
    Result<QList<RegisteredStation>> stations();
    Result<std::optional<RegisteredStation>> station(const QString& keyId);
    Result<void> revokeStation(const QString& keyId, const QDateTime& at);

    // A record is its station's: the same result id from two stations is two records.
    Result<std::optional<HeldRecord>> record(const QString& stationKeyId, const QString& resultId);
    Result<void> insert(const HeldRecord& record, const delivery::RecordSummary& summary, const QByteArray& signature);
    // A station sent other bytes under a result id it has a record for: one row per (station, result
    // id), counting the times.
    Result<void> noteConflict(const QString& stationKeyId, const QString& resultId, QByteArrayView recordSha256,
                              const QString& via, const QDateTime& at);
    Result<qint64> recordCount();
    Result<qint64> conflictCount();

    storage::Database& database() { return m_database; }

private:
    storage::Database& m_database;
};

} // namespace exam::intake
