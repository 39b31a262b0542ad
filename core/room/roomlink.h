#pragma once

#include "replicaproof.h"
#include "roomaction.h"
#include "session/replicajournal.h"
#include "stationpairing.h"
#include "stationstatus.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <functional>

namespace exam::room {

class RoomChannel;
class RoomLink;

// An action as a station's link took it from its paired console: fresh, its number claimed. Only
// RoomLink makes one, so only such an action becomes a proctor's authority (RoomAuthority).
class ReceivedAction
{
public:
    const ActionFrame& frame() const { return m_frame; }

private:
    friend class RoomLink;
    explicit ReceivedAction(ActionFrame frame) : m_frame(std::move(frame)) { }
    ActionFrame m_frame;
};

// The station's side of its room: a connection to the console it joined, kept up by the station
// (dialled again every RoomTimings::ReconnectMs while it is down, so a console restarted or a cable
// plugged back in finds the room again by itself). It sends the station's status on every change and
// at least every RoomTimings::HeartbeatMs, and hands the console's actions to the kiosk.
//
// Trust: the console must show the key the station paired with; anything else is dropped before a
// byte is sent. An action is handed on only when it is fresh (sent less than RoomTimings::ActionFreshMs
// ago, by the console's clock as its pings tell it) and after its sequence number was claimed
// (`claim`): a replayed or late one is refused, so nothing is applied later by surprise. A console not
// heard from for RoomTimings::LinkSilentMs is dropped and dialled again.
//
// The candidate never sees any of this: the link being down changes nothing at the station.
class RoomLink : public QObject
{
    Q_OBJECT
public:
    // Claims an action's sequence number (StationPairing::claimSequence) before it is applied.
    using SequenceClaim = std::function<Result<void>(const QByteArray& consolePin, qint64 sequence)>;

    RoomLink(QSslConfiguration identity, ConsolePairing pairing, SequenceClaim claim, QObject* parent = nullptr);
    ~RoomLink() override;

    void start();
    bool isConnected() const { return m_welcomed; }
    const ConsolePairing& pairing() const { return m_pairing; }

    // The station's status now: sent at once when it differs from the last one sent.
    void setStatus(const StationStatus& status);
    // The station's answer to an action it was handed (actionReceived).
    void answer(const ActionAnswer& answer);

    // Replication (issue 26): the session's replica entries go to the console in order, after what the
    // console says it has (asked again after every reconnection); call replicate() after each commit.
    using ReplicaReader =
        std::function<Result<QList<session::ReplicaJournal::Stored>>(qint64 sessionId, qint64 afterSequence)>;
    void setReplicaReader(ReplicaReader reader) { m_readReplica = std::move(reader); }
    // Signs each batch's last entry (ReplicaJournal::headStatement) with the station's key: the proof
    // the console keeps. Without one, batches go unsigned.
    using HeadSigner = std::function<Result<ReplicaProof>(qint64 sessionId, qint64 sequence, const QByteArray& head)>;
    void setHeadSigner(HeadSigner signer) { m_signHead = std::move(signer); }
    void replicate(qint64 sessionId);
    // Entries committed here and not yet acknowledged by the console, and for how long the console has
    // been behind without catching up (0 when it is up to date): what the console's tile shows.
    qint64 replicaBehind(qint64 sessionId) const;
    qint64 replicaLagMs(qint64 sessionId) const;

Q_SIGNALS:
    void actionReceived(const exam::room::ReceivedAction& action);
    // An action refused before the kiosk saw it (late, replayed, unreadable), answered so already:
    // for the station's audit log. `sequence` is 0 when it could not be read.
    void actionRejected(qint64 sequence, const QString& why);
    void connectedChanged(bool connected);
    // The console said it keeps the session's replica up to `sequence` (its acknowledgement reached the
    // station): for observers such as exam-bench's replication lag; the link needs no one to listen.
    void replicaAcknowledged(qint64 sessionId, qint64 sequence);

private:
    void dial();
    void onReady(const QByteArray& peerPin);
    void onFrame(const QJsonObject& frame);
    void onClosed(const QString& why);
    void sendStatus();
    void sendReplica(qint64 sessionId);
    void onReplicaAck(const QJsonObject& frame);
    void retryStalledReplicas();
    void noteConsoleClock(qint64 consoleMs);
    static qint64 monotonicMs();

    QSslConfiguration m_identity;
    ConsolePairing m_pairing;
    SequenceClaim m_claim;
    QPointer<RoomChannel> m_channel;
    bool m_welcomed = false;
    QTimer m_redial;
    QTimer m_heartbeat;
    StationStatus m_status;
    QString m_lastProblem;                   // logged once per kind of failure, not once a second
    qint64 m_lastHeardMs = 0;                // from the console, on this station's monotonic clock
    std::optional<qint64> m_consoleOffsetMs; // ours minus the console's, the least of the recent pings
    struct Replication
    {
        bool synced = false;    // the console said what it has, on this connection
        qint64 sent = 0;        // sent on this connection (or known to be there)
        qint64 acked = 0;       // kept by the console
        qint64 committed = 0;   // the newest entry read here
        qint64 lastAckMs = 0;   // when the console last acknowledged (or sending began)
        bool resendDue = false; // a refusal's resend is scheduled
        // Since when the console has had entries to catch up on without making progress (0: up to date).
        qint64 behindSinceMs = 0;
    };
    static constexpr qint64 ReplicaWindow = 256;   // entries sent beyond the last acknowledged
    static constexpr int ReplicaRetryMs = 5'000;   // no acknowledgement for this long: send again
    static constexpr int ReplicaRefusedMs = 2'000; // after a refusal, wait this long before sending again
    static constexpr int ClockSamples = 30;        // the console's clock: the least offset of the last pings
    QList<qint64> m_offsets;
    ReplicaReader m_readReplica;
    HeadSigner m_signHead;
    QHash<qint64, Replication> m_replication;
};

} // namespace exam::room
