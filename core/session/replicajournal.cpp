#include "replicajournal.h"

#include "crypto/sha256.h"
#include "storage/database.h"
#include "json/canonicalwriter.h"
#include "json/strictobject.h"

#include <QJsonDocument>

#include <limits>

namespace exam::session {

namespace {

constexpr qint64 MaxMs = std::numeric_limits<qint64>::max();

} // namespace

void CarriedResponse::write(CanonicalWriter& out) const
{
    out.beginObject();
    if (answeredAtMs) // none: no member
        out.field(u"answeredAtMs", *answeredAtMs);
    out.field(u"changes", changes);
    if (choice)
        out.field(u"choice", *choice);
    out.field(u"flagged", flagged).field(u"struck", struck).endObject();
}

CarriedResponse CarriedResponse::read(StrictObject& in)
{
    CarriedResponse response;
    if (auto at = in.optionalInteger(QStringLiteral("answeredAtMs"), 0, MaxMs))
        response.answeredAtMs = *at;
    response.changes = in.integer(QStringLiteral("changes"), 0, 1'000'000);
    if (auto choice = in.optionalInteger(QStringLiteral("choice"), 0, 25))
        response.choice = int(*choice);
    response.flagged = in.boolean(QStringLiteral("flagged"));
    response.struck = int(in.integer(QStringLiteral("struck"), 0, (1 << 26) - 1));
    in.rejectUnknownFields();
    return response;
}

void ReplicaEntry::Origin::write(CanonicalWriter& out) const
{
    out.beginObject()
        .field(u"head", QString::fromLatin1(head.toHex()))
        .field(u"sequence", sequence)
        .field(u"session", sessionId)
        .field(u"station", stationId)
        .endObject();
}

ReplicaEntry::Origin ReplicaEntry::Origin::read(StrictObject& in)
{
    Origin origin;
    origin.head = ReplicaSetup::readHex(in, QStringLiteral("head"), crypto::Sha256::DigestSize);
    origin.sequence = in.integer(QStringLiteral("sequence"), 1, MaxMs);
    origin.sessionId = in.integer(QStringLiteral("session"), 1, MaxMs);
    origin.stationId = in.line(QStringLiteral("station"), 200);
    in.rejectUnknownFields();
    return origin;
}

QByteArray ReplicaEntry::body() const
{
    CanonicalWriter out(setup ? 384 + setup->form.items.size() * 48 : 384);
    out.beginObject()
        .field(u"at", at.toUTC().toString(Qt::ISODateWithMs))
        .field(u"breakMs", breakMs)
        .field(u"breaksTaken", breaksTaken)
        .field(u"current", current)
        .field(u"elapsedMs", elapsedMs)
        .field(u"extensionsMs", extensionsMs)
        .field(u"kind", kind);
    if (!movedFrom.isEmpty()) {
        out.key(u"movedFrom").beginArray();
        for (const Origin& origin : movedFrom)
            origin.write(out);
        out.endArray();
    }
    if (response) {
        out.key(u"response").beginObject();
        if (response->choice) // no choice: no member
            out.field(u"choice", *response->choice);
        out.field(u"flagged", response->flagged)
            .field(u"position", response->position)
            .field(u"struck", response->struck)
            .endObject();
    }
    if (!responses.isEmpty()) {
        out.key(u"responses").beginArray();
        for (const CarriedResponse& carried : responses)
            carried.write(out);
        out.endArray();
    }
    out.field(u"sequence", sequence).field(u"session", sessionId);
    if (setup) {
        out.key(u"setup");
        setup->write(out);
    }
    out.field(u"state", stateName(state)).field(u"storageHeldMs", storageHeldMs).endObject();
    // Every key above is in canonical order and every value of a known kind: finish() cannot fail.
    return out.finish().value_or(QByteArray());
}

Result<ReplicaEntry> ReplicaEntry::fromBody(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorCode::ParseError, ReplicaJournal::tr("A replica entry is not a JSON object."));
    StrictObject in(document.object(), QStringLiteral("replica"));
    ReplicaEntry entry;
    entry.at = QDateTime::fromString(in.line(QStringLiteral("at"), 40), Qt::ISODateWithMs);
    entry.breakMs = in.integer(QStringLiteral("breakMs"), 0, MaxMs);
    entry.breaksTaken = int(in.integer(QStringLiteral("breaksTaken"), 0, 10'000));
    entry.current = int(in.integer(QStringLiteral("current"), 0, 10'000));
    entry.elapsedMs = in.integer(QStringLiteral("elapsedMs"), 0, MaxMs);
    entry.extensionsMs = in.integer(QStringLiteral("extensionsMs"), 0, MaxMs);
    entry.kind = in.line(QStringLiteral("kind"), 64);
    if (auto moves = in.optionalArray(QStringLiteral("movedFrom"), 100)) {
        for (qsizetype i = 0; i < moves->size() && in.ok(); ++i) {
            StrictObject move = in.element(*moves, QStringLiteral("movedFrom"), i);
            entry.movedFrom.append(ReplicaEntry::Origin::read(move));
            in.absorb(move);
        }
    }
    if (document.object().contains(QStringLiteral("response"))) {
        StrictObject response = in.object(QStringLiteral("response"));
        ReplicaEntry::Response changed;
        if (auto choice = response.optionalInteger(QStringLiteral("choice"), 0, 25))
            changed.choice = int(*choice);
        changed.flagged = response.boolean(QStringLiteral("flagged"));
        changed.position = int(response.integer(QStringLiteral("position"), 0, 10'000));
        changed.struck = int(response.integer(QStringLiteral("struck"), 0, (1 << 26) - 1));
        response.rejectUnknownFields();
        in.absorb(response);
        entry.response = changed;
    }
    if (auto carried = in.optionalArray(QStringLiteral("responses"), 1'000)) {
        for (qsizetype i = 0; i < carried->size() && in.ok(); ++i) {
            StrictObject one = in.element(*carried, QStringLiteral("responses"), i);
            entry.responses.append(CarriedResponse::read(one));
            in.absorb(one);
        }
    }
    entry.sequence = in.integer(QStringLiteral("sequence"), 1, MaxMs);
    entry.sessionId = in.integer(QStringLiteral("session"), 1, MaxMs);
    if (document.object().contains(QStringLiteral("setup"))) {
        StrictObject setup = in.object(QStringLiteral("setup"));
        entry.setup = ReplicaSetup::read(setup);
        in.absorb(setup);
    }
    const QString state = in.line(QStringLiteral("state"), 40);
    if (in.ok() && !stateFromName(state, &entry.state))
        in.reject(QStringLiteral("state"), ReplicaJournal::tr("is not a session state"));
    entry.storageHeldMs = in.integer(QStringLiteral("storageHeldMs"), 0, MaxMs);
    in.rejectUnknownFields();
    if (auto problem = in.error())
        return std::unexpected(*problem);
    return entry;
}

QByteArray ReplicaJournal::linkHash(const QByteArray& previousHash, const QByteArray& body)
{
    crypto::Sha256 hash;
    hash.addData(previousHash);
    hash.addData(body);
    return hash.result();
}

Result<void> ReplicaJournal::append(ReplicaEntry entry)
{
    m_appended.reset();
    QByteArray previousHash(crypto::Sha256::DigestSize, '\0');
    entry.sequence = 1;
    if (auto known = m_last.constFind(entry.sessionId); known != m_last.cend()) {
        entry.sequence = known->sequence + 1;
        previousHash = known->hash;
    } else {
        // The session's first step since this journal was made (a new session, or the kiosk restarted).
        auto last = m_database.prepare(
            QStringLiteral("SELECT seq, hash FROM replica_entries WHERE session_id = ? ORDER BY seq DESC LIMIT 1"));
        if (!last)
            return std::unexpected(last.error());
        last->bind(1, entry.sessionId);
        auto row = last->step();
        if (!row)
            return std::unexpected(row.error());
        if (*row) {
            entry.sequence = last->int64(0) + 1;
            previousHash = last->blob(1);
        }
        last->reset();
    }
    if (entry.sequence == 1 && !entry.setup) { // the replica begins with what the session was set up with
        auto setup = ReplicaSetup::load(m_database, entry.sessionId);
        if (!setup)
            return std::unexpected(setup.error());
        entry.setup = *setup;
    }
    const QByteArray body = entry.body();
    const QByteArray hash = linkHash(previousHash, body);
    auto insert = m_database.prepare(
        QStringLiteral("INSERT INTO replica_entries (session_id, seq, body, prev_hash, hash) VALUES (?, ?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, entry.sessionId)
        .bind(2, entry.sequence)
        .bind(3, QString::fromUtf8(body))
        .bind(4, QByteArrayView(previousHash))
        .bind(5, QByteArrayView(hash));
    if (auto done = insert->run(); !done) {
        m_last.remove(entry.sessionId); // read again next time: someone else may have written since
        return done;
    }
    m_appended = std::make_pair(entry.sessionId, Link{entry.sequence, hash});
    return {};
}

void ReplicaJournal::committed()
{
    if (m_appended)
        m_last.insert(m_appended->first, m_appended->second);
    m_appended.reset();
}

Result<QList<ReplicaJournal::Stored>> ReplicaJournal::entries(qint64 sessionId, qint64 afterSequence)
{
    auto query = m_database.prepare(QStringLiteral("SELECT body, prev_hash, hash FROM replica_entries "
                                                   "WHERE session_id = ? AND seq > ? ORDER BY seq"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, sessionId).bind(2, afterSequence);
    QList<Stored> stored;
    std::optional<Error> problem;
    auto read = query->forEachRow([&](storage::Statement& row) {
        Stored one;
        one.body = row.text(0).toUtf8();
        one.previousHash = row.blob(1);
        one.hash = row.blob(2);
        auto entry = ReplicaEntry::fromBody(one.body);
        if (!entry) {
            if (!problem)
                problem = entry.error();
            return;
        }
        one.entry = *entry;
        stored.append(one);
    });
    if (!read)
        return std::unexpected(read.error());
    if (problem)
        return fail(ErrorCode::DatabaseCorrupt, tr("The replica of session %1 holds an entry that cannot be read: %2")
                                                    .arg(sessionId)
                                                    .arg(problem->message));
    return stored;
}

Result<std::optional<qint64>> ReplicaJournal::newestSession()
{
    auto query = m_database.prepare(QStringLiteral("SELECT max(session_id) FROM replica_entries"));
    if (!query)
        return std::unexpected(query.error());
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    return *row && !query->isNull(0) ? std::optional<qint64>(query->int64(0)) : std::nullopt;
}

Result<QByteArray> ReplicaJournal::head(qint64 sessionId)
{
    auto query = m_database.prepare(
        QStringLiteral("SELECT hash FROM replica_entries WHERE session_id = ? ORDER BY seq DESC LIMIT 1"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, sessionId);
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    QByteArray hash = *row ? query->blob(0) : QByteArray(crypto::Sha256::DigestSize, '\0');
    query->reset();
    return hash;
}

QByteArray ReplicaJournal::headStatement(const QString& stationId, qint64 sessionId, qint64 sequence,
                                         const QByteArray& head)
{
    CanonicalWriter out(200);
    out.beginObject()
        .field(u"format", QStringLiteral("exam-replica-head/1"))
        .field(u"head", QString::fromLatin1(head.toHex()))
        .field(u"sequence", sequence)
        .field(u"session", sessionId)
        .field(u"station", stationId)
        .endObject();
    return out.finish().value_or(QByteArray());
}

Result<std::optional<ReplicaJournal::Summary>> ReplicaJournal::summary(qint64 sessionId)
{
    auto query = m_database.prepare(QStringLiteral(
        "SELECT l.seq, l.hash, f.body FROM replica_entries l JOIN replica_entries f ON f.session_id = l.session_id "
        "AND f.seq = 1 WHERE l.session_id = ? ORDER BY l.seq DESC LIMIT 1"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, sessionId);
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Summary>();
    auto first = ReplicaEntry::fromBody(query->text(2).toUtf8());
    if (!first)
        return fail(ErrorCode::DatabaseCorrupt,
                    tr("The replica of session %1 begins with an entry that cannot be read: %2")
                        .arg(sessionId)
                        .arg(first.error().message));
    return std::optional<Summary>(Summary{query->int64(0), query->blob(1), first->movedFrom});
}

std::optional<qint64> ReplicaJournal::firstBrokenLink(const QList<Stored>& entries, qint64 afterSequence)
{
    // From the start, a replica begins at 1 from the zero hash: a removed beginning shows too.
    QByteArray previous = afterSequence == 0 ? QByteArray(crypto::Sha256::DigestSize, '\0') : QByteArray();
    qint64 expected = afterSequence + 1;
    for (const Stored& stored : entries) {
        const bool linked = (previous.isNull() || stored.previousHash == previous)
                            && stored.hash == linkHash(stored.previousHash, stored.body)
                            && stored.entry.sequence == expected;
        if (!linked)
            return stored.entry.sequence;
        previous = stored.hash;
        ++expected;
    }
    return std::nullopt;
}

} // namespace exam::session
