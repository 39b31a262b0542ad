#include "roomlink.h"

#include "roomchannel.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <chrono>

namespace exam::room {

namespace {

Q_LOGGING_CATEGORY(lcLink, "exam.room.link")

constexpr int ProtocolVersion = RoomTimings::ProtocolVersion;

} // namespace

RoomLink::RoomLink(QSslConfiguration identity, ConsolePairing pairing, SequenceClaim claim, QObject* parent)
    : QObject(parent), m_identity(std::move(identity)), m_pairing(std::move(pairing)), m_claim(std::move(claim))
{
    m_redial.setSingleShot(true);
    m_redial.setInterval(RoomTimings::ReconnectMs);
    connect(&m_redial, &QTimer::timeout, this, &RoomLink::dial);
    m_heartbeat.setInterval(RoomTimings::HeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        // A console gone quiet (cable, power, a frozen machine) is dropped and dialled again.
        if (m_welcomed && m_channel && monotonicMs() - m_lastHeardMs > RoomTimings::LinkSilentMs) {
            m_channel->abort(QStringLiteral("the console was not heard from for %1 ms").arg(RoomTimings::LinkSilentMs));
            return;
        }
        sendStatus();
        retryStalledReplicas();
    });
}

RoomLink::~RoomLink()
{
    if (m_channel) {
        m_channel->disconnect(this);
        m_channel->close(QStringLiteral("the station is closing"));
    }
}

qint64 RoomLink::monotonicMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void RoomLink::start()
{
    dial();
    m_heartbeat.start();
}

void RoomLink::setStatus(const StationStatus& status)
{
    if (status == m_status)
        return;
    m_status = status;
    sendStatus();
}

void RoomLink::answer(const ActionAnswer& answer)
{
    if (!m_welcomed || !m_channel)
        return; // the console learns from the connection's end that no answer comes
    QJsonObject frame = answer.toJson();
    frame.insert(QStringLiteral("type"), QStringLiteral("answer"));
    m_channel->send(frame);
}

void RoomLink::replicate(qint64 sessionId)
{
    if (!m_readReplica)
        return;
    Replication& replication = m_replication[sessionId];
    if (replication.behindSinceMs == 0) // a step committed: the console has it to catch up on from now
        replication.behindSinceMs = monotonicMs();
    if (!m_welcomed || !m_channel)
        return; // sent once the console is back, from what it says it has
    if (!replication.synced) {
        m_channel->send(QJsonObject{{QStringLiteral("type"), QStringLiteral("replica-sync")},
                                    {QStringLiteral("session"), sessionId}});
        return;
    }
    sendReplica(sessionId);
}

qint64 RoomLink::replicaBehind(qint64 sessionId) const
{
    const Replication replication = m_replication.value(sessionId);
    return std::max<qint64>(0, replication.committed - replication.acked);
}

qint64 RoomLink::replicaLagMs(qint64 sessionId) const
{
    const qint64 since = m_replication.value(sessionId).behindSinceMs;
    return since == 0 ? 0 : monotonicMs() - since;
}

void RoomLink::sendReplica(qint64 sessionId)
{
    Replication& replication = m_replication[sessionId];
    if (!m_welcomed || !m_channel || !replication.synced)
        return;
    if (replication.sent - replication.acked >= ReplicaWindow)
        return; // the console's acknowledgements bring the rest
    if (replication.sent == replication.acked)
        replication.lastAckMs = monotonicMs(); // waiting for an answer starts now
    auto entries = m_readReplica(sessionId, replication.sent);
    if (!entries) {
        qCWarning(lcLink) << "the replica of session" << sessionId << "cannot be read:" << entries.error().message;
        return;
    }
    // Batches that stay well inside a frame: an entry's body is a few hundred bytes.
    constexpr qsizetype BatchBytes = RoomChannel::MaxFrameBytes / 2;
    QJsonArray batch;
    qsizetype bytes = 0;
    qint64 batchLast = 0;
    QByteArray batchHead;
    // False when the channel took nothing more: stop, and go on from what went out.
    const auto flush = [&] {
        if (batch.isEmpty())
            return true;
        QJsonObject frame{{QStringLiteral("type"), QStringLiteral("replica")},
                          {QStringLiteral("session"), sessionId},
                          {QStringLiteral("entries"), batch}};
        if (m_signHead) {
            // Unsigned when the key cannot sign: the chain still holds, the console keeps it and says so.
            if (auto proof = m_signHead(sessionId, batchLast, batchHead))
                frame.insert(QStringLiteral("proof"), proof->toJson());
            else
                qCWarning(lcLink) << "a replica batch goes unsigned:" << proof.error().message;
        }
        if (!m_channel || !m_channel->send(frame))
            return false;
        replication.sent = batchLast;
        batch = QJsonArray();
        bytes = 0;
        return true;
    };
    for (const session::ReplicaJournal::Stored& stored : std::as_const(*entries)) {
        replication.committed = std::max(replication.committed, stored.entry.sequence);
        if (stored.entry.sequence - replication.acked > ReplicaWindow)
            break;
        // A session's first entry carries its form (some 5 KB): it may go alone.
        const qsizetype entryBytes = stored.body.size() * 5 / 4 + 160; // JSON escapes the body's quotes
        if (bytes + entryBytes > BatchBytes && !flush())
            return;
        batch.append(QJsonObject{{QStringLiteral("body"), QString::fromUtf8(stored.body)},
                                 {QStringLiteral("prev"), QString::fromLatin1(stored.previousHash.toHex())},
                                 {QStringLiteral("hash"), QString::fromLatin1(stored.hash.toHex())}});
        bytes += entryBytes;
        batchLast = stored.entry.sequence;
        batchHead = stored.hash;
    }
    flush();
    if (replication.committed <= replication.acked) // nothing new was committed after all
        replication.behindSinceMs = 0;
}

void RoomLink::onReplicaAck(const QJsonObject& frame)
{
    const qint64 sessionId = frame.value(QStringLiteral("session")).toInteger();
    auto found = m_replication.find(sessionId);
    if (found == m_replication.end())
        return;
    const qint64 kept = frame.value(QStringLiteral("seq")).toInteger();
    found->acked = std::max(found->synced ? found->acked : 0, kept);
    found->lastAckMs = monotonicMs();
    // Caught up, or at least moving: the lag counts from the last progress.
    found->behindSinceMs = found->acked >= found->committed ? 0 : found->lastAckMs;
    if (!found->synced) {
        // What the console has is where sending goes on from after a reconnection.
        found->synced = true;
        found->acked = kept;
        found->sent = kept;
        sendReplica(sessionId);
    } else if (frame.value(QStringLiteral("refused")).toBool()) {
        // A batch the console would not keep: once, a while later, from what it keeps, however many
        // batches in flight it refuses meanwhile.
        found->acked = kept;
        if (!found->resendDue) {
            found->resendDue = true;
            QTimer::singleShot(ReplicaRefusedMs, this, [this, sessionId] {
                auto again = m_replication.find(sessionId);
                if (again == m_replication.end())
                    return;
                again->resendDue = false;
                again->sent = again->acked;
                sendReplica(sessionId);
            });
        }
    } else {
        sendReplica(sessionId); // the window moved on
    }
    Q_EMIT replicaAcknowledged(sessionId, kept);
}

void RoomLink::retryStalledReplicas()
{
    // Entries sent and never acknowledged (a batch the console dropped, an answer lost): sent again.
    const qint64 now = monotonicMs();
    for (auto it = m_replication.begin(); it != m_replication.end(); ++it) {
        if (it->synced && !it->resendDue && it->sent > it->acked && now - it->lastAckMs > ReplicaRetryMs) {
            it->sent = it->acked;
            it->lastAckMs = now;
            sendReplica(it.key());
        }
    }
}

void RoomLink::dial()
{
    if (m_channel)
        return;
    m_consoleOffsetMs.reset();
    m_offsets.clear();
    m_channel = RoomChannel::connectTo(m_identity, m_pairing.host, m_pairing.port, this);
    connect(m_channel, &RoomChannel::ready, this, &RoomLink::onReady);
    connect(m_channel, &RoomChannel::frameReceived, this, &RoomLink::onFrame);
    connect(m_channel, &RoomChannel::closed, this, &RoomLink::onClosed);
}

void RoomLink::onReady(const QByteArray& peerPin)
{
    if (peerPin != m_pairing.pin) {
        // Not the console this station joined (another machine at its address): nothing is said to it.
        m_channel->close(QStringLiteral("the console at %1:%2 shows a key this station did not pair with")
                             .arg(m_pairing.host)
                             .arg(m_pairing.port));
        return;
    }
    m_channel->send(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                                {QStringLiteral("protocol"), ProtocolVersion},
                                {QStringLiteral("station"), m_status.station},
                                {QStringLiteral("pairing"), false}});
}

void RoomLink::noteConsoleClock(qint64 consoleMs)
{
    // The least difference of the recent pings is the truest (a message that took longer only makes
    // it larger); only the recent ones, so two clocks running at slightly different rates do not
    // drift apart over a long day.
    m_offsets.append(monotonicMs() - consoleMs);
    if (m_offsets.size() > ClockSamples)
        m_offsets.removeFirst();
    m_consoleOffsetMs = *std::min_element(m_offsets.cbegin(), m_offsets.cend());
}

void RoomLink::onFrame(const QJsonObject& frame)
{
    m_lastHeardMs = monotonicMs();
    const QString type = frame.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("welcome")) {
        m_welcomed = true;
        m_redial.setInterval(RoomTimings::ReconnectMs);
        m_lastProblem.clear();
        noteConsoleClock(frame.value(QStringLiteral("consoleMs")).toInteger());
        qCInfo(lcLink) << "connected to the room console" << m_pairing.name;
        Q_EMIT connectedChanged(true);
        sendStatus();
        for (auto it = m_replication.begin(); it != m_replication.end(); ++it) {
            it->synced = false;
            replicate(it.key());
        }
    } else if (type == QLatin1String("replica-ack") && m_welcomed) {
        onReplicaAck(frame);
    } else if (type == QLatin1String("ping") && m_welcomed) {
        noteConsoleClock(frame.value(QStringLiteral("consoleMs")).toInteger());
    } else if (type == QLatin1String("refused")) {
        // Removed from the room at the console, say: asked again now and then, not every second.
        m_redial.setInterval(RoomTimings::RefusedRedialMs);
        m_channel->close(QStringLiteral("the console refused this station: %1")
                             .arg(frame.value(QStringLiteral("why")).toString().left(200)));
    } else if (type == QLatin1String("action") && m_welcomed) {
        auto action = ActionFrame::fromJson(frame.value(QStringLiteral("action")).toObject());
        if (!action) {
            // Without a readable number there is nothing to answer to: the console gives up on it.
            Q_EMIT actionRejected(0, action.error().message);
            return;
        }
        const qint64 ageMs = m_consoleOffsetMs ? monotonicMs() - (action->sentAtMs + *m_consoleOffsetMs) : 0;
        if (!m_consoleOffsetMs || ageMs > RoomTimings::ActionFreshMs) {
            const QString why =
                tr("This action reached the station %1 s after it was sent, so it was not applied. Send it again if "
                   "it is still needed.")
                    .arg(double(ageMs) / 1000.0, 0, 'f', 1);
            answer(ActionAnswer{action->sequence, false, why});
            Q_EMIT actionRejected(action->sequence, why);
            return;
        }
        if (auto claimed = m_claim(m_pairing.pin, action->sequence); !claimed) {
            answer(ActionAnswer{action->sequence, false, claimed.error().message});
            Q_EMIT actionRejected(action->sequence, claimed.error().message);
            return;
        }
        Q_EMIT actionReceived(ReceivedAction(*action));
    }
}

void RoomLink::onClosed(const QString& why)
{
    const bool was = m_welcomed;
    m_welcomed = false;
    m_channel = nullptr; // it deletes itself
    if (why != m_lastProblem) {
        qCInfo(lcLink) << "no room console:" << why;
        m_lastProblem = why;
    }
    if (was)
        Q_EMIT connectedChanged(false);
    m_redial.start();
}

void RoomLink::sendStatus()
{
    if (!m_welcomed || !m_channel)
        return;
    m_channel->send(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("status")}, {QStringLiteral("status"), m_status.toJson()}});
}

} // namespace exam::room
