#pragma once

#include "error.h"
#include "stationpairing.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

namespace exam::room {

class RoomChannel;

// A station asking a console to let it join its room: it connects, shows the code both screens must
// agree on (codeReady), and waits for the proctor at the console to accept or refuse. The console's
// pin is taken from this handshake, which is why the administrator compares the codes: a machine in
// the middle would show different digits on one of the screens.
class RoomJoin : public QObject
{
    Q_OBJECT
public:
    static constexpr int AnswerTimeoutMs = 5 * 60'000; // the proctor may be busy in the room

    RoomJoin(QSslConfiguration identity, QByteArray ownPin, QString stationName, QObject* parent = nullptr);

    void start(const QString& host, quint16 port);

Q_SIGNALS:
    void codeReady(const QString& code);
    // Accepted: the pairing to keep (StationPairing::join).
    void joined(const exam::room::ConsolePairing& pairing);
    // Refused, timed out or unreachable: why, in words. One of the two comes, once.
    void failed(const QString& why);

private:
    void finish(Result<ConsolePairing> outcome);

    QSslConfiguration m_identity;
    QByteArray m_ownPin;
    QString m_stationName;
    QString m_host;
    quint16 m_port = 0;
    QByteArray m_consolePin;
    QPointer<RoomChannel> m_channel;
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace exam::room
