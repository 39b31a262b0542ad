#pragma once

#include "error.h"
#include "replicasetup.h"
#include "sessionstate.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace exam::storage {
class Database;
}

namespace exam::session {

// A response as a session carries it to another station: what the result record needs of it.
struct CarriedResponse
{
    std::optional<int> choice; // displayed option index
    bool flagged = false;
    int struck = 0;
    qint64 changes = 0;                 // as the result record counts them
    std::optional<qint64> answeredAtMs; // elapsed time at the last answer
    void write(CanonicalWriter& out) const;
    static CarriedResponse read(StrictObject& in);
    bool operator==(const CarriedResponse&) const = default;
};

// One committed step of a session as its replica keeps it (issue 26): what the candidate or a proctor
// did and the session as it stood after it — enough to go on with the sitting elsewhere, and nothing of
// the items' content (item positions, displayed option indices, times).
struct ReplicaEntry
{
    qint64 sessionId = 0;
    qint64 sequence = 0; // 1, 2, … within the session
    QDateTime at;        // the station's wall clock (for people; the times that count are below)
    QString kind;        // the audit entry's kind ("item.answered"…), or "checkpoint" for time alone
    // The session after the step.
    SessionState state = SessionState::Created;
    qint64 elapsedMs = 0;
    qint64 extensionsMs = 0;
    int current = 0;
    int breaksTaken = 0;
    qint64 breakMs = 0;
    qint64 storageHeldMs = 0;
    // The response the step changed, as it is after it (answer, change, clear, flag, strike).
    struct Response
    {
        int position = 0;
        std::optional<int> choice; // displayed option index
        bool flagged = false;
        int struck = 0;
        bool operator==(const Response&) const = default;
    };
    std::optional<Response> response;
    // The first entry of a session's replica carries its set-up; the journal reads it when it writes
    // that entry.
    std::optional<ReplicaSetup> setup;
    // Where a session moved to this station from (a spare going on with it): each earlier station's
    // session, its replica's last entry and that entry's hash, oldest first. In the first entry only.
    struct Origin
    {
        QString stationId;
        qint64 sessionId = 0;
        qint64 sequence = 0;
        QByteArray head;
        void write(CanonicalWriter& out) const;
        static Origin read(StrictObject& in);
        bool operator==(const Origin&) const = default;
    };
    QList<Origin> movedFrom;
    // With movedFrom: every response as it stood when the session moved here, one per form position
    // (a later move goes on from them and the steps after).
    QList<CarriedResponse> responses;

    // Canonical JSON (RFC 8785), what the chain hashes.
    QByteArray body() const;
    static Result<ReplicaEntry> fromBody(const QByteArray& body);
    bool operator==(const ReplicaEntry&) const = default;
};

// The station's journal of every committed session step, chained per session: each entry's hash covers
// the previous entry's hash and its own canonical body, so an entry changed, dropped, inserted or
// reordered breaks every link after it. Written in the same transaction as the step itself (the
// engine's commit), so the journal holds a step exactly when the session does.
class ReplicaJournal
{
    Q_DECLARE_TR_FUNCTIONS(exam::session::ReplicaJournal)
public:
    explicit ReplicaJournal(storage::Database& database) : m_database(database) { }

    // Appends `entry` (its sequence number is set here) inside the caller's transaction; the caller
    // says committed() once that transaction is, so the next entry links to it without a query.
    Result<void> append(ReplicaEntry entry);
    void committed();
    // The sequence number of the session's newest entry this journal wrote or read (0: none yet).
    qint64 lastSequence(qint64 sessionId) const { return m_last.value(sessionId).sequence; }

    struct Stored
    {
        ReplicaEntry entry;
        QByteArray body;
        QByteArray previousHash;
        QByteArray hash;
    };
    // The session's entries after `afterSequence`, in order.
    Result<QList<Stored>> entries(qint64 sessionId, qint64 afterSequence = 0);
    // The newest session with a replica here, if any.
    Result<std::optional<qint64>> newestSession();
    // The hash of the session's newest entry (32 zero bytes when it has none).
    Result<QByteArray> head(qint64 sessionId);
    // What a result record says of the replica: its last entry and the stations the session moved from.
    // Nothing for a session without a replica.
    struct Summary
    {
        qint64 sequence = 0;
        QByteArray head;
        QList<ReplicaEntry::Origin> movedFrom;
    };
    Result<std::optional<Summary>> summary(qint64 sessionId);
    // The sequence number of the first entry whose link does not hold, or none. `entries` are those
    // after `afterSequence` (0: the whole replica, which must begin at 1 from the zero hash).
    static std::optional<qint64> firstBrokenLink(const QList<Stored>& entries, qint64 afterSequence = 0);

    static QByteArray linkHash(const QByteArray& previousHash, const QByteArray& body);

    // What a station signs with its Ed25519 station key for the console (format "exam-replica-head/1",
    // RFC 8785): that its session's replica, as chained, ends at `sequence` with `head`. Each entry
    // before it is bound by the chain, so one signature proves the whole replica up to there.
    static QByteArray headStatement(const QString& stationId, qint64 sessionId, qint64 sequence,
                                    const QByteArray& head);

private:
    struct Link
    {
        qint64 sequence = 0;
        QByteArray hash;
    };
    storage::Database& m_database;
    QHash<qint64, Link> m_last;                        // per session: the newest committed entry
    std::optional<std::pair<qint64, Link>> m_appended; // written, its transaction not yet committed
};

} // namespace exam::session
