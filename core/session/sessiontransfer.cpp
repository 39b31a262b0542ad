#include "sessiontransfer.h"

#include "auditlog.h"
#include "proctoraccounts.h"
#include "sittings.h"
#include "station/stationsettings.h"
#include "storage/database.h"
#include "util/clock.h"

namespace exam::session {

namespace {

QString subject(qint64 sessionId)
{
    return QStringLiteral("session:%1").arg(sessionId);
}

} // namespace

SessionTransfer::SessionTransfer(storage::Database& database, AuditLog& audit, ReplicaJournal& journal,
                                 const Clock& clock)
    : m_database(database), m_audit(audit), m_journal(journal), m_clock(clock)
{
}

SessionState SessionTransfer::stateOnSpare(SessionState before)
{
    switch (before) {
    case SessionState::InProgress:
    case SessionState::OnBreak: return SessionState::Paused;
    default: return before;
    }
}

Result<void> SessionTransfer::refuseUnlessReady(const ReplicaSnapshot& moved, const QString& origin)
{
    if (isFinished(moved.last.state))
        return fail(ErrorCode::NotAllowed, tr("The session had already ended on station %1; its result is that "
                                              "station's to send.")
                                               .arg(moved.setup.stationId));
    auto open = m_database.prepare(QStringLiteral("SELECT id FROM sittings WHERE closed = 0 LIMIT 1"));
    if (!open)
        return std::unexpected(open.error());
    auto busy = open->step();
    if (!busy)
        return std::unexpected(busy.error());
    if (*busy)
        return fail(ErrorCode::NotAllowed, tr("This station is in the middle of another sitting. Choose a spare "
                                              "station that shows \"ready\"."));
    auto bank = m_database.prepare(QStringLiteral("SELECT 1 FROM installed_banks WHERE bank_id = ? AND sha256 = ?"));
    if (!bank)
        return std::unexpected(bank.error());
    bank->bind(1, moved.setup.bankId).bind(2, QByteArrayView(moved.setup.bankSha256));
    auto installed = bank->step();
    if (!installed)
        return std::unexpected(installed.error());
    if (!*installed)
        return fail(ErrorCode::NotFound, tr("This station does not have the module's bank %1 in the version the "
                                            "session began with. Install the same bank here, or choose another "
                                            "spare station.")
                                             .arg(moved.setup.bankId));
    auto taken = m_database.prepare(QStringLiteral("SELECT id FROM sessions WHERE moved_from = ?"));
    if (!taken)
        return std::unexpected(taken.error());
    taken->bind(1, origin);
    auto before = taken->step();
    if (!before)
        return std::unexpected(before.error());
    if (*before)
        return fail(ErrorCode::Conflict,
                    tr("This station already took that session over (its session %1).").arg(taken->int64(0)));
    return {};
}

Result<qint64> SessionTransfer::receive(const ReplicaSnapshot& moved, const ProctorAuthorization& proctor,
                                        const QString& reason)
{
    const QString origin = QStringLiteral("%1/%2").arg(moved.setup.stationId).arg(moved.sessionId);
    auto here = StationSettings(m_database).stationId();
    if (!here)
        return std::unexpected(here.error());
    if (*here == moved.setup.stationId)
        return fail(ErrorCode::NotAllowed, tr("The session is this station's own: it cannot go on here as a move."));
    auto transaction = m_database.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto ready = refuseUnlessReady(moved, origin); !ready)
        return std::unexpected(ready.error());

    const ReplicaSetup& setup = moved.setup;
    const QString now = m_clock.utcNow().toString(Qt::ISODateWithMs);
    auto candidate = m_database.prepare(QStringLiteral(
        "INSERT INTO candidates (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name"));
    if (!candidate)
        return std::unexpected(candidate.error());
    candidate->bind(1, setup.candidateId).bind(2, setup.candidateName);
    if (auto done = candidate->run(); !done)
        return std::unexpected(done.error());
    auto sitting = m_database.prepare(
        QStringLiteral("INSERT INTO sittings (candidate_id, created_at, accommodations) VALUES (?, ?, ?)"));
    if (!sitting)
        return std::unexpected(sitting.error());
    sitting->bind(1, setup.candidateId)
        .bind(2, now)
        .bind(3, QString::fromUtf8(Sittings::accommodationsJson(setup.accommodations)));
    if (auto done = sitting->run(); !done)
        return std::unexpected(done.error());
    auto sessionId = insertSession(moved, m_database.lastInsertRowId(), origin);
    if (!sessionId)
        return sessionId;

    const ReplicaEntry& last = moved.last;
    const int answered = int(std::count_if(moved.responses.cbegin(), moved.responses.cend(),
                                           [](const ReplicaSnapshot::Response& r) { return r.choice.has_value(); }));
    if (auto logged = m_audit.append(
            proctor.actor(), QStringLiteral("session.moved-in"), subject(*sessionId),
            QStringLiteral("from station %1, session %2, replica entry %3 (%4); %5 of %6 answered, %7 ms elapsed; %8")
                .arg(setup.stationId)
                .arg(moved.sessionId)
                .arg(moved.sequence)
                .arg(QString::fromLatin1(moved.head.toHex()))
                .arg(answered)
                .arg(setup.form.items.size())
                .arg(last.elapsedMs)
                .arg(reason.simplified()));
        !logged)
        return std::unexpected(logged.error());

    // The replica here goes on from the one it moved from: its first entry names that one's last.
    ReplicaEntry first;
    first.sessionId = *sessionId;
    first.at = m_clock.utcNow();
    first.kind = QStringLiteral("session.moved-in");
    first.state = stateOnSpare(last.state);
    first.elapsedMs = last.elapsedMs;
    first.extensionsMs = last.extensionsMs;
    first.current = last.current;
    first.breaksTaken = last.breaksTaken;
    first.breakMs = last.breakMs;
    first.storageHeldMs = last.storageHeldMs;
    first.setup = setup;
    first.setup->stationId = *here; // the replica is this station's from now on
    first.movedFrom = moved.movedFrom;
    first.movedFrom.append(moved.origin());
    first.responses = moved.responses;
    if (auto journaled = m_journal.append(first); !journaled)
        return std::unexpected(journaled.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    m_journal.committed();
    return *sessionId;
}

Result<qint64> SessionTransfer::insertSession(const ReplicaSnapshot& moved, qint64 sittingId, const QString& origin)
{
    const ReplicaSetup& setup = moved.setup;
    const ReplicaEntry& last = moved.last;
    auto session = m_database.prepare(QStringLiteral(
        "INSERT INTO sessions (sitting_id, position, bank_id, bank_sha256, state, seed, time_factor_pct, limit_ms, "
        "extensions_ms, elapsed_ms, current_position, created_at, rule_override, module_code, breaks_taken, break_ms, "
        "storage_held_ms, moved_from) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!session)
        return std::unexpected(session.error());
    session->bind(1, sittingId)
        .bind(2, setup.bankId)
        .bind(3, QByteArrayView(setup.bankSha256))
        .bind(4, stateName(stateOnSpare(last.state)))
        .bind(5, QByteArrayView(setup.seed))
        .bind(6, setup.accommodations.timeFactorPercent)
        .bind(7, setup.limitMs)
        .bind(8, last.extensionsMs)
        .bind(9, last.elapsedMs)
        .bind(10, last.current)
        .bind(11, m_clock.utcNow().toString(Qt::ISODateWithMs))
        .bind(12, setup.ruleOverride)
        .bind(13, setup.moduleCode)
        .bind(14, last.breaksTaken)
        .bind(15, last.breakMs)
        .bind(16, last.storageHeldMs)
        .bind(17, origin);
    if (auto done = session->run(); !done)
        return std::unexpected(done.error());
    const qint64 sessionId = m_database.lastInsertRowId();
    auto item = m_database.prepare(QStringLiteral(
        "INSERT INTO session_items (session_id, position, item_id, option_order, seen_before) VALUES (?, ?, ?, ?, ?)"));
    auto response = m_database.prepare(
        QStringLiteral("INSERT INTO responses (session_id, position, choice, flagged, changes, answered_at_ms, struck) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    // The items were on a form delivered at this centre: they count for exposure here too.
    auto exposure =
        m_database.prepare(QStringLiteral("INSERT INTO item_exposures (bank_id, item_id, forms) VALUES (?, ?, 1) "
                                          "ON CONFLICT (bank_id, item_id) DO UPDATE SET forms = forms + 1"));
    if (!item || !response || !exposure)
        return std::unexpected(!item ? item.error() : !response ? response.error() : exposure.error());
    for (int position = 0; position < setup.form.items.size(); ++position) {
        const FormItem& formItem = setup.form.items.at(position);
        QStringList order;
        for (int option : formItem.optionOrder)
            order.append(QString::number(option));
        item->reset();
        item->bind(1, sessionId)
            .bind(2, position)
            .bind(3, formItem.itemId)
            .bind(4, order.join(u','))
            .bind(5, formItem.seenBefore);
        const ReplicaSnapshot::Response& answer = moved.responses.at(position);
        response->reset();
        response->bind(1, sessionId).bind(2, position);
        answer.choice ? response->bind(3, *answer.choice) : response->bindNull(3);
        response->bind(4, answer.flagged).bind(5, answer.changes);
        answer.answeredAtMs ? response->bind(6, *answer.answeredAtMs) : response->bindNull(6);
        response->bind(7, answer.struck);
        exposure->reset();
        exposure->bind(1, setup.bankId).bind(2, formItem.itemId);
        for (storage::Statement* statement : {&*item, &*response, &*exposure})
            if (auto done = statement->run(); !done)
                return std::unexpected(done.error());
    }
    return sessionId;
}

Result<void> SessionTransfer::movedAway(qint64 sessionId, const ProctorAuthorization& proctor, const QString& spare)
{
    auto transaction = m_database.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    auto session = m_database.prepare(QStringLiteral("SELECT sitting_id, state, moved_to FROM sessions WHERE id = ?"));
    if (!session)
        return std::unexpected(session.error());
    session->bind(1, sessionId);
    auto found = session->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, tr("There is no session %1 on this station.").arg(sessionId));
    const qint64 sittingId = session->int64(0);
    SessionState state = SessionState::Created;
    stateFromName(session->text(1), &state);
    if (!session->text(2).isEmpty())
        return {}; // told before
    session->reset();
    if (isFinished(state))
        return fail(ErrorCode::NotAllowed,
                    tr("Session %1 had already ended here; its result is this station's.").arg(sessionId));
    const QString why = tr("the sitting went on at station %1").arg(spare);
    auto moved = m_database.prepare(QStringLiteral("UPDATE sessions SET moved_to = ? WHERE id = ?"));
    auto later = m_database.prepare(
        QStringLiteral("UPDATE sessions SET state = 'voided', end_reason = ? WHERE sitting_id = ? AND id <> ? "
                       "AND state IN ('created', 'awaiting-proctor')"));
    auto closed = m_database.prepare(QStringLiteral("UPDATE sittings SET closed = 1 WHERE id = ?"));
    if (!moved || !later || !closed)
        return std::unexpected(!moved ? moved.error() : !later ? later.error() : closed.error());
    moved->bind(1, spare).bind(2, sessionId);
    later->bind(1, why).bind(2, sittingId).bind(3, sessionId);
    closed->bind(1, sittingId);
    for (storage::Statement* statement : {&*moved, &*later, &*closed})
        if (auto done = statement->run(); !done)
            return done;
    if (auto logged =
            m_audit.append(proctor.actor(), QStringLiteral("session.moved-away"), subject(sessionId),
                           QStringLiteral("to station %1; this station records nothing more for it").arg(spare));
        !logged)
        return logged;
    return transaction->commit();
}

} // namespace exam::session
