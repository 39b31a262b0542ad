#include "replicastore.h"

#include "crypto/sha256.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonDocument>

namespace exam::room {

Result<ReplicaStore::Last> ReplicaStore::last(const QByteArray& stationPin, qint64 sessionId)
{
    auto query = m_database.prepare(QStringLiteral("SELECT seq, hash FROM replicas WHERE station_pin = ? AND "
                                                   "session_id = ? ORDER BY seq DESC LIMIT 1"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, QByteArrayView(stationPin)).bind(2, sessionId);
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    Last last{0, QByteArray(crypto::Sha256::DigestSize, '\0')};
    if (*row)
        last = Last{query->int64(0), query->blob(1)};
    query->reset();
    return last;
}

Result<ReplicaStore::Last> ReplicaStore::keep(const QByteArray& stationPin, qint64 sessionId,
                                              const QList<session::ReplicaJournal::Stored>& entries,
                                              const std::optional<ReplicaProof>& proof)
{
    auto transaction = m_database.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    auto current = last(stationPin, sessionId);
    if (!current)
        return std::unexpected(current.error());
    Last last = *current;
    auto insert = m_database.prepare(
        QStringLiteral("INSERT INTO replicas (station_pin, session_id, seq, body, prev_hash, hash, received_at, "
                       "head_proof) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString proofJson =
        proof ? QString::fromUtf8(QJsonDocument(proof->toJson()).toJson(QJsonDocument::Compact)) : QString();
    for (const session::ReplicaJournal::Stored& stored : entries) {
        const bool links = stored.entry.sessionId == sessionId && stored.entry.sequence == last.sequence + 1
                           && stored.previousHash == last.hash
                           && stored.hash == session::ReplicaJournal::linkHash(stored.previousHash, stored.body);
        if (!links)
            return fail(ErrorCode::Conflict,
                        tr("Replica entry %1 of session %2 does not follow entry %3 kept before; none of this batch "
                           "was kept.")
                            .arg(stored.entry.sequence)
                            .arg(sessionId)
                            .arg(last.sequence));
        insert->reset();
        insert->bind(1, QByteArrayView(stationPin))
            .bind(2, sessionId)
            .bind(3, stored.entry.sequence)
            .bind(4, QString::fromUtf8(stored.body))
            .bind(5, QByteArrayView(stored.previousHash))
            .bind(6, QByteArrayView(stored.hash))
            .bind(7, now)
            .bind(8, &stored == &entries.last() ? proofJson : QString());
        if (auto done = insert->run(); !done)
            return std::unexpected(done.error());
        last = Last{stored.entry.sequence, stored.hash};
    }
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return last;
}

Result<std::optional<qint64>> ReplicaStore::newestSession(const QByteArray& stationPin)
{
    auto query = m_database.prepare(QStringLiteral("SELECT max(session_id) FROM replicas WHERE station_pin = ?"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, QByteArrayView(stationPin));
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    return *row && !query->isNull(0) ? std::optional<qint64>(query->int64(0)) : std::nullopt;
}

Result<std::optional<ReplicaStore::SignedHead>> ReplicaStore::signedHead(const QByteArray& stationPin, qint64 sessionId)
{
    auto query = m_database.prepare(QStringLiteral(
        "SELECT seq, hash, head_proof FROM replicas WHERE station_pin = ? AND session_id = ? AND head_proof <> '' "
        "ORDER BY seq DESC LIMIT 1"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, QByteArrayView(stationPin)).bind(2, sessionId);
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<SignedHead>();
    auto proof = ReplicaProof::fromJson(QJsonDocument::fromJson(query->text(2).toUtf8()).object());
    if (!proof)
        return std::unexpected(proof.error());
    return std::optional<SignedHead>(SignedHead{query->int64(0), query->blob(1), *proof});
}

Result<QList<session::ReplicaJournal::Stored>> ReplicaStore::entries(const QByteArray& stationPin, qint64 sessionId)
{
    auto query = m_database.prepare(QStringLiteral("SELECT body, prev_hash, hash FROM replicas WHERE station_pin = ? "
                                                   "AND session_id = ? ORDER BY seq"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, QByteArrayView(stationPin)).bind(2, sessionId);
    QList<session::ReplicaJournal::Stored> stored;
    std::optional<Error> problem;
    auto read = query->forEachRow([&](storage::Statement& row) {
        session::ReplicaJournal::Stored one;
        one.body = row.text(0).toUtf8();
        one.previousHash = row.blob(1);
        one.hash = row.blob(2);
        auto entry = session::ReplicaEntry::fromBody(one.body);
        if (!entry) {
            problem = problem.value_or(entry.error());
            return;
        }
        one.entry = *entry;
        stored.append(one);
    });
    if (!read)
        return std::unexpected(read.error());
    if (problem)
        return std::unexpected(*problem);
    return stored;
}

} // namespace exam::room
