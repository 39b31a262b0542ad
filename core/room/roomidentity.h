#pragma once

#include "crypto/secretbytes.h"
#include "error.h"

#include <QByteArray>
#include <QSslConfiguration>
#include <QString>

namespace exam::room {

// A machine's identity in a room (a station's, or the console's): a P-256 key and a self-signed
// certificate, kept as <base>.pem (the certificate) and <base>.key (the private key, owner-only).
// Made on first use; the peer keeps its pin (SHA-256 of the public key), so it must never change
// behind a pairing's back: a damaged file is an error, never silently replaced.
class RoomIdentity
{
    Q_DECLARE_TR_FUNCTIONS(exam::room::RoomIdentity)
public:
    static constexpr int ValidDays = 20 * 365; // the pin, not the date, is what the peer checks

    static Result<RoomIdentity> openOrCreate(const QString& basePath, const QString& commonName);
    // Without creating one (examctl room status, on a station that never joined).
    static Result<RoomIdentity> open(const QString& basePath);

    QByteArray pin() const { return m_pin; }
    QSslConfiguration tls() const;

private:
    RoomIdentity() = default;
    QByteArray m_certificatePem;
    crypto::SecretBytes m_privateKeyPem;
    QByteArray m_pin;
};

// The code both screens show while a station joins a room: six digits from SHA-256 over both pins and
// a random nonce from each side, so a machine in the middle (which must show its own key to each side)
// yields other digits on one of the screens. The console commits to its nonce before it sees the
// station's, and reveals it after: a machine in the middle cannot try keys or nonces until the codes
// agree (one chance in a million, at each join). Written "123 456".
QString pairingCode(const QByteArray& consolePin, const QByteArray& stationPin, const QByteArray& consoleNonce,
                    const QByteArray& stationNonce);
// The console's commitment to its nonce.
QByteArray pairingCommitment(const QByteArray& consoleNonce);

} // namespace exam::room
