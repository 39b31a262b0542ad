#pragma once

#include "error.h"
#include "replicasnapshot.h"

#include <QString>

namespace exam {
class Clock;
namespace storage {
class Database;
}
} // namespace exam

namespace exam::session {

class AuditLog;
class ProctorAuthorization;

// A session moving from a dead station to a spare one (issue 26). The spare makes the session from its
// replica (the console's copy): the candidate, the accommodations, the same form, every confirmed
// response, where the candidate was and the time as charged, paused for the proctor, who checks the
// candidate's identity and resumes. The station it left, when it comes back, learns that the session
// went on elsewhere: it closes the sitting and records nothing for it.
class SessionTransfer
{
    Q_DECLARE_TR_FUNCTIONS(exam::session::SessionTransfer)
public:
    SessionTransfer(storage::Database& database, AuditLog& audit, ReplicaJournal& journal, const Clock& clock);

    // The spare's side, in one transaction: refused (with what to do) when this station is in the middle
    // of a sitting, lacks the module's bank in the same version, already took this session, or the
    // session had ended. Its replica here begins with the set-up and where it moved from. The new
    // session's id.
    Result<qint64> receive(const ReplicaSnapshot& moved, const ProctorAuthorization& proctor, const QString& reason);

    // The side of the station the session left: the session is marked as gone on at `spare`, the
    // sitting closed (its modules not begun voided), in the audit log.
    Result<void> movedAway(qint64 sessionId, const ProctorAuthorization& proctor, const QString& spare);

    // The state a moved session is in on the spare: a running one (or a break) waits paused for the
    // proctor; one not started is where it was.
    static SessionState stateOnSpare(SessionState before);

private:
    Result<void> refuseUnlessReady(const ReplicaSnapshot& moved, const QString& origin);
    Result<qint64> insertSession(const ReplicaSnapshot& moved, qint64 sittingId, const QString& origin);

    storage::Database& m_database;
    AuditLog& m_audit;
    ReplicaJournal& m_journal;
    const Clock& m_clock;
};

} // namespace exam::session
