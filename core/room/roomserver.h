#pragma once

#include "error.h"
#include "roomaction.h"
#include "stationstatus.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>

#include <memory>

class QTcpServer;

namespace exam::room {

class RoomChannel;

// The console's side of the room: listens for its stations (they dial in, so the console needs no list
// of addresses and a restarted console is found again within a second), lets in only stations whose key
// is paired, or — while pairing is open — a station that asks to join, for the proctor to accept.
// A machine that is not paired learns nothing and can send nothing: its connection is refused right
// after the handshake.
class RoomServer : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxPendingConnections = 64; // handshakes and unpaired peers at once

    RoomServer(QSslConfiguration identity, QByteArray ownPin, QObject* parent = nullptr);
    ~RoomServer() override;

    // Port 0 picks a free one (port() says which).
    Result<void> listen(const QHostAddress& address, quint16 port);
    quint16 port() const;

    void setPairedStations(const QSet<QByteArray>& pins);
    void addStation(const QByteArray& pin) { m_paired.insert(pin); }
    // Also closes the removed station's connection.
    void removeStation(const QByteArray& pin);
    void setPairingOpen(bool open);
    bool pairingOpen() const { return m_pairingOpen; }
    // The answer to pairingRequested(); the station is paired from then on when accepted.
    void answerPairing(const QByteArray& pin, bool accepted, const QString& consoleName);

    bool isConnected(const QByteArray& pin) const;
    // False when the station is not connected now: the action is not sent, and never will be.
    bool sendAction(const QByteArray& pin, const ActionFrame& frame);

Q_SIGNALS:
    void stationConnected(const QByteArray& pin, const QString& name);
    void statusReceived(const QByteArray& pin, const exam::room::StationStatus& status);
    void answerReceived(const QByteArray& pin, const exam::room::ActionAnswer& answer);
    void stationDisconnected(const QByteArray& pin, const QString& why);
    // A station asks to join while pairing is open: the proctor compares `code` with the station's.
    void pairingRequested(const QByteArray& pin, const QString& stationName, const QString& code);
    // A peer was refused (not paired, pairing closed, or a protocol error), for the console's log.
    void peerRefused(const QString& address, const QString& why);

private:
    void onIncoming(qintptr descriptor);
    void onReady(RoomChannel* channel, const QByteArray& pin);
    void onFrame(RoomChannel* channel, const QJsonObject& frame);
    void onClosed(RoomChannel* channel, const QString& why);
    void refuse(RoomChannel* channel, const QString& why);

    QSslConfiguration m_identity;
    QByteArray m_ownPin;
    std::unique_ptr<QTcpServer> m_server;
    QSet<QByteArray> m_paired;
    bool m_pairingOpen = false;
    QSet<RoomChannel*> m_pending;              // handshake not done, or hello not yet seen
    QHash<QByteArray, RoomChannel*> m_live;    // paired and welcomed, by pin
    QHash<QByteArray, RoomChannel*> m_joining; // asked to join, waiting for the proctor
};

} // namespace exam::room
