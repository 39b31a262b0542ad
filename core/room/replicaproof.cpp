#include "replicaproof.h"

#include "crypto/ed25519.h"
#include "session/replicajournal.h"
#include "json/strictobject.h"

namespace exam::room {

QJsonObject ReplicaProof::toJson() const
{
    return QJsonObject{{QStringLiteral("station"), stationId},
                       {QStringLiteral("key"), QString::fromLatin1(publicKey.toBase64())},
                       {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
}

Result<ReplicaProof> ReplicaProof::fromJson(const QJsonObject& json)
{
    StrictObject in(json, QStringLiteral("proof"));
    ReplicaProof proof;
    proof.stationId = in.line(QStringLiteral("station"), 200);
    proof.publicKey = in.base64(QStringLiteral("key"), crypto::Ed25519::PublicKeySize, crypto::Ed25519::PublicKeySize);
    proof.signature =
        in.base64(QStringLiteral("signature"), crypto::Ed25519::SignatureSize, crypto::Ed25519::SignatureSize);
    in.rejectUnknownFields();
    if (auto problem = in.error())
        return std::unexpected(*problem);
    return proof;
}

Result<void> ReplicaProof::verify(qint64 sessionId, qint64 sequence, const QByteArray& head) const
{
    return crypto::Ed25519::verify(
        publicKey, session::ReplicaJournal::headStatement(stationId, sessionId, sequence, head), signature);
}

} // namespace exam::room
