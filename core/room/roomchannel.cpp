#include "roomchannel.h"

#include "crypto/certificates.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QtEndian>

namespace exam::room {

namespace {

Q_LOGGING_CATEGORY(lcRoom, "exam.room")

} // namespace

RoomChannel::RoomChannel(QSslSocket* socket, QObject* parent) : QObject(parent), m_socket(socket)
{
    m_socket->setParent(this);
    m_handshakeTimer.setSingleShot(true);
    m_handshakeTimer.setInterval(HandshakeTimeoutMs);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] { finish(tr("The other side did not complete TLS.")); });
    // No CA vouches for either side: the certificate's own errors (self-signed, unknown issuer) are
    // expected, and the pin is what decides (onEncrypted).
    connect(m_socket, &QSslSocket::sslErrors, m_socket, [this] { m_socket->ignoreSslErrors(); });
    connect(m_socket, &QSslSocket::encrypted, this, &RoomChannel::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &RoomChannel::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, [this] { finish(tr("The connection closed.")); });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this] { finish(m_socket->errorString()); });
    m_handshakeTimer.start();
}

RoomChannel::~RoomChannel() = default;

RoomChannel* RoomChannel::connectTo(const QSslConfiguration& tls, const QString& host, quint16 port, QObject* parent)
{
    auto* socket = new QSslSocket;
    socket->setSslConfiguration(tls);
    auto* channel = new RoomChannel(socket, parent);
    socket->connectToHostEncrypted(host, port);
    return channel;
}

RoomChannel* RoomChannel::accept(const QSslConfiguration& tls, qintptr descriptor, QObject* parent)
{
    auto* socket = new QSslSocket;
    socket->setSslConfiguration(tls);
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcRoom) << "an incoming connection could not be taken over:" << socket->errorString();
        delete socket;
        return nullptr;
    }
    auto* channel = new RoomChannel(socket, parent);
    socket->startServerEncryption();
    return channel;
}

QSslConfiguration RoomChannel::tlsFor(const QByteArray& certificatePem, const QByteArray& privateKeyPem)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certificatePem, QSsl::Pem));
    tls.setPrivateKey(QSslKey(privateKeyPem, QSsl::Ec, QSsl::Pem));
    tls.setProtocol(QSsl::TlsV1_3OrLater);
    // Each side asks for the other's certificate and checks its pin itself.
    tls.setPeerVerifyMode(QSslSocket::QueryPeer);
    tls.setCaCertificates({});
    return tls;
}

QString RoomChannel::peerAddress() const
{
    return m_socket->peerAddress().toString();
}

bool RoomChannel::send(const QJsonObject& frame)
{
    if (!m_open)
        return false;
    const QByteArray body = QJsonDocument(frame).toJson(QJsonDocument::Compact);
    if (body.size() > MaxFrameBytes) {
        qCWarning(lcRoom) << "a frame of" << body.size() << "bytes was not sent: larger than the limit";
        return false;
    }
    if (m_socket->bytesToWrite() > MaxUnsentBytes) {
        // Closed from the event loop, never inside send(): the caller may be in the middle of a loop
        // over this channel or its siblings.
        QMetaObject::invokeMethod(
            this, [this] { finish(QStringLiteral("the other side does not read what it is sent")); },
            Qt::QueuedConnection);
        return false;
    }
    QByteArray length(4, '\0');
    qToBigEndian(quint32(body.size()), length.data());
    m_socket->write(length + body);
    return true;
}

void RoomChannel::close(const QString& why)
{
    finish(why, /*graceful=*/true);
}

void RoomChannel::abort(const QString& why)
{
    finish(why, /*graceful=*/false);
}

void RoomChannel::onEncrypted()
{
    m_handshakeTimer.stop();
    const QSslCertificate peer = m_socket->peerCertificate();
    auto pin = peer.isNull() ? Result<QByteArray>(fail(ErrorCode::AuthenticationFailed, QString()))
                             : crypto::Certificates::spkiSha256(peer.toDer());
    if (!pin) {
        finish(tr("The other side showed no usable certificate."));
        return;
    }
    m_peerPin = *pin;
    m_open = true;
    Q_EMIT ready(m_peerPin);
    if (m_open && m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void RoomChannel::onReadyRead()
{
    if (!m_open)
        return; // nothing is read before the owner decided on the peer's pin
    m_buffer += m_socket->readAll();
    while (m_open && m_buffer.size() >= 4) {
        const quint32 length = qFromBigEndian<quint32>(m_buffer.constData());
        if (length > quint32(MaxFrameBytes)) {
            finish(tr("The other side sent a frame larger than %1 bytes.").arg(MaxFrameBytes));
            return;
        }
        if (m_buffer.size() < qsizetype(4 + length))
            return;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(m_buffer.mid(4, length), &error);
        m_buffer.remove(0, 4 + length);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            finish(tr("The other side sent a frame that is not a JSON object."));
            return;
        }
        Q_EMIT frameReceived(document.object());
    }
}

void RoomChannel::finish(const QString& why, bool graceful)
{
    if (m_finished)
        return;
    m_finished = true;
    m_open = false;
    m_handshakeTimer.stop();
    // Graceful: what was sent last (a refusal, a pairing's answer) still goes out before the close.
    if (graceful && m_socket->state() == QAbstractSocket::ConnectedState) {
        connect(m_socket, &QSslSocket::disconnected, this, &QObject::deleteLater);
        QTimer::singleShot(3'000, this, &QObject::deleteLater);
        m_socket->disconnectFromHost();
    } else {
        m_socket->abort();
        deleteLater();
    }
    Q_EMIT closed(why);
}

} // namespace exam::room
