#include "roomjoin.h"

#include "roomchannel.h"
#include "roomidentity.h"

#include <QDateTime>

namespace exam::room {

RoomJoin::RoomJoin(QSslConfiguration identity, QByteArray ownPin, QString stationName, QObject* parent)
    : QObject(parent),
      m_identity(std::move(identity)),
      m_ownPin(std::move(ownPin)),
      m_stationName(std::move(stationName))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(AnswerTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(fail(ErrorCode::NotAllowed,
                    tr("Nobody accepted the station at the console within %1 minutes. Run the command again "
                       "while a proctor watches the console.")
                        .arg(AnswerTimeoutMs / 60'000)));
    });
}

void RoomJoin::start(const QString& host, quint16 port)
{
    m_host = host;
    m_port = port;
    m_timeout.start();
    m_channel = RoomChannel::connectTo(m_identity, host, port, this);
    connect(m_channel, &RoomChannel::ready, this, [this](const QByteArray& consolePin) {
        m_consolePin = consolePin;
        m_channel->send(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                                    {QStringLiteral("protocol"), 1},
                                    {QStringLiteral("station"), m_stationName},
                                    {QStringLiteral("pairing"), true}});
        Q_EMIT codeReady(pairingCode(consolePin, m_ownPin));
    });
    connect(m_channel, &RoomChannel::frameReceived, this, [this](const QJsonObject& frame) {
        const QString type = frame.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("paired")) {
            ConsolePairing pairing;
            pairing.host = m_host;
            pairing.port = m_port;
            pairing.pin = m_consolePin;
            pairing.name = frame.value(QStringLiteral("console")).toString().left(200);
            pairing.stationName = m_stationName;
            pairing.joinedAt = QDateTime::currentDateTimeUtc();
            finish(pairing);
        } else if (type == QLatin1String("refused")) {
            finish(
                fail(ErrorCode::NotAllowed, tr("The console at %1 refused the station: %2")
                                                .arg(m_host, frame.value(QStringLiteral("why")).toString().left(300))));
        } else if (type == QLatin1String("welcome")) {
            finish(fail(ErrorCode::Conflict, tr("The station is in this room already.")));
        }
    });
    connect(m_channel, &RoomChannel::closed, this, [this](const QString& why) {
        finish(fail(ErrorCode::IoError,
                    tr("No room console answered at %1 port %2: %3 Check the address, that exam-room runs there "
                       "with \"Add stations\" open, and that the network lets the port through.")
                        .arg(m_host)
                        .arg(m_port)
                        .arg(why)));
    });
}

void RoomJoin::finish(Result<ConsolePairing> outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    if (m_channel) {
        m_channel->disconnect(this);
        m_channel->close(QStringLiteral("done"));
    }
    if (outcome)
        Q_EMIT joined(*outcome);
    else
        Q_EMIT failed(outcome.error().message);
}

} // namespace exam::room
