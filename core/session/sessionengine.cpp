#include "sessionengine.h"

#include "auditlog.h"
#include "proctoraccounts.h"
#include "sittings.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QLoggingCategory>

namespace exam::session {

Q_LOGGING_CATEGORY(lcSession, "exam.session")

namespace {

constexpr qint64 UntimedRemainingMs = 24 * 3600 * 1000;

QString subject(qint64 sessionId)
{
    return QStringLiteral("session:%1").arg(sessionId);
}

} // namespace

SessionEngine::SessionEngine(storage::Database& database, AuditLog& audit, const Clock& clock)
    : m_database(database), m_audit(audit), m_clock(clock)
{
}

SessionEngine::~SessionEngine() = default;

Result<std::unique_ptr<SessionEngine>> SessionEngine::open(storage::Database& database, AuditLog& audit,
                                                           const Clock& clock, qint64 sessionId)
{
    std::unique_ptr<SessionEngine> engine(new SessionEngine(database, audit, clock));
    engine->m_sessionId = sessionId;
    auto session = database.prepare(QStringLiteral(
        "SELECT s.bank_id, s.state, s.limit_ms, s.extensions_ms, s.elapsed_ms, s.current_position, s.end_reason, "
        "s.time_factor_pct, s.breaks_taken, s.break_ms, t.accommodations, s.storage_held_ms "
        "FROM sessions s JOIN sittings t ON t.id = s.sitting_id "
        "WHERE s.id = ?"));
    if (!session)
        return std::unexpected(session.error());
    session->bind(1, sessionId);
    auto row = session->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("There is no session %1 on this station.").arg(sessionId));
    engine->m_bankId = session->text(0);
    if (!stateFromName(session->text(1), &engine->m_saved.state))
        return fail(ErrorCode::DatabaseCorrupt,
                    tr("Session %1 has an unknown state “%2”.").arg(sessionId).arg(session->text(1)));
    engine->m_limitMs = session->int64(2);
    engine->m_saved.extensionsMs = session->int64(3);
    engine->m_saved.elapsedMs = session->int64(4);
    engine->m_saved.current = int(session->int64(5));
    engine->m_saved.endReason = session->text(6);
    engine->m_timeFactorPercent = int(session->int64(7));
    engine->m_saved.breaksTaken = int(session->int64(8));
    engine->m_saved.breakMs = session->int64(9);
    engine->m_saved.storageHeldMs = session->int64(11);
    engine->m_breakStartMs = engine->m_saved.breakMs;
    engine->m_breaksAllowed =
        Sittings::accommodationsFrom(session->text(10).toUtf8(), engine->m_timeFactorPercent).breaks;

    auto items = database.prepare(QStringLiteral(
        "SELECT i.item_id, i.option_order, r.choice, r.flagged, r.struck FROM session_items i JOIN responses r "
        "ON r.session_id = i.session_id AND r.position = i.position WHERE i.session_id = ? ORDER BY i.position"));
    if (!items)
        return std::unexpected(items.error());
    items->bind(1, sessionId);
    while (true) {
        auto next = items->step();
        if (!next)
            return std::unexpected(next.error());
        if (!*next)
            break;
        FormItem item{items->text(0), {}};
        for (const QString& option : items->text(1).split(u','))
            item.optionOrder.append(option.toInt());
        engine->m_form.items.append(item);
        Response response;
        if (!items->isNull(2))
            response.choice = int(items->int64(2));
        response.flagged = items->int64(3) != 0;
        response.struck = int(items->int64(4));
        engine->m_responses.append(response);
    }
    // A session found running (or on a break) was cut off by a crash or power cut: its clock waits for a
    // proctor, who sees the candidate before anything goes on.
    engine->m_interrupted =
        engine->m_saved.state == SessionState::InProgress || engine->m_saved.state == SessionState::OnBreak;
    engine->m_runningSince = clock.monotonic().count();
    const qint64 left = engine->remainingMs(engine->m_saved.elapsedMs, engine->m_saved.extensionsMs);
    for (int point : engine->m_warningPoints)
        if (left <= qint64(point) * 60'000)
            engine->m_warned.insert(point);
    return engine;
}

int SessionEngine::answeredCount() const
{
    return int(std::count_if(m_responses.cbegin(), m_responses.cend(),
                             [](const Response& r) { return r.choice.has_value(); }));
}

qint64 SessionEngine::clockNowMs() const
{
    return m_holdSince.value_or(m_clock.monotonic().count());
}

qint64 SessionEngine::elapsedNowMs() const
{
    return m_saved.elapsedMs + (running() ? clockNowMs() - m_runningSince : 0);
}

void SessionEngine::holdClock()
{
    hold(Hold::ProctorScreen);
}

void SessionEngine::hold(Hold reason)
{
    if (!m_holdSince)
        m_holdSince = m_clock.monotonic().count();
    m_holds |= reason;
}

void SessionEngine::release(Hold reason, bool charged)
{
    if (!m_holds.testFlag(reason))
        return;
    m_holds.setFlag(reason, false);
    if (m_holds || !m_holdSince)
        return; // another reason still holds it (a charged proctor's hold inside a storage hold is not charged)
    // The held time is left out (the clocks go on from where they stood), unless it is charged.
    if (!charged)
        m_runningSince += m_clock.monotonic().count() - *m_holdSince;
    m_holdSince.reset();
    Q_EMIT changed();
}

void SessionEngine::releaseClock(bool charged)
{
    release(Hold::ProctorScreen, charged);
}

qint64 SessionEngine::remainingMs(qint64 elapsedMs, qint64 extensionsMs) const
{
    if (m_limitMs == 0)
        return UntimedRemainingMs;
    return std::max<qint64>(0, m_limitMs + extensionsMs - elapsedMs);
}

qint64 SessionEngine::breakNowMs() const
{
    return m_saved.breakMs + (onBreak() ? clockNowMs() - m_runningSince : 0);
}

std::chrono::milliseconds SessionEngine::currentBreak() const
{
    return std::chrono::milliseconds(m_saved.state == SessionState::OnBreak ? breakNowMs() - m_breakStartMs : 0);
}

SessionEngine::Saved SessionEngine::current() const
{
    Saved now = m_saved;
    now.elapsedMs = elapsedNowMs();
    now.breakMs = breakNowMs();
    return now;
}

SessionEngine::Saved SessionEngine::endingBreak(Saved next) const
{
    if (m_saved.state == SessionState::OnBreak)
        ++next.breaksTaken;
    return next;
}

std::chrono::milliseconds SessionEngine::elapsed() const
{
    return std::chrono::milliseconds(elapsedNowMs());
}

std::chrono::milliseconds SessionEngine::remaining() const
{
    return std::chrono::milliseconds(remainingMs(elapsedNowMs(), m_saved.extensionsMs));
}

void SessionEngine::setWarningPoints(const QList<int>& minutes)
{
    m_warningPoints = minutes;
    std::sort(m_warningPoints.begin(), m_warningPoints.end(), std::greater<int>());
}

Result<void> SessionEngine::refuse(const QString& message) const
{
    return fail(ErrorCode::NotAllowed, message);
}

ReplicaEntry::Response SessionEngine::responseAfter(int position, const Response& after) const
{
    return ReplicaEntry::Response{position, after.choice, after.flagged, after.struck};
}

Result<void> SessionEngine::commit(const Saved& next, const QString& actor, const QString& kind, const QString& detail,
                                   const std::function<Result<void>()>& extra, const std::function<void()>& applied,
                                   const std::optional<ReplicaEntry::Response>& response)
{
    // The first commit that works after saving failed also keeps how long the clock stood still, and
    // tells the audit log when saving stopped: nothing could be written then.
    Saved toWrite = next;
    const bool recovering = m_storageFailedSince.has_value();
    const qint64 heldMs = recovering ? m_clock.monotonic().count() - *m_storageFailedSince : 0;
    if (m_holds.testFlag(Hold::Storage)) // on a break (or paused) the candidate lost no working time
        toWrite.storageHeldMs += heldMs;
    const auto write = [&]() -> Result<void> {
        auto transaction = m_database.begin();
        if (!transaction)
            return std::unexpected(transaction.error());
        if (recovering) {
            const QString note =
                QStringLiteral("saving failed from %1 for %2 s%3")
                    .arg(m_storageFailedAt.toUTC().toString(Qt::ISODateWithMs))
                    .arg(double(heldMs) / 1000.0, 0, 'f', 1)
                    .arg(m_holds.testFlag(Hold::Storage) ? QStringLiteral("; the clock stood still") : QString());
            if (auto logged = m_audit.append(QStringLiteral("station"), QStringLiteral("session.saving-restored"),
                                             subject(m_sessionId), note);
                !logged)
                return logged;
        }
        if (extra) {
            if (auto done = extra(); !done)
                return done;
        }
        auto update = m_database.prepare(QStringLiteral(
            "UPDATE sessions SET state = ?, elapsed_ms = ?, extensions_ms = ?, current_position = ?, end_reason = ?, "
            "breaks_taken = ?, break_ms = ?, storage_held_ms = ? WHERE id = ?"));
        if (!update)
            return std::unexpected(update.error());
        update->bind(1, stateName(toWrite.state))
            .bind(2, toWrite.elapsedMs)
            .bind(3, toWrite.extensionsMs)
            .bind(4, toWrite.current)
            .bind(5, toWrite.endReason)
            .bind(6, toWrite.breaksTaken)
            .bind(7, toWrite.breakMs)
            .bind(8, toWrite.storageHeldMs)
            .bind(9, m_sessionId);
        if (auto done = update->run(); !done)
            return done;
        if (!kind.isEmpty()) { // time checkpoints are not events: they would flood the audit log
            if (auto logged = m_audit.append(actor, kind, subject(m_sessionId), detail); !logged)
                return logged;
        }
        if (m_journal) { // the replica has time checkpoints too: the time charged is part of the sitting
            ReplicaEntry entry;
            entry.sessionId = m_sessionId;
            entry.at = m_clock.utcNow();
            entry.kind = kind.isEmpty() ? QStringLiteral("checkpoint") : kind;
            entry.state = toWrite.state;
            entry.elapsedMs = toWrite.elapsedMs;
            entry.extensionsMs = toWrite.extensionsMs;
            entry.current = toWrite.current;
            entry.breaksTaken = toWrite.breaksTaken;
            entry.breakMs = toWrite.breakMs;
            entry.storageHeldMs = toWrite.storageHeldMs;
            entry.response = response;
            if (auto journaled = m_journal->append(entry); !journaled)
                return journaled;
        }
        if (isFinished(toWrite.state) && !isFinished(m_saved.state) && m_finisher) {
            if (auto finished = m_finisher(m_sessionId); !finished)
                return finished;
        }
        return transaction->commit();
    };
    if (auto written = write(); !written) {
        storageFailed(written.error());
        return fail(written.error().code, tr("This could not be saved: %1 Nothing saved before is lost. Please call "
                                             "the proctor.")
                                              .arg(written.error().message));
    }
    m_saved = toWrite;
    if (m_journal)
        m_journal->committed();
    if (applied)
        applied();
    m_runningSince = m_clock.monotonic().count();
    if (m_holdSince) // what was committed stands at the hold; the hold goes on from here
        m_holdSince = m_runningSince;
    if (m_storageProblem) {
        qCInfo(lcSession, "session %lld: saving works again after %.1f s; the clock goes on", m_sessionId,
               double(heldMs) / 1000.0);
        m_storageProblem = false;
        m_storageFailedSince.reset();
        release(Hold::Storage, false);
        Q_EMIT storageProblemChanged(false);
    }
    Q_EMIT changed();
    return {};
}

void SessionEngine::storageFailed(const Error& why)
{
    if (m_storageProblem)
        return;
    // The disk cannot take the save (full, or failing): the candidate can do nothing until it works
    // again, and their clock stands still meanwhile. Other refusals (a result that cannot be signed, say)
    // stop nothing.
    const bool disk = why.code == ErrorCode::StorageFull || why.code == ErrorCode::IoError;
    qCWarning(lcSession, "session %lld: saving failed%s: %s", m_sessionId,
              disk && running() ? ", the clock stands still until it works again" : "", qPrintable(why.message));
    m_storageProblem = true;
    m_storageFailedSince = m_clock.monotonic().count();
    m_storageFailedAt = m_clock.utcNow();
    if (disk && running())
        hold(Hold::Storage);
    Q_EMIT storageProblemChanged(true);
}

Result<void> SessionEngine::timeOutIfDue()
{
    if (!running() || m_limitMs == 0)
        return {};
    const qint64 elapsedMs = elapsedNowMs();
    if (remainingMs(elapsedMs, m_saved.extensionsMs) > 0)
        return {};
    Saved next = m_saved;
    next.state = SessionState::TimedOut;
    next.elapsedMs = m_limitMs + m_saved.extensionsMs; // the time allowed, not a late tick's overshoot
    next.endReason = QStringLiteral("time limit reached");
    if (auto done = commit(next, QStringLiteral("station"), QStringLiteral("session.timed-out"),
                           QStringLiteral("%1 of %2 items answered").arg(answeredCount()).arg(itemCount()));
        !done)
        return done;
    Q_EMIT timedOut();
    return {};
}

void SessionEngine::emitWarnings()
{
    if (!running() || m_limitMs == 0)
        return;
    const qint64 left = remainingMs(elapsedNowMs(), m_saved.extensionsMs);
    for (int point : m_warningPoints) {
        if (left <= qint64(point) * 60'000 && !m_warned.contains(point)) {
            m_warned.insert(point);
            Q_EMIT timeWarning(point);
        }
    }
}

Result<void> SessionEngine::tick()
{
    if (m_holds.testFlag(Hold::ProctorScreen))
        return {};   // the clocks stand still: nothing to checkpoint, no time to run out (held for storage
                     // alone, the tick goes on trying to save)
    if (onBreak()) { // the break's length is checkpointed like the time, for the record
        if (m_clock.monotonic().count() - m_runningSince < CheckpointIntervalMs && !m_storageProblem)
            return {};
        return commit(current(), QString(), QString(), QString());
    }
    if (!running())
        return {};
    if (auto due = timeOutIfDue(); !due || m_saved.state == SessionState::TimedOut)
        return due;
    emitWarnings();
    if (m_clock.monotonic().count() - m_runningSince < CheckpointIntervalMs && !m_storageProblem)
        return {};
    Saved next = current();
    return commit(next, QString(), QString(), QString());
}

} // namespace exam::session
