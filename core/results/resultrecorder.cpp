#include "resultrecorder.h"

#include "crypto/ed25519.h"
#include "scoring.h"
#include "session/auditlog.h"
#include "session/sessionstate.h"
#include "session/sittings.h"
#include "station/stationsettings.h"
#include "stationkey.h"
#include "storage/database.h"
#include "util/clock.h"
#include "json/canonicalwriter.h"

#include <QUuid>

namespace exam::results {

ResultRecorder::ResultRecorder(storage::Database& database, session::AuditLog& audit, const Clock& clock,
                               const StationKey& key, const banks::BankContent& content)
    : m_database(database), m_audit(audit), m_clock(clock), m_key(key), m_content(content)
{
}

Result<void> ResultRecorder::record(qint64 sessionId)
{
    StationSettings settings(m_database);
    auto stationId = settings.stationId();
    auto site = settings.siteCode();
    if (!stationId || !site)
        return std::unexpected(!stationId ? stationId.error() : site.error());

    auto session = m_database.prepare(QStringLiteral(
        "SELECT s.bank_id, s.bank_sha256, s.state, s.time_factor_pct, s.limit_ms, s.extensions_ms, s.elapsed_ms, "
        "s.end_reason, t.candidate_id, s.sitting_id, s.position, s.rule_override, t.accommodations, s.breaks_taken, "
        "s.break_ms, s.storage_held_ms, s.moved_to FROM sessions s "
        "JOIN sittings t ON t.id = s.sitting_id "
        "WHERE s.id = ?"));
    if (!session)
        return std::unexpected(session.error());
    session->bind(1, sessionId);
    auto found = session->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, tr("There is no session %1 to record.").arg(sessionId));
    // A session that went on at a spare station is that station's to record (issue 26): never two
    // records of one sitting.
    if (!session->text(16).isEmpty())
        return fail(ErrorCode::NotAllowed, tr("Session %1 went on at station %2: this station records nothing for "
                                              "it.")
                                               .arg(sessionId)
                                               .arg(session->text(16)));
    session::SessionState state = session::SessionState::Created;
    session::stateFromName(session->text(2), &state);

    auto rows = m_database.prepare(QStringLiteral(
        "SELECT i.item_id, i.option_order, r.choice, r.flagged, r.changes, r.answered_at_ms, i.seen_before "
        "FROM session_items i "
        "JOIN responses r ON r.session_id = i.session_id AND r.position = i.position WHERE i.session_id = ? "
        "ORDER BY i.position"));
    if (!rows)
        return std::unexpected(rows.error());
    rows->bind(1, sessionId);
    RecordContent record;
    QList<std::optional<int>> choices;
    auto read = rows->forEachRow([&](const storage::Statement& row) {
        session::FormItem item{row.text(0), {}, row.int64(6) != 0};
        for (const QString& option : row.text(1).split(u','))
            item.optionOrder.append(option.toInt());
        record.form.items.append(item);
        const std::optional<int> choice = row.isNull(2) ? std::nullopt : std::optional<int>(int(row.int64(2)));
        choices.append(choice);
        record.responses.append({choice, row.int64(3) != 0, row.int64(4),
                                 row.isNull(5) ? std::nullopt : std::optional<qint64>(row.int64(5))});
    });
    if (!read)
        return std::unexpected(read.error());

    auto proctors = m_database.prepare(QStringLiteral(
        "SELECT DISTINCT substr(actor, 9) FROM audit_events WHERE subject = ? AND actor LIKE 'proctor:%' ORDER BY 1"));
    if (!proctors)
        return std::unexpected(proctors.error());
    proctors->bind(1, QStringLiteral("session:%1").arg(sessionId));
    if (auto readProctors =
            proctors->forEachRow([&record](const storage::Statement& row) { record.proctors.append(row.text(0)); });
        !readProctors)
        return std::unexpected(readProctors.error());
    auto auditHead = m_audit.head();
    if (!auditHead)
        return std::unexpected(auditHead.error());

    if (state == session::SessionState::Submitted || state == session::SessionState::TimedOut)
        record.score = Scoring::score(m_content, record.form, choices);
    const std::optional<Score>& score = record.score;
    const QDateTime now = m_clock.utcNow();
    record.resultId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.stationId = *stationId;
    record.stationKeyId = m_key.keyId();
    record.site = *site;
    record.candidateId = session->text(8);
    record.sittingId = session->int64(9);
    record.sittingPosition = session->int64(10);
    record.moduleCode = m_content.module.code;
    record.moduleTitle = m_content.module.title;
    record.moduleLanguage = m_content.module.language;
    record.bankId = session->text(0);
    record.bankVersion = m_content.bankVersion;
    record.bankSha256 = session->blob(1);
    record.limitMs = session->int64(4);
    record.extensionsMs = session->int64(5);
    record.elapsedMs = session->int64(6);
    record.breaksTaken = int(session->int64(13));
    record.breakMs = session->int64(14);
    record.storageHeldMs = session->int64(15);
    record.accommodations = session::Sittings::accommodationsFrom(session->text(12).toUtf8(), int(session->int64(3)));
    record.outcomeState = session->text(2);
    record.outcomeReason = session->text(7);
    record.ruleOverride = session->text(11);
    record.auditHead = *auditHead;
    auto replica = session::ReplicaJournal(m_database).summary(sessionId);
    if (!replica)
        return std::unexpected(replica.error());
    record.replica = *replica;
    record.endedAt = now.toUTC().toString(Qt::ISODateWithMs);
    const QString resultId = record.resultId;
    auto bytes = compose(record);
    if (!bytes)
        return std::unexpected(bytes.error());
    auto signature = m_key.sign(*bytes);
    if (!signature)
        return std::unexpected(signature.error());

    auto insert = m_database.prepare(
        QStringLiteral("INSERT INTO results (id, session_id, record, signature, created_at) VALUES (?, ?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, resultId)
        .bind(2, sessionId)
        .bind(3, QByteArrayView(*bytes))
        .bind(4, QByteArrayView(*signature))
        .bind(5, now.toUTC().toString(Qt::ISODateWithMs));
    if (auto done = insert->run(); !done)
        return done;
    auto outbox = m_database.prepare(QStringLiteral("INSERT INTO outbox (result_id) VALUES (?)"));
    if (!outbox)
        return std::unexpected(outbox.error());
    outbox->bind(1, resultId);
    if (auto done = outbox->run(); !done)
        return done;
    if (!score)
        return {}; // a voided session is no attempt: it neither counts against the retake rule nor passes
    auto attempt = m_database.prepare(
        QStringLiteral("INSERT INTO module_attempts (result_id, candidate_id, module_code, taken_on, passed, percent) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    if (!attempt)
        return std::unexpected(attempt.error());
    attempt->bind(1, resultId)
        .bind(2, session->text(8))
        .bind(3, m_content.module.code)
        .bind(4, now.toLocalTime().date().toString(Qt::ISODate)) // the same instant as endedAt
        .bind(5, score->passed)
        .bind(6, score->percent());
    return attempt->run();
}

Result<QByteArray> ResultRecorder::compose(const RecordContent& c)
{
    // Members in canonical key order, written straight out (the writer refuses any other order).
    CanonicalWriter w(2048 + c.responses.size() * 90); // about 90 bytes a response and its form entry
    w.beginObject();
    w.key(u"accommodations")
        .beginObject()
        .field(u"breaks", c.accommodations.breaks)
        .field(u"colourScheme", c.accommodations.colourScheme)
        .field(u"language", c.accommodations.language)
        .field(u"note", c.accommodations.note)
        .field(u"readAloud", c.accommodations.readAloud)
        .field(u"screenReader", c.accommodations.screenReader)
        .field(u"textSizePercent", c.accommodations.textSizePercent)
        .field(u"timeFactorPercent", c.accommodations.timeFactorPercent)
        .endObject();
    w.field(u"auditHead", QString::fromLatin1(c.auditHead.toHex()));
    w.key(u"bank")
        .beginObject()
        .field(u"id", c.bankId)
        .field(u"sha256", QString::fromLatin1(c.bankSha256.toHex()))
        .field(u"version", c.bankVersion)
        .endObject();
    w.field(u"candidateId", c.candidateId);
    w.field(u"endedAt", c.endedAt);
    w.key(u"form").beginArray();
    for (const session::FormItem& item : c.form.items) {
        w.beginObject()
            .field(u"item", item.itemId)
            .field(u"newToCandidate", !item.seenBefore)
            .key(u"options")
            .beginArray();
        for (int option : item.optionOrder)
            w.value(option);
        w.endArray().endObject();
    }
    w.endArray();
    w.field(u"format", QStringLiteral("exam-result/1"));
    w.key(u"module")
        .beginObject()
        .field(u"code", c.moduleCode)
        .field(u"language", c.moduleLanguage)
        .field(u"title", c.moduleTitle)
        .endObject();
    w.key(u"outcome").beginObject().field(u"reason", c.outcomeReason).field(u"state", c.outcomeState).endObject();
    w.key(u"proctors").beginArray();
    for (const QString& proctor : c.proctors)
        w.value(proctor);
    w.endArray();
    if (c.replica) { // a session moved between stations names them; the registry can check the whole sitting
        w.key(u"replica").beginObject().field(u"head", QString::fromLatin1(c.replica->head.toHex()));
        w.key(u"movedFrom").beginArray();
        for (const session::ReplicaEntry::Origin& origin : c.replica->movedFrom)
            origin.write(w);
        w.endArray().field(u"sequence", c.replica->sequence).endObject();
    }
    w.key(u"responses").beginArray();
    for (const RecordContent::Response& response : c.responses) {
        w.beginObject().key(u"answeredAtMs");
        response.answeredAtMs ? w.value(*response.answeredAtMs) : w.null();
        w.field(u"changes", response.changes).key(u"choice");
        response.choice ? w.value(*response.choice) : w.null();
        w.field(u"flagged", response.flagged).endObject();
    }
    w.endArray();
    w.field(u"resultId", c.resultId);
    w.field(u"ruleOverride", c.ruleOverride);
    w.key(u"score");
    if (c.score) {
        w.beginObject().field(u"correct", c.score->correct).key(u"domains").beginArray();
        for (const DomainScore& domain : c.score->domains)
            w.beginObject()
                .field(u"correct", domain.correct)
                .field(u"id", domain.domainId)
                .field(u"total", domain.total)
                .endObject();
        w.endArray()
            .field(u"passMark", c.score->passPercent)
            .field(u"passed", c.score->passed)
            .field(u"percent", c.score->percent())
            .field(u"total", c.score->total)
            .endObject();
    } else {
        w.null();
    }
    w.key(u"sitting").beginObject().field(u"id", c.sittingId).field(u"position", c.sittingPosition).endObject();
    w.key(u"station")
        .beginObject()
        .field(u"id", c.stationId)
        .field(u"keyId", c.stationKeyId)
        .field(u"site", c.site)
        .endObject();
    w.key(u"timing")
        .beginObject()
        .field(u"breakMs", c.breakMs)
        .field(u"breaks", c.breaksTaken)
        .field(u"elapsedMs", c.elapsedMs)
        .field(u"extensionsMs", c.extensionsMs)
        .field(u"limitMs", c.limitMs)
        .field(u"storageHeldMs", c.storageHeldMs)
        .endObject();
    w.endObject();
    return w.finish();
}

Result<void> ResultRecorder::verify(QByteArrayView record, QByteArrayView signature, QByteArrayView stationPublicKey)
{
    return crypto::Ed25519::verify(stationPublicKey, record, signature);
}

} // namespace exam::results
