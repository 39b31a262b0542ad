#include "roomserver.h"

#include "crypto/random.h"
#include "roomchannel.h"
#include "roomidentity.h"
#include "roomjoin.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>

#include <chrono>

namespace exam::room {

namespace {

Q_LOGGING_CATEGORY(lcServer, "exam.room.server")

// QTcpServer hands over sockets through a virtual function; TLS starts on the raw descriptor.
class DescriptorServer : public QTcpServer
{
public:
    explicit DescriptorServer(std::function<void(qintptr)> take) : m_take(std::move(take)) { }

protected:
    void incomingConnection(qintptr descriptor) override { m_take(descriptor); }

private:
    std::function<void(qintptr)> m_take;
};

} // namespace

RoomServer::RoomServer(QSslConfiguration identity, QByteArray ownPin, QObject* parent)
    : QObject(parent),
      m_identity(std::move(identity)),
      m_ownPin(std::move(ownPin)),
      m_server(std::make_unique<DescriptorServer>([this](qintptr descriptor) { onIncoming(descriptor); }))
{
    m_pinger.setInterval(RoomTimings::PingMs / 4);
    connect(&m_pinger, &QTimer::timeout, this, &RoomServer::pingAndPrune);
    m_pinger.start();
}

RoomServer::~RoomServer()
{
    const auto channels = findChildren<RoomChannel*>();
    for (RoomChannel* channel : channels)
        channel->disconnect(this);
}

qint64 RoomServer::monotonicMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

Result<void> RoomServer::listen(const QHostAddress& address, quint16 port)
{
    if (!m_server->listen(address, port))
        return fail(ErrorCode::IoError, tr("The console cannot listen on %1 port %2: %3.")
                                            .arg(address.toString())
                                            .arg(port)
                                            .arg(m_server->errorString()));
    return {};
}

quint16 RoomServer::port() const
{
    return m_server->serverPort();
}

void RoomServer::setPairedStations(const QSet<QByteArray>& pins)
{
    m_paired = pins;
}

void RoomServer::removeStation(const QByteArray& pin)
{
    m_paired.remove(pin);
    if (RoomChannel* channel = m_live.take(pin)) {
        m_lastHeardMs.remove(channel);
        channel->close(tr("The station was removed from the room."));
    }
}

void RoomServer::setPairingOpen(bool open)
{
    m_pairingOpen = open;
    if (open)
        return;
    // Taken out first: refusing closes each channel, which would otherwise change the hash mid-loop.
    const QHash<QByteArray, Joining> joining = std::exchange(m_joining, {});
    for (auto it = joining.cbegin(); it != joining.cend(); ++it) {
        refuse(it->channel, tr("The console stopped adding stations."));
        Q_EMIT pairingWithdrawn(it.key());
    }
}

bool RoomServer::answerPairing(const QByteArray& pin, bool accepted, const QString& consoleName)
{
    auto found = m_joining.find(pin);
    if (found == m_joining.end())
        return false;
    if (!accepted) {
        RoomChannel* channel = found->channel;
        m_joining.erase(found);
        refuse(channel, tr("The proctor did not accept this station."));
        return true;
    }
    found->proctorAccepted = true;
    m_consoleName = consoleName;
    completePairing(pin);
    return true;
}

void RoomServer::completePairing(const QByteArray& pin)
{
    auto found = m_joining.find(pin);
    if (found == m_joining.end() || !found->proctorAccepted || !found->stationConfirmed)
        return;
    const Joining joining = *found;
    m_joining.erase(found);
    if (m_keeper && !m_keeper(pin, joining.name)) {
        refuse(joining.channel, tr("The console could not keep the pairing; try again."));
        return;
    }
    m_paired.insert(pin);
    joining.channel->send(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("paired")}, {QStringLiteral("console"), m_consoleName}});
    // The station dials in again as a paired station; this connection has done its job.
    joining.channel->close(QStringLiteral("paired"));
    Q_EMIT stationPaired(pin, joining.name);
}

bool RoomServer::isConnected(const QByteArray& pin) const
{
    return m_live.contains(pin);
}

bool RoomServer::sendAction(const QByteArray& pin, ActionFrame frame)
{
    RoomChannel* channel = m_live.value(pin);
    if (!channel)
        return false;
    frame.sentAtMs = monotonicMs();
    return channel->send(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("action")}, {QStringLiteral("action"), frame.toJson()}});
}

bool RoomServer::acknowledgeReplica(const QByteArray& pin, qint64 sessionId, qint64 keptSequence, bool refused)
{
    RoomChannel* channel = m_live.value(pin);
    return channel
           && channel->send(QJsonObject{{QStringLiteral("type"), QStringLiteral("replica-ack")},
                                        {QStringLiteral("session"), sessionId},
                                        {QStringLiteral("seq"), keptSequence},
                                        {QStringLiteral("refused"), refused}});
}

void RoomServer::onIncoming(qintptr descriptor)
{
    if (m_pending.size() >= MaxPendingConnections) {
        // Not even TLS for a connection over the limit: closed as it came.
        QTcpSocket socket;
        if (socket.setSocketDescriptor(descriptor))
            socket.abort();
        return;
    }
    RoomChannel* channel = RoomChannel::accept(m_identity, descriptor, this);
    if (!channel)
        return;
    const QString address = channel->peerAddress();
    const auto sameAddress = std::count_if(m_pending.cbegin(), m_pending.cend(),
                                           [&address](RoomChannel* other) { return other->peerAddress() == address; });
    if (sameAddress >= MaxPendingPerAddress) {
        channel->abort(QStringLiteral("too many connections from one address"));
        return;
    }
    m_pending.insert(channel);
    connect(channel, &RoomChannel::ready, this, [this, channel](const QByteArray& pin) { onReady(channel, pin); });
    connect(channel, &RoomChannel::frameReceived, this,
            [this, channel](const QJsonObject& frame) { onFrame(channel, frame); });
    connect(channel, &RoomChannel::closed, this, [this, channel](const QString& why) { onClosed(channel, why); });
}

void RoomServer::onReady(RoomChannel* channel, const QByteArray& pin)
{
    if (pin == m_ownPin || (!m_paired.contains(pin) && !m_pairingOpen)) {
        refuse(channel, tr("This machine is not a station of this room."));
        return;
    }
    // The station says hello next, soon.
    QTimer::singleShot(HelloTimeoutMs, channel, [this, channel] {
        if (m_pending.contains(channel))
            refuse(channel, tr("The station did not say hello in time."));
    });
}

void RoomServer::onFrame(RoomChannel* channel, const QJsonObject& frame)
{
    const QByteArray pin = channel->peerPin();
    if (m_pending.contains(channel)) {
        onHello(channel, frame);
        return;
    }
    auto joining = m_joining.find(pin);
    if (joining != m_joining.end() && joining->channel == channel) {
        onJoiningFrame(pin, frame);
        return;
    }
    if (m_live.value(pin) != channel)
        return;
    m_lastHeardMs.insert(channel, monotonicMs());
    const QString type = frame.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("status")) {
        auto status = StationStatus::fromJson(frame.value(QStringLiteral("status")).toObject());
        if (!status) {
            qCWarning(lcServer) << "a station's status was not readable:" << status.error().message;
            return;
        }
        Q_EMIT statusReceived(pin, *status);
    } else if (type == QLatin1String("answer")) {
        auto answer = ActionAnswer::fromJson(frame);
        if (answer)
            Q_EMIT answerReceived(pin, *answer);
    } else if (type == QLatin1String("replica-sync")) {
        Q_EMIT replicaSyncRequested(pin, frame.value(QStringLiteral("session")).toInteger());
    } else if (type == QLatin1String("replica")) {
        const qint64 sessionId = frame.value(QStringLiteral("session")).toInteger();
        QList<session::ReplicaJournal::Stored> entries;
        for (const QJsonValue& value : frame.value(QStringLiteral("entries")).toArray()) {
            const QJsonObject entry = value.toObject();
            session::ReplicaJournal::Stored stored;
            stored.body = entry.value(QStringLiteral("body")).toString().toUtf8();
            stored.previousHash = QByteArray::fromHex(entry.value(QStringLiteral("prev")).toString().toLatin1());
            stored.hash = QByteArray::fromHex(entry.value(QStringLiteral("hash")).toString().toLatin1());
            auto parsed = session::ReplicaEntry::fromBody(stored.body);
            if (!parsed) {
                qCWarning(lcServer) << "a replica entry from a station was not readable:" << parsed.error().message;
                break; // the rest would not link anyway: the station sends again from what is kept
            }
            stored.entry = *parsed;
            entries.append(stored);
        }
        std::optional<ReplicaProof> proof;
        if (frame.contains(QStringLiteral("proof"))) {
            auto read = ReplicaProof::fromJson(frame.value(QStringLiteral("proof")).toObject());
            // An unreadable proof is kept as an empty one, which never verifies: the console refuses
            // the batch rather than keep it as if it came unsigned.
            proof = read ? *read : ReplicaProof{};
        }
        Q_EMIT replicaReceived(pin, sessionId, entries, proof);
    }
}

void RoomServer::onHello(RoomChannel* channel, const QJsonObject& frame)
{
    const QByteArray pin = channel->peerPin();
    if (frame.value(QStringLiteral("type")).toString() != QLatin1String("hello")) {
        refuse(channel, tr("The station did not say hello first."));
        return;
    }
    if (frame.value(QStringLiteral("protocol")).toInt() != RoomTimings::ProtocolVersion) {
        refuse(channel, tr("This station speaks another version of the room's protocol (%1; the console speaks "
                           "%2): update the station or the console so that both are the same release.")
                            .arg(frame.value(QStringLiteral("protocol")).toInt())
                            .arg(RoomTimings::ProtocolVersion));
        return;
    }
    const QString name = frame.value(QStringLiteral("station")).toString().simplified().left(64);
    m_pending.remove(channel);
    if (m_paired.contains(pin)) {
        if (RoomChannel* old = m_live.take(pin)) {
            m_lastHeardMs.remove(old);
            old->close(tr("The station connected again."));
        }
        m_live.insert(pin, channel);
        m_lastHeardMs.insert(channel, monotonicMs());
        channel->send(QJsonObject{{QStringLiteral("type"), QStringLiteral("welcome")},
                                  {QStringLiteral("consoleMs"), monotonicMs()}});
        Q_EMIT stationConnected(pin, name);
        return;
    }
    if (!m_pairingOpen || !frame.value(QStringLiteral("pairing")).toBool()) {
        refuse(channel, tr("This machine is not a station of this room."));
        return;
    }
    if (auto old = m_joining.find(pin); old != m_joining.end()) {
        RoomChannel* previous = old->channel;
        m_joining.erase(old);
        refuse(previous, tr("The station asked again."));
        Q_EMIT pairingWithdrawn(pin);
    }
    if (m_joining.size() >= MaxJoining) {
        refuse(channel, tr("Too many stations are waiting to join; try again in a minute."));
        return;
    }
    auto nonce = crypto::Random::bytes(RoomJoin::NonceBytes);
    if (!nonce) {
        refuse(channel, nonce.error().message);
        return;
    }
    Joining joining;
    joining.channel = channel;
    joining.name = name.isEmpty() ? tr("Unnamed station") : name;
    joining.consoleNonce = *nonce;
    m_joining.insert(pin, joining);
    channel->send(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("commit")},
        {QStringLiteral("commitment"), QString::fromLatin1(pairingCommitment(joining.consoleNonce).toHex())}});
}

void RoomServer::onJoiningFrame(const QByteArray& pin, const QJsonObject& frame)
{
    Joining& joining = m_joining[pin];
    const QString type = frame.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("nonce") && joining.code.isEmpty()) {
        const QByteArray stationNonce = QByteArray::fromHex(frame.value(QStringLiteral("nonce")).toString().toLatin1());
        if (stationNonce.size() != RoomJoin::NonceBytes) {
            RoomChannel* channel = joining.channel;
            m_joining.remove(pin);
            refuse(channel, tr("The station's pairing message is not valid."));
            return;
        }
        joining.code = pairingCode(m_ownPin, pin, joining.consoleNonce, stationNonce);
        joining.channel->send(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("reveal")},
                        {QStringLiteral("nonce"), QString::fromLatin1(joining.consoleNonce.toHex())}});
        Q_EMIT pairingRequested(pin, joining.name, joining.code);
    } else if (type == QLatin1String("confirmed") && !joining.code.isEmpty()) {
        joining.stationConfirmed = true;
        completePairing(pin);
    }
}

void RoomServer::onClosed(RoomChannel* channel, const QString& why)
{
    m_pending.remove(channel);
    m_lastHeardMs.remove(channel);
    const QByteArray pin = channel->peerPin();
    if (pin.isEmpty())
        return;
    if (auto joining = m_joining.find(pin); joining != m_joining.end() && joining->channel == channel) {
        m_joining.erase(joining);
        Q_EMIT pairingWithdrawn(pin);
    }
    if (m_live.value(pin) == channel) {
        m_live.remove(pin);
        Q_EMIT stationDisconnected(pin, why);
    }
}

void RoomServer::refuse(RoomChannel* channel, const QString& why)
{
    m_pending.remove(channel);
    Q_EMIT peerRefused(channel->peerAddress(), why);
    channel->send(QJsonObject{{QStringLiteral("type"), QStringLiteral("refused")}, {QStringLiteral("why"), why}});
    channel->close(why);
}

void RoomServer::pingAndPrune()
{
    const qint64 now = monotonicMs();
    // A station not heard from for a while is gone (cable, power, a frozen machine): its connection is
    // dropped, so that it shows offline and nothing sent to it meanwhile arrives later.
    QList<RoomChannel*> silent;
    for (auto it = m_lastHeardMs.cbegin(); it != m_lastHeardMs.cend(); ++it)
        if (now - it.value() > RoomTimings::LinkSilentMs)
            silent.append(it.key());
    for (RoomChannel* channel : std::as_const(silent)) {
        m_lastHeardMs.remove(channel);
        channel->abort(tr("Not heard from for %1 s.").arg(RoomTimings::LinkSilentMs / 1000.0, 0, 'f', 1));
    }
    if (m_pingCount++ % 4 == 0) {
        const QJsonObject ping{{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("consoleMs"), now}};
        const QList<RoomChannel*> live = m_live.values(); // a send may end a channel
        for (RoomChannel* channel : live)
            channel->send(ping);
    }
}

} // namespace exam::room
