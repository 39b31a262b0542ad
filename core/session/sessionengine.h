#pragma once

#include "error.h"
#include "form.h"
#include "replicajournal.h"
#include "sessionstate.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace exam {
class Clock;
namespace storage {
class Database;
}
} // namespace exam

namespace exam::session {

class AuditLog;
class ProctorAuthorization;

// One module's session, driven by the candidate's actions and the proctor's authority. Usable without
// any widget: the kiosk's screens call it and listen to its signals.
//
// Durability: every action (answer, change, clear, flag, move, and every proctor action) is one
// committed transaction that also checkpoints the elapsed time and appends an audit entry. An action
// is done only when its method returned success; the in-memory state changes only after the commit.
// When storage fails, the action is refused, storageProblem() turns true ("call the proctor"), and the
// next action or tick that commits clears it; nothing already saved is lost. Meanwhile the candidate
// cannot work, so the clock stands still; the time it stood is kept (storageHeldMs, in the result) and
// the audit log gets when saving stopped and how long, once it works again.
//
// Time: the limit (module minutes × accommodation factor) plus proctor extensions, minus the active
// time measured on the monotonic clock while the session is in progress. Pauses and the candidate's
// breaks (an accommodation) do not count; break time is measured and recorded on its own. After a
// crash the session is "interrupted": its clock stands still at the last checkpoint (the gap of the
// crash is not charged, at most the few seconds since the last checkpoint are lost to the candidate's
// favour) until a proctor resumes it. Wall-clock changes change nothing.
class SessionEngine : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        std::optional<int> choice; // displayed option index (0 = A)
        bool flagged = false;
        int struck = 0; // displayed options struck out by the candidate (A7): bit 0 = A

        bool isStruck(int displayedOption) const { return (struck >> displayedOption) & 1; }
    };

    static constexpr qint64 CheckpointIntervalMs = 4'000; // with a tick every second: ≤ 5 s lost to a crash

    static Result<std::unique_ptr<SessionEngine>> open(storage::Database& database, AuditLog& audit, const Clock& clock,
                                                       qint64 sessionId);
    ~SessionEngine() override;

    qint64 sessionId() const { return m_sessionId; }
    QString bankId() const { return m_bankId; }
    SessionState state() const { return m_saved.state; }
    bool interrupted() const { return m_interrupted; }
    bool storageProblem() const { return m_storageProblem; }
    bool timed() const { return m_limitMs > 0; }
    int timeFactorPercent() const { return m_timeFactorPercent; } // 100 = standard time; 0 = untimed
    bool breaksAllowed() const { return m_breaksAllowed; }        // the candidate's breaks accommodation
    int breaksTaken() const { return m_saved.breaksTaken; }       // breaks ended so far
    // All break time so far, and the current break's alone (zero when not on a break).
    std::chrono::milliseconds breakTime() const { return std::chrono::milliseconds(breakNowMs()); }
    std::chrono::milliseconds currentBreak() const;
    std::chrono::milliseconds extensions() const { return std::chrono::milliseconds(m_saved.extensionsMs); }

    int itemCount() const { return int(m_form.items.size()); }
    int currentPosition() const { return m_saved.current; }
    const FormItem& formItem(int position) const { return m_form.items.at(position); }
    Response response(int position) const { return m_responses.at(position); }
    int answeredCount() const;

    std::chrono::milliseconds elapsed() const;
    // The elapsed time as last committed: what a crash now would resume from.
    std::chrono::milliseconds checkpointedElapsed() const { return std::chrono::milliseconds(m_saved.elapsedMs); }
    // Time left; for an untimed session, always the full day.
    std::chrono::milliseconds remaining() const;
    // Minutes-left points at which timeWarning() fires (default 15, 5 and 1).
    void setWarningPoints(const QList<int>& minutes);

    // Runs inside the transaction that ends the session (submit, timeout, void), after the session row
    // and the audit entry are written: the result record and its outbox row go in with them, so a
    // session never ends without its record, nor gets a record without ending. A failure refuses the
    // ending like any storage failure.
    using Finisher = std::function<Result<void>(qint64 sessionId)>;
    void setFinisher(Finisher finisher) { m_finisher = std::move(finisher); }
    // Every commit from now on also goes into `journal` (the session's replica, issue 26), in the same
    // transaction: the replica holds a step exactly when the session does.
    void setJournal(ReplicaJournal* journal) { m_journal = journal; }

    // Candidate
    Result<void> candidateReady();
    Result<void> answer(int position, int displayedOption);
    Result<void> clearAnswer(int position);
    Result<void> setFlag(int position, bool flagged);
    // The answer eliminator (A7): an option struck out, or back in. Not an answer, and not in the
    // result; saved like a flag so that a restart keeps it. Choosing a struck option brings it back.
    Result<void> setStruck(int position, int displayedOption, bool struck);
    Result<void> moveTo(int position);
    Result<void> submit();
    // A break that stops the clock and hides the items, when the accommodation allows it. The
    // candidate ends it, or a proctor does with resume().
    Result<void> startBreak();
    Result<void> endBreak();

    // Proctor
    Result<void> start(const ProctorAuthorization& proctor);
    // The reason (optional) goes into the audit log with the proctor's id.
    Result<void> pause(const ProctorAuthorization& proctor, const QString& reason = {});
    // Also after a crash, and to end a candidate's break.
    Result<void> resume(const ProctorAuthorization& proctor, const QString& reason = {});
    Result<void> extend(const ProctorAuthorization& proctor, int minutes);
    Result<void> voidSession(const ProctorAuthorization& proctor, const QString& reason);

    // While something hides the items from the candidate (a proctor's sign-in, the proctor panel), the
    // clock stands still, as in a pause, but nothing is written: a crash meanwhile resumes from the
    // last checkpoint anyway. Holding twice is holding once.
    // `charged`: the held time counts after all (nobody signed in: a candidate who opened the proctor's
    // sign-in and walked away from it must not have stopped their own clock).
    void holdClock();
    void releaseClock(bool charged = false);
    bool clockHeld() const { return m_holds.testFlag(Hold::ProctorScreen); }

    // Call about once a second: checkpoints the elapsed time, fires warnings, ends a session whose time
    // is up (recorded as timed out).
    Result<void> tick();

Q_SIGNALS:
    void changed();
    void timeWarning(int minutesLeft);
    void timedOut();
    void storageProblemChanged(bool problem);

private:
    struct Saved
    {
        SessionState state = SessionState::Created;
        qint64 elapsedMs = 0;
        qint64 extensionsMs = 0;
        int current = 0;
        QString endReason;
        int breaksTaken = 0;
        qint64 breakMs = 0;
        qint64 storageHeldMs = 0; // the clock stood still while nothing could be saved
    };

    // Why the clock stands still; it goes on when no reason is left.
    enum class Hold { ProctorScreen = 0x1, Storage = 0x2 };
    Q_DECLARE_FLAGS(Holds, Hold)
    void hold(Hold reason);
    void release(Hold reason, bool charged);
    void storageFailed(const Error& why);

    SessionEngine(storage::Database& database, AuditLog& audit, const Clock& clock);
    bool running() const { return m_saved.state == SessionState::InProgress && !m_interrupted; }
    bool onBreak() const { return m_saved.state == SessionState::OnBreak && !m_interrupted; }
    qint64 elapsedNowMs() const;
    // The monotonic time the clocks count to: now, or when the hold began.
    qint64 clockNowMs() const;
    qint64 breakNowMs() const;
    // The saved state brought up to now: the elapsed time and break time as they stand.
    Saved current() const;
    QString timeLeftNote(const Saved& at) const; // for the audit log: "1234 s left" or "untimed"
    // `next` with the current break ended and counted.
    Saved endingBreak(Saved next) const;
    qint64 remainingMs(qint64 elapsedMs, qint64 extensionsMs) const;

    // Writes `next` (and `extra` writes) with an audit entry (none when `kind` is empty) in one
    // transaction; on success it becomes the saved state, `applied` updates the rest of the in-memory
    // state, the clock restarts from it, and changed() tells the listeners, who see it all.
    // `response`: the one the step changes, as it is after it (for the replica).
    Result<void> commit(const Saved& next, const QString& actor, const QString& kind, const QString& detail,
                        const std::function<Result<void>()>& extra = {}, const std::function<void()>& applied = {},
                        const std::optional<ReplicaEntry::Response>& response = {});
    ReplicaEntry::Response responseAfter(int position, const Response& after) const;
    Result<void> refuse(const QString& message) const;
    Result<void> checkCandidateAction(int position);
    Result<void> timeOutIfDue();
    void emitWarnings();

    storage::Database& m_database;
    AuditLog& m_audit;
    const Clock& m_clock;
    qint64 m_sessionId = 0;
    QString m_bankId;
    qint64 m_limitMs = 0;
    int m_timeFactorPercent = 100;
    bool m_breaksAllowed = false;
    qint64 m_breakStartMs = 0; // the break total when the current break began
    Form m_form;
    QList<Response> m_responses;
    Saved m_saved;
    bool m_interrupted = false;
    bool m_storageProblem = false;
    qint64 m_runningSince = 0;         // monotonic ms at the last commit (running or on a break)
    std::optional<qint64> m_holdSince; // monotonic ms when the clock was held (or the last commit since)
    Holds m_holds;
    std::optional<qint64> m_storageFailedSince; // monotonic ms when saving began to fail
    QDateTime m_storageFailedAt;                // the same moment on the wall clock, for the audit log
    QList<int> m_warningPoints{15, 5, 1};
    Finisher m_finisher;
    ReplicaJournal* m_journal = nullptr;
    QSet<int> m_warned;
};

} // namespace exam::session
