#pragma once

#include "error.h"
#include "replicaproof.h"
#include "roomaction.h"
#include "session/replicajournal.h"
#include "stationstatus.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QTimer>

#include <functional>
#include <memory>

class QTcpServer;

namespace exam::room {

class RoomChannel;

// The console's side of the room: listens for its stations (they dial in, so the console needs no list
// of addresses and a restarted console is found again within a second), lets in only stations whose key
// is paired, or — while pairing is open — a station that asks to join, for the proctor to accept.
// A machine that is not paired learns nothing and can send nothing: its connection is refused right
// after the handshake. A peer gets a bounded share: so many connections at once (and per address), a
// few seconds to finish TLS and say hello, frames of a bounded size.
class RoomServer : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxPendingConnections = 64; // handshakes and unpaired peers at once
    static constexpr int MaxPendingPerAddress = 8;
    static constexpr int MaxJoining = 8; // stations waiting for the proctor's answer
    static constexpr int HelloTimeoutMs = 3'000;

    // Keeps a pairing both ends agreed to (the console's store): false refuses it.
    using PairingKeeper = std::function<bool(const QByteArray& pin, const QString& stationName)>;

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
    void setPairingKeeper(PairingKeeper keeper) { m_keeper = std::move(keeper); }
    // The proctor's answer to pairingRequested(). The station is paired once the administrator at the
    // station confirmed the same code too, and the keeper kept it. False when the request is gone.
    bool answerPairing(const QByteArray& pin, bool accepted, const QString& consoleName);

    bool isConnected(const QByteArray& pin) const;
    // False when the station is not connected now: the action is not sent, and never will be. The
    // frame's sentAtMs is set here.
    bool sendAction(const QByteArray& pin, ActionFrame frame);
    // Tells a station how much of a session's replica the console keeps (after a batch or a sync).
    bool acknowledgeReplica(const QByteArray& pin, qint64 sessionId, qint64 keptSequence, bool refused);

    // The console's monotonic clock, as its frames carry it.
    static qint64 monotonicMs();

Q_SIGNALS:
    void stationConnected(const QByteArray& pin, const QString& name);
    void statusReceived(const QByteArray& pin, const exam::room::StationStatus& status);
    void answerReceived(const QByteArray& pin, const exam::room::ActionAnswer& answer);
    // A batch of a session's replica entries, read (not yet checked against what is kept).
    // `proof`: the station's signature over the batch's last entry, when it sent one.
    void replicaReceived(const QByteArray& pin, qint64 sessionId,
                         const QList<exam::session::ReplicaJournal::Stored>& entries,
                         const std::optional<exam::room::ReplicaProof>& proof);
    // The station asks what the console keeps of a session's replica.
    void replicaSyncRequested(const QByteArray& pin, qint64 sessionId);
    void stationDisconnected(const QByteArray& pin, const QString& why);
    // A station asks to join while pairing is open: the proctor compares `code` with the station's.
    void pairingRequested(const QByteArray& pin, const QString& stationName, const QString& code);
    // A pairing request ended without a pairing (the station gave up, or pairing closed).
    void pairingWithdrawn(const QByteArray& pin);
    // A station was paired (both ends agreed and it was kept).
    void stationPaired(const QByteArray& pin, const QString& stationName);
    // A peer was refused (not paired, pairing closed, or a protocol error), for the console's log.
    void peerRefused(const QString& address, const QString& why);

private:
    struct Joining
    {
        RoomChannel* channel = nullptr;
        QString name;
        QByteArray consoleNonce;
        QString code;
        bool proctorAccepted = false;
        bool stationConfirmed = false;
    };
    void onIncoming(qintptr descriptor);
    void onReady(RoomChannel* channel, const QByteArray& pin);
    void onFrame(RoomChannel* channel, const QJsonObject& frame);
    void onHello(RoomChannel* channel, const QJsonObject& frame);
    void onJoiningFrame(const QByteArray& pin, const QJsonObject& frame);
    void onClosed(RoomChannel* channel, const QString& why);
    void refuse(RoomChannel* channel, const QString& why);
    void completePairing(const QByteArray& pin);
    void pingAndPrune();

    QSslConfiguration m_identity;
    QByteArray m_ownPin;
    std::unique_ptr<QTcpServer> m_server;
    QSet<QByteArray> m_paired;
    bool m_pairingOpen = false;
    PairingKeeper m_keeper;
    QSet<RoomChannel*> m_pending;              // handshake not done, or hello not yet seen
    QHash<QByteArray, RoomChannel*> m_live;    // paired and welcomed, by pin
    QHash<RoomChannel*, qint64> m_lastHeardMs; // live channels: when they last sent anything
    QHash<QByteArray, Joining> m_joining;      // asked to join, by pin
    QTimer m_pinger;
    int m_pingCount = 0;
    QString m_consoleName;
};

} // namespace exam::room
