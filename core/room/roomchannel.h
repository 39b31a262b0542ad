#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

class QSslSocket;

namespace exam::room {

// One TLS 1.3 connection between a station and its room console, carrying frames: a 4-byte big-endian
// length, then one JSON object (at most MaxFrameBytes). Neither side trusts a CA: each presents its own
// self-signed identity (RoomIdentity) and learns the other's public-key pin from the handshake;
// whoever owns the channel decides on that pin (ready()) before it sends or believes anything.
// A channel deletes itself once closed (after what it sent last went out): keep it in a QPointer.
class RoomChannel : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxFrameBytes = 64 * 1024;
    static constexpr int HandshakeTimeoutMs = 10'000;
    // A peer that does not read what it is sent is dropped before its backlog grows further.
    static constexpr qint64 MaxUnsentBytes = 1024 * 1024;

    // A client channel: connects to `host`:`port`.
    static RoomChannel* connectTo(const QSslConfiguration& tls, const QString& host, quint16 port,
                                  QObject* parent = nullptr);
    // A server channel over an accepted socket; none when the socket cannot be taken over.
    static RoomChannel* accept(const QSslConfiguration& tls, qintptr descriptor, QObject* parent = nullptr);
    ~RoomChannel() override;

    // The peer's SHA-256 SPKI pin, once ready() was emitted.
    QByteArray peerPin() const { return m_peerPin; }
    QString peerAddress() const;
    bool isOpen() const { return m_open; }

    // Sends one frame; false when the channel is closed (nothing is queued for later).
    bool send(const QJsonObject& frame);
    // Closes the channel after what was sent went out; closed() follows once, with `why`.
    void close(const QString& why);
    // Drops the connection at once, unsent frames and all.
    void abort(const QString& why);

    // The TLS configuration both sides use for `identity` (RoomIdentity::tls()).
    static QSslConfiguration tlsFor(const QByteArray& certificatePem, const QByteArray& privateKeyPem);

Q_SIGNALS:
    // Encrypted, with the peer's pin known. Nothing has been sent or read yet.
    void ready(const QByteArray& peerPin);
    void frameReceived(const QJsonObject& frame);
    // Once, whatever closed it: the peer, the network, a bad frame, close().
    void closed(const QString& why);

private:
    explicit RoomChannel(QSslSocket* socket, QObject* parent);
    void onEncrypted();
    void onReadyRead();
    void finish(const QString& why, bool graceful = false);

    QSslSocket* m_socket;
    QTimer m_handshakeTimer;
    QByteArray m_buffer;
    QByteArray m_peerPin;
    bool m_open = false;
    bool m_finished = false;
};

} // namespace exam::room
