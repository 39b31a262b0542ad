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

Result<void> SessionEngine::commit(const Saved& next, const QString& actor, const QString& kind, const QString& detail,
                                   const std::function<Result<void>()>& extra, const std::function<void()>& applied)
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

Result<void> SessionEngine::checkCandidateAction(int position)
{
    if (auto due = timeOutIfDue(); !due)
        return due;
    if (m_saved.state == SessionState::TimedOut)
        return refuse(tr("The time for this module is up; your answers were saved."));
    if (m_interrupted)
        return refuse(tr("The session was interrupted. Please call the proctor to resume it."));
    if (m_saved.state == SessionState::Paused)
        return refuse(tr("The session is paused by the proctor."));
    if (m_saved.state == SessionState::OnBreak)
        return refuse(tr("You are on a break and the clock is stopped. Go back to the exam first."));
    if (m_saved.state != SessionState::InProgress)
        return refuse(tr("The session is not in progress."));
    if (position < 0 || position >= itemCount())
        return fail(ErrorCode::InvalidArgument, tr("There is no question %1.").arg(position + 1));
    return {};
}

Result<void> SessionEngine::candidateReady()
{
    if (m_saved.state != SessionState::Created)
        return refuse(tr("The session has already been started."));
    Saved next = m_saved;
    next.state = SessionState::AwaitingProctor;
    return commit(next, QStringLiteral("candidate"), QStringLiteral("session.candidate-ready"), QString());
}

Result<void> SessionEngine::answer(int position, int displayedOption)
{
    if (auto allowed = checkCandidateAction(position); !allowed)
        return allowed;
    if (displayedOption < 0 || displayedOption >= m_form.items[position].optionOrder.size())
        return fail(ErrorCode::InvalidArgument, tr("There is no such option."));
    const std::optional<int> before = m_responses[position].choice;
    if (before == displayedOption && m_saved.current == position)
        return {}; // nothing changes: nothing to write
    Saved next = current();
    next.current = position;
    const bool change = before.has_value() && *before != displayedOption;
    const int unstruck = m_responses[position].struck & ~(1 << displayedOption);
    auto done = commit(
        next, QStringLiteral("candidate"), change ? QStringLiteral("item.changed") : QStringLiteral("item.answered"),
        QStringLiteral("question %1").arg(position + 1),
        [&]() -> Result<void> {
            // The chosen option is no longer struck out.
            auto update = m_database.prepare(
                QStringLiteral("UPDATE responses SET choice = ?, changes = changes + ?, answered_at_ms = ?, struck = ? "
                               "WHERE session_id = ? AND position = ?"));
            if (!update)
                return std::unexpected(update.error());
            update->bind(1, displayedOption)
                .bind(2, change ? 1 : 0)
                .bind(3, next.elapsedMs)
                .bind(4, unstruck)
                .bind(5, m_sessionId)
                .bind(6, position);
            return update->run();
        },
        [&] {
            m_responses[position].choice = displayedOption;
            m_responses[position].struck = unstruck;
        });
    return done;
}

Result<void> SessionEngine::clearAnswer(int position)
{
    if (auto allowed = checkCandidateAction(position); !allowed)
        return allowed;
    if (!m_responses[position].choice)
        return {};
    Saved next = current();
    next.current = position;
    auto done = commit(
        next, QStringLiteral("candidate"), QStringLiteral("item.cleared"),
        QStringLiteral("question %1").arg(position + 1),
        [&]() -> Result<void> {
            auto update = m_database.prepare(QStringLiteral(
                "UPDATE responses SET choice = NULL, changes = changes + 1 WHERE session_id = ? AND position = ?"));
            if (!update)
                return std::unexpected(update.error());
            update->bind(1, m_sessionId).bind(2, position);
            return update->run();
        },
        [&] { m_responses[position].choice.reset(); });
    return done;
}

Result<void> SessionEngine::setFlag(int position, bool flagged)
{
    if (auto allowed = checkCandidateAction(position); !allowed)
        return allowed;
    if (m_responses[position].flagged == flagged)
        return {};
    Saved next = current();
    next.current = position;
    auto done = commit(
        next, QStringLiteral("candidate"), flagged ? QStringLiteral("item.flagged") : QStringLiteral("item.unflagged"),
        QStringLiteral("question %1").arg(position + 1),
        [&]() -> Result<void> {
            auto update = m_database.prepare(
                QStringLiteral("UPDATE responses SET flagged = ? WHERE session_id = ? AND position = ?"));
            if (!update)
                return std::unexpected(update.error());
            update->bind(1, flagged).bind(2, m_sessionId).bind(3, position);
            return update->run();
        },
        [&] { m_responses[position].flagged = flagged; });
    return done;
}

Result<void> SessionEngine::setStruck(int position, int displayedOption, bool struck)
{
    if (auto allowed = checkCandidateAction(position); !allowed)
        return allowed;
    if (displayedOption < 0 || displayedOption >= m_form.items[position].optionOrder.size())
        return fail(ErrorCode::InvalidArgument, tr("There is no such option."));
    const int mask = struck ? m_responses[position].struck | (1 << displayedOption)
                            : m_responses[position].struck & ~(1 << displayedOption);
    if (mask == m_responses[position].struck)
        return {};
    Saved next = current();
    next.current = position;
    const QChar letter = QLatin1Char(char('A' + displayedOption));
    return commit(
        next, QStringLiteral("candidate"), struck ? QStringLiteral("option.struck") : QStringLiteral("option.restored"),
        QStringLiteral("question %1, option %2").arg(position + 1).arg(letter),
        [&]() -> Result<void> {
            auto update = m_database.prepare(
                QStringLiteral("UPDATE responses SET struck = ? WHERE session_id = ? AND position = ?"));
            if (!update)
                return std::unexpected(update.error());
            update->bind(1, mask).bind(2, m_sessionId).bind(3, position);
            return update->run();
        },
        [&] { m_responses[position].struck = mask; });
}

Result<void> SessionEngine::moveTo(int position)
{
    if (auto allowed = checkCandidateAction(position); !allowed)
        return allowed;
    if (position == m_saved.current)
        return {};
    Saved next = current();
    next.current = position;
    return commit(next, QStringLiteral("candidate"), QStringLiteral("item.moved"),
                  QStringLiteral("question %1").arg(position + 1));
}

Result<void> SessionEngine::submit()
{
    if (auto allowed = checkCandidateAction(m_saved.current); !allowed)
        return allowed;
    Saved next = current();
    next.state = SessionState::Submitted;
    next.endReason = QStringLiteral("submitted by the candidate");
    return commit(next, QStringLiteral("candidate"), QStringLiteral("session.submitted"),
                  QStringLiteral("%1 of %2 items answered").arg(answeredCount()).arg(itemCount()));
}

QString SessionEngine::timeLeftNote(const Saved& at) const
{
    return m_limitMs == 0 ? QStringLiteral("untimed")
                          : QStringLiteral("%1 s left").arg(remainingMs(at.elapsedMs, at.extensionsMs) / 1000);
}

Result<void> SessionEngine::startBreak()
{
    if (auto allowed = checkCandidateAction(m_saved.current); !allowed)
        return allowed;
    if (!m_breaksAllowed)
        return refuse(tr("Breaks that stop the clock are not among your accommodations. Please call the proctor "
                         "if you need a break."));
    Saved next = current();
    next.state = SessionState::OnBreak;
    return commit(next, QStringLiteral("candidate"), QStringLiteral("session.break-started"), timeLeftNote(next), {},
                  [this] { m_breakStartMs = m_saved.breakMs; });
}

Result<void> SessionEngine::endBreak()
{
    if (m_interrupted)
        return refuse(tr("The session was interrupted. Please call the proctor to resume it."));
    if (m_saved.state != SessionState::OnBreak)
        return refuse(tr("You are not on a break."));
    const qint64 breakMs = breakNowMs() - m_breakStartMs;
    Saved next = endingBreak(current());
    next.state = SessionState::InProgress;
    return commit(next, QStringLiteral("candidate"), QStringLiteral("session.break-ended"),
                  QStringLiteral("break of %1 s").arg(breakMs / 1000));
}

Result<void> SessionEngine::start(const ProctorAuthorization& proctor)
{
    if (m_saved.state != SessionState::Created && m_saved.state != SessionState::AwaitingProctor)
        return refuse(tr("Only a session that has not started yet can be started."));
    Saved next = m_saved;
    next.state = SessionState::InProgress;
    return commit(next, proctor.actor(), QStringLiteral("session.started"), QString());
}

Result<void> SessionEngine::pause(const ProctorAuthorization& proctor, const QString& reason)
{
    if (onBreak())
        return refuse(tr("The candidate is on a break and the clock is stopped; resume ends the break."));
    if (!running())
        return refuse(tr("Only a running session can be paused."));
    Saved next = current();
    next.state = SessionState::Paused;
    return commit(next, proctor.actor(), QStringLiteral("session.paused"), reason.simplified());
}

Result<void> SessionEngine::resume(const ProctorAuthorization& proctor, const QString& reason)
{
    const bool afterCrash = m_interrupted;
    const bool breakEnds = m_saved.state == SessionState::OnBreak;
    if (m_saved.state != SessionState::Paused && !breakEnds && !afterCrash)
        return refuse(tr("Only a paused or interrupted session, or a candidate's break, can be resumed."));
    Saved next = endingBreak(current());
    next.state = SessionState::InProgress;
    const QString kind = afterCrash  ? QStringLiteral("session.resumed-after-interruption")
                         : breakEnds ? QStringLiteral("session.break-ended")
                                     : QStringLiteral("session.resumed");
    // A break that ends here says how long it was, also one cut off by a crash: starts and ends pair up.
    QStringList detail;
    if (breakEnds)
        detail << QStringLiteral("break of %1 s").arg((next.breakMs - m_breakStartMs) / 1000);
    if (afterCrash && breakEnds)
        detail << QStringLiteral("the break was cut off by the interruption");
    detail << timeLeftNote(next);
    if (!reason.simplified().isEmpty())
        detail << reason.simplified();
    return commit(next, proctor.actor(), kind, detail.join(QStringLiteral("; ")), {},
                  [this] { m_interrupted = false; }); // the clock runs again from the committed checkpoint
}

Result<void> SessionEngine::extend(const ProctorAuthorization& proctor, int minutes)
{
    if (isFinished(m_saved.state))
        return refuse(tr("The session has ended; its time can no longer be extended."));
    if (m_limitMs == 0)
        return refuse(tr("The session is untimed."));
    if (minutes < 1 || minutes > 240)
        return fail(ErrorCode::InvalidArgument, tr("An extension is 1 to 240 minutes."));
    Saved next = current();
    next.extensionsMs += qint64(minutes) * 60'000;
    auto done =
        commit(next, proctor.actor(), QStringLiteral("session.extended"), QStringLiteral("%1 min").arg(minutes));
    if (done) {
        const qint64 left = remainingMs(m_saved.elapsedMs, m_saved.extensionsMs);
        for (int point : m_warningPoints)
            if (left > qint64(point) * 60'000)
                m_warned.remove(point); // warn again when the new end approaches
    }
    return done;
}

Result<void> SessionEngine::voidSession(const ProctorAuthorization& proctor, const QString& reason)
{
    if (isFinished(m_saved.state))
        return refuse(tr("The session has already ended."));
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("Give the reason for voiding the session."));
    Saved next = endingBreak(current());
    next.state = SessionState::Voided;
    next.endReason = reason.trimmed();
    return commit(next, proctor.actor(), QStringLiteral("session.voided"), reason.trimmed(), {},
                  [this] { m_interrupted = false; });
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
