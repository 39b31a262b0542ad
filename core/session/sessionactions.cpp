// The session engine's actions: what the candidate does (answer, flag, strike out, move, break,
// submit) and what a proctor does (start, pause, resume, extend, void), each checked against the
// session's state and committed through SessionEngine::commit. The engine's clock, storage and commit
// are in sessionengine.cpp.
#include "sessionengine.h"

#include "auditlog.h"
#include "proctoraccounts.h"
#include "storage/database.h"
#include "util/clock.h"

namespace exam::session {

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
        },
        responseAfter(position, Response{displayedOption, m_responses[position].flagged, unstruck}));
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
        [&] { m_responses[position].choice.reset(); },
        responseAfter(position, Response{std::nullopt, m_responses[position].flagged, m_responses[position].struck}));
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
        [&] { m_responses[position].flagged = flagged; },
        responseAfter(position, Response{m_responses[position].choice, flagged, m_responses[position].struck}));
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
        [&] { m_responses[position].struck = mask; },
        responseAfter(position, Response{m_responses[position].choice, m_responses[position].flagged, mask}));
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

} // namespace exam::session
