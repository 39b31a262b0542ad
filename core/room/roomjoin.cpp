#include "roomjoin.h"

#include "crypto/random.h"
#include "roomchannel.h"
#include "roomidentity.h"
#include "stationstatus.h"

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
                                    {QStringLiteral("protocol"), RoomTimings::ProtocolVersion},
                                    {QStringLiteral("station"), m_stationName},
                                    {QStringLiteral("pairing"), true}});
    });
    connect(m_channel, &RoomChannel::frameReceived, this, &RoomJoin::onFrame);
    connect(m_channel, &RoomChannel::closed, this, [this](const QString& why) {
        finish(fail(ErrorCode::IoError,
                    tr("No room console answered at %1 port %2: %3 Check the address, that exam-room runs there "
                       "with \"Add stations\" open, and that the network lets the port through.")
                        .arg(m_host)
                        .arg(m_port)
                        .arg(why)));
    });
}

void RoomJoin::onFrame(const QJsonObject& frame)
{
    const QString type = frame.value(QStringLiteral("type")).toString();
    const auto hexField = [&frame](const char* name) {
        return QByteArray::fromHex(frame.value(QLatin1String(name)).toString().toLatin1());
    };
    if (type == QLatin1String("commit") && m_commitment.isEmpty()) {
        m_commitment = hexField("commitment");
        auto nonce = crypto::Random::bytes(NonceBytes);
        if (!nonce || m_commitment.size() != 32) {
            finish(nonce ? Result<ConsolePairing>(
                       fail(ErrorCode::ParseError, tr("The console's pairing message is not valid.")))
                         : Result<ConsolePairing>(std::unexpected(nonce.error())));
            return;
        }
        m_ownNonce = *nonce;
        m_channel->send(QJsonObject{{QStringLiteral("type"), QStringLiteral("nonce")},
                                    {QStringLiteral("nonce"), QString::fromLatin1(m_ownNonce.toHex())}});
    } else if (type == QLatin1String("reveal") && !m_ownNonce.isEmpty()) {
        const QByteArray consoleNonce = hexField("nonce");
        if (consoleNonce.size() != NonceBytes || pairingCommitment(consoleNonce) != m_commitment) {
            finish(fail(ErrorCode::AuthenticationFailed,
                        tr("The console's pairing answer does not match what it promised: another machine may be "
                           "between this station and the console. Nothing was kept; check the network and try "
                           "again.")));
            return;
        }
        m_codeShown = true;
        Q_EMIT codeReady(pairingCode(m_consolePin, m_ownPin, consoleNonce, m_ownNonce));
    } else if (type == QLatin1String("paired") && m_codeShown) {
        ConsolePairing pairing;
        pairing.host = m_host;
        pairing.port = m_port;
        pairing.pin = m_consolePin;
        pairing.name = frame.value(QStringLiteral("console")).toString().left(200);
        pairing.stationName = m_stationName;
        pairing.joinedAt = QDateTime::currentDateTimeUtc();
        if (m_confirmed)
            finish(pairing);
        else
            m_accepted = pairing; // kept once the administrator here confirms too
    } else if (type == QLatin1String("refused")) {
        finish(fail(ErrorCode::NotAllowed, tr("The console at %1 refused the station: %2")
                                               .arg(m_host, frame.value(QStringLiteral("why")).toString().left(300))));
    } else if (type == QLatin1String("welcome")) {
        finish(fail(ErrorCode::Conflict, tr("The station is in this room already.")));
    }
}

void RoomJoin::confirm(bool same)
{
    if (m_done)
        return;
    if (!same) {
        finish(fail(ErrorCode::NotAllowed,
                    tr("The codes differ, so the station did not join: another machine may be between it and the "
                       "console. Nothing was kept.")));
        return;
    }
    if (!m_codeShown)
        return; // nothing was compared yet
    m_confirmed = true;
    if (m_channel)
        m_channel->send(QJsonObject{{QStringLiteral("type"), QStringLiteral("confirmed")}});
    if (m_accepted)
        finish(*m_accepted);
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
