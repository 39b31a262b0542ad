#pragma once

#include "error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace exam::room {

// A station's signature over its replica's head (session::ReplicaJournal::headStatement) with its
// Ed25519 station key (issue 26), sent with a batch and kept by the console with the batch's last
// entry: the console can show the registry what the station confirmed, which the registry checks
// against the station key it registered.
struct ReplicaProof
{
    QString stationId;
    QByteArray publicKey; // the station key, 32 bytes
    QByteArray signature; // 64 bytes

    QJsonObject toJson() const;
    static Result<ReplicaProof> fromJson(const QJsonObject& json);
    // AuthenticationFailed unless it signs that the session's replica ends at `sequence` with `head`.
    Result<void> verify(qint64 sessionId, qint64 sequence, const QByteArray& head) const;
};

} // namespace exam::room
