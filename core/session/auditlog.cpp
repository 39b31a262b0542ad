#include "auditlog.h"

#include "crypto/sha256.h"
#include "storage/database.h"
#include "util/clock.h"
#include "json/canonicalwriter.h"

#include <optional>

namespace exam::session {

namespace {

const QByteArray GenesisHash(32, '\0');

} // namespace

AuditLog::AuditLog(storage::Database& database, const Clock& clock) : m_database(database), m_clock(clock) { }

QByteArray AuditLog::linkHash(const QByteArray& previousHash, const Entry& entry)
{
    return linkHash(previousHash, entry, entry.at.toUTC().toString(Qt::ISODateWithMs));
}

QByteArray AuditLog::linkHash(const QByteArray& previousHash, const Entry& entry, const QString& at)
{
    // The canonical JSON of {seq, at, actor, kind, subject, detail}, its keys written in their canonical
    // order (every confirmed answer appends an entry: no JSON object to build and sort).
    CanonicalWriter json(256 + entry.detail.size());
    json.beginObject()
        .field(u"actor", entry.actor)
        .field(u"at", at)
        .field(u"detail", entry.detail)
        .field(u"kind", entry.kind)
        .field(u"seq", entry.seq)
        .field(u"subject", entry.subject)
        .endObject();
    crypto::Sha256 hash;
    hash.addData(previousHash);
    hash.addData(json.finish().value_or(QByteArray()));
    return hash.result();
}

Result<QByteArray> AuditLog::head()
{
    auto query = m_database.prepare(QStringLiteral("SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1"));
    if (!query)
        return std::unexpected(query.error());
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? query->blob(0) : GenesisHash;
}

Result<void> AuditLog::append(const QString& actor, const QString& kind, const QString& subject, const QString& detail)
{
    // Reading the last entry and appending after it is one write transaction: outside one, another
    // connection (examctl beside the kiosk) could write in between and the append would fail "busy".
    std::optional<storage::Transaction> own;
    if (!m_database.inTransaction()) {
        auto transaction = m_database.begin();
        if (!transaction)
            return std::unexpected(transaction.error());
        own.emplace(std::move(*transaction));
    }
    auto previous = m_database.prepare(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"));
    if (!previous)
        return std::unexpected(previous.error());
    auto row = previous->step();
    if (!row)
        return std::unexpected(row.error());
    Entry entry{*row ? previous->int64(0) + 1 : 1, m_clock.utcNow(), actor, kind, subject, detail};
    const QString at = entry.at.toUTC().toString(Qt::ISODateWithMs); // written once: the row and its link
    const QByteArray previousHash = *row ? previous->blob(1) : GenesisHash;
    auto insert = m_database.prepare(QStringLiteral("INSERT INTO audit_events (seq, at, actor, kind, subject, detail, "
                                                    "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, entry.seq)
        .bind(2, at)
        .bind(3, actor)
        .bind(4, kind)
        .bind(5, subject)
        .bind(6, detail)
        .bind(7, QByteArrayView(previousHash))
        .bind(8, QByteArrayView(linkHash(previousHash, entry, at)));
    if (auto inserted = insert->run(); !inserted || !own)
        return inserted;
    return own->commit();
}

Result<QList<AuditLog::Entry>> AuditLog::entries(qint64 fromSeq)
{
    auto query = m_database.prepare(
        QStringLiteral("SELECT seq, at, actor, kind, subject, detail FROM audit_events WHERE seq >= ? ORDER BY seq"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, fromSeq);
    QList<Entry> list;
    while (true) {
        auto row = query->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return list;
        list.append(Entry{query->int64(0), QDateTime::fromString(query->text(1), Qt::ISODateWithMs), query->text(2),
                          query->text(3), query->text(4), query->text(5)});
    }
}

Result<std::optional<qint64>> AuditLog::firstBrokenLink()
{
    auto query = m_database.prepare(
        QStringLiteral("SELECT seq, at, actor, kind, subject, detail, prev_hash, hash FROM audit_events ORDER BY seq"));
    if (!query)
        return std::unexpected(query.error());
    QByteArray expectedPrevious = GenesisHash;
    qint64 expectedSeq = 1;
    while (true) {
        auto row = query->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return std::optional<qint64>();
        const Entry entry{query->int64(0), QDateTime::fromString(query->text(1), Qt::ISODateWithMs),
                          query->text(2),  query->text(3),
                          query->text(4),  query->text(5)};
        // A gap in the sequence is a removed entry; a wrong previous hash or own hash is an edit.
        if (entry.seq != expectedSeq || query->blob(6) != expectedPrevious
            || query->blob(7) != linkHash(expectedPrevious, entry))
            return std::optional<qint64>(entry.seq);
        expectedPrevious = query->blob(7);
        ++expectedSeq;
    }
}

} // namespace exam::session
