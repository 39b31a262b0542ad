#pragma once

#include "error.h"
#include "stationpairing.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

namespace exam::room {

class RoomChannel;

// A station asking a console to let it join its room. It connects, takes part in the code exchange
// (the console commits to a nonce, the station sends its own, the console reveals: pairingCode), shows
// the code (codeReady), and goes on only when the administrator at the station confirms that the
// console shows the same code (confirm): both ends must agree before either keeps the other's key. The
// console's pin is taken from this handshake, which is why the codes are compared: a machine in the
// middle would show different digits on one of the screens.
class RoomJoin : public QObject
{
    Q_OBJECT
public:
    static constexpr int AnswerTimeoutMs = 5 * 60'000; // the proctor may be busy in the room
    static constexpr qsizetype NonceBytes = 16;

    RoomJoin(QSslConfiguration identity, QByteArray ownPin, QString stationName, QObject* parent = nullptr);

    void start(const QString& host, quint16 port);
    // The administrator compared the codes: the same (go on), or not (give up, nothing is kept).
    void confirm(bool same);

Q_SIGNALS:
    void codeReady(const QString& code);
    // Accepted at both ends: the pairing to keep (StationPairing::join).
    void joined(const exam::room::ConsolePairing& pairing);
    // Refused, timed out, unreachable or not confirmed: why, in words. One of the two comes, once.
    void failed(const QString& why);

private:
    void onFrame(const QJsonObject& frame);
    void finish(Result<ConsolePairing> outcome);

    QSslConfiguration m_identity;
    QByteArray m_ownPin;
    QString m_stationName;
    QString m_host;
    quint16 m_port = 0;
    QByteArray m_consolePin;
    QByteArray m_commitment;
    QByteArray m_ownNonce;
    bool m_confirmed = false;
    bool m_codeShown = false;                 // the console revealed its nonce and the code was shown
    std::optional<ConsolePairing> m_accepted; // the console said "paired" before the station confirmed
    QPointer<RoomChannel> m_channel;
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace exam::room
