#include "roomserver.h"

#include "roomchannel.h"
#include "roomidentity.h"

#include <QLoggingCategory>
#include <QTcpServer>

#include <functional>

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
}

RoomServer::~RoomServer()
{
    const auto channels = findChildren<RoomChannel*>();
    for (RoomChannel* channel : channels)
        channel->disconnect(this);
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
    if (RoomChannel* channel = m_live.take(pin))
        channel->close(tr("The station was removed from the room."));
}

void RoomServer::setPairingOpen(bool open)
{
    m_pairingOpen = open;
    if (!open) {
        for (RoomChannel* channel : std::as_const(m_joining))
            refuse(channel, tr("The console stopped adding stations."));
    }
}

void RoomServer::answerPairing(const QByteArray& pin, bool accepted, const QString& consoleName)
{
    RoomChannel* channel = m_joining.take(pin);
    if (!channel)
        return;
    if (!accepted) {
        refuse(channel, tr("The proctor did not accept this station."));
        return;
    }
    m_paired.insert(pin);
    channel->send(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("paired")}, {QStringLiteral("console"), consoleName}});
    // The station dials in again as a paired station; this connection has done its job.
    channel->close(QStringLiteral("paired"));
}

bool RoomServer::isConnected(const QByteArray& pin) const
{
    return m_live.contains(pin);
}

bool RoomServer::sendAction(const QByteArray& pin, const ActionFrame& frame)
{
    RoomChannel* channel = m_live.value(pin);
    return channel
           && channel->send(QJsonObject{{QStringLiteral("type"), QStringLiteral("action")},
                                        {QStringLiteral("action"), frame.toJson()}});
}

void RoomServer::onIncoming(qintptr descriptor)
{
    RoomChannel* channel = RoomChannel::accept(m_identity, descriptor, this);
    if (m_pending.size() >= MaxPendingConnections) {
        channel->close(QStringLiteral("too many connections at once"));
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
    if (pin == m_ownPin || (!m_paired.contains(pin) && !m_pairingOpen))
        refuse(channel, tr("This machine is not a station of this room."));
    // Otherwise the station says hello next.
}

void RoomServer::onFrame(RoomChannel* channel, const QJsonObject& frame)
{
    const QByteArray pin = channel->peerPin();
    const QString type = frame.value(QStringLiteral("type")).toString();
    if (m_pending.contains(channel)) {
        if (type != QLatin1String("hello")) {
            refuse(channel, tr("The station did not say hello first."));
            return;
        }
        const QString name = frame.value(QStringLiteral("station")).toString().left(200);
        m_pending.remove(channel);
        if (m_paired.contains(pin)) {
            if (RoomChannel* old = m_live.take(pin))
                old->close(tr("The station connected again."));
            m_live.insert(pin, channel);
            channel->send(QJsonObject{{QStringLiteral("type"), QStringLiteral("welcome")}});
            Q_EMIT stationConnected(pin, name);
        } else if (m_pairingOpen && frame.value(QStringLiteral("pairing")).toBool()) {
            if (RoomChannel* old = m_joining.take(pin))
                old->close(tr("The station asked again."));
            m_joining.insert(pin, channel);
            Q_EMIT pairingRequested(pin, name, pairingCode(m_ownPin, pin));
        } else {
            refuse(channel, tr("This machine is not a station of this room."));
        }
        return;
    }
    if (m_live.value(pin) != channel)
        return; // a joining station says nothing more until the proctor answers
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
    }
}

void RoomServer::onClosed(RoomChannel* channel, const QString& why)
{
    m_pending.remove(channel);
    const QByteArray pin = channel->peerPin();
    if (!pin.isEmpty() && m_joining.value(pin) == channel)
        m_joining.remove(pin);
    if (!pin.isEmpty() && m_live.value(pin) == channel) {
        m_live.remove(pin);
        Q_EMIT stationDisconnected(pin, why);
    }
}

void RoomServer::refuse(RoomChannel* channel, const QString& why)
{
    Q_EMIT peerRefused(channel->peerAddress(), why);
    channel->send(QJsonObject{{QStringLiteral("type"), QStringLiteral("refused")}, {QStringLiteral("why"), why}});
    channel->close(why);
}

} // namespace exam::room
