#pragma once

#include "roomaction.h"
#include "stationpairing.h"
#include "stationstatus.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <functional>

namespace exam::room {

class RoomChannel;

// The station's side of its room: a connection to the console it joined, kept up by the station
// (dialled again every RoomTimings::ReconnectMs while it is down, so a console restarted or a cable
// plugged back in finds the room again by itself). It sends the station's status on every change and
// at least every RoomTimings::HeartbeatMs, and hands the console's actions to the kiosk.
//
// Trust: the console must show the key the station paired with; anything else is dropped before a
// byte is sent. An action is handed on only after its sequence number was claimed (`claim`): a
// replayed one is refused. Actions arrive only on a live connection and are answered there: one sent
// over a connection that broke is never applied later by surprise.
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

Q_SIGNALS:
    void actionReceived(const exam::room::ActionFrame& frame);
    void connectedChanged(bool connected);

private:
    void dial();
    void onReady(const QByteArray& peerPin);
    void onFrame(const QJsonObject& frame);
    void onClosed(const QString& why);
    void sendStatus();

    QSslConfiguration m_identity;
    ConsolePairing m_pairing;
    SequenceClaim m_claim;
    QPointer<RoomChannel> m_channel;
    bool m_welcomed = false;
    QTimer m_redial;
    QTimer m_heartbeat;
    StationStatus m_status;
    QString m_lastProblem; // logged once per kind of failure, not once a second
};

} // namespace exam::room
