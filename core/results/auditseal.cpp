#include "auditseal.h"

#include "crypto/ed25519.h"
#include "crypto/keyid.h"
#include "session/auditlog.h"
#include "stationkey.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace exam::results {

QByteArray AuditSeal::signedBytes(qint64 seq, QByteArrayView hash, const QString& at)
{
    return QByteArrayLiteral("exam-audit-checkpoint/1\n") + QByteArray::number(seq) + '\n' + hash.toByteArray().toHex()
           + '\n' + at.toUtf8();
}

Result<void> AuditSeal::seal(storage::Database& database, const StationKey& key, const Clock& clock)
{
    // Never sign a log that was changed: the signature would vouch for the change.
    auto checked = verify(database, key.publicKey());
    if (!checked)
        return std::unexpected(checked.error());
    if (!checked->problems.isEmpty())
        return fail(
            ErrorCode::AuthenticationFailed,
            tr("The audit log was changed, so the station does not sign it: %1").arg(checked->problems.first()));
    auto transaction = database.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    auto head = database.prepare(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"));
    if (!head)
        return std::unexpected(head.error());
    auto row = head->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return {}; // nothing to sign yet
    const qint64 seq = head->int64(0);
    const QByteArray hash = head->blob(1);
    head->reset();
    auto insert = database.prepare(QStringLiteral(
        "INSERT INTO audit_checkpoints (seq, hash, at, signature) VALUES (?, ?, ?, ?) ON CONFLICT (seq) DO NOTHING"));
    if (!insert)
        return std::unexpected(insert.error());
    const QString at = clock.utcNow().toUTC().toString(Qt::ISODateWithMs);
    auto signature = key.sign(signedBytes(seq, hash, at));
    if (!signature)
        return std::unexpected(signature.error());
    insert->bind(1, seq).bind(2, QByteArrayView(hash)).bind(3, at).bind(4, QByteArrayView(*signature));
    if (auto done = insert->run(); !done)
        return done;
    return transaction->commit();
}

Result<AuditSeal::Report> AuditSeal::verify(storage::Database& database, QByteArrayView stationPublicKey)
{
    Report report;
    const SystemClock clock; // read only: nothing is appended
    session::AuditLog log(database, clock);
    auto broken = log.firstBrokenLink();
    if (!broken)
        return std::unexpected(broken.error());
    if (*broken)
        report.problems.append(
            tr("The chain breaks at entry %1: an entry was changed, removed or inserted there.").arg(**broken));
    // Every entry's hash, by its place in the chain.
    QHash<QByteArray, qint64> seqOfHash;
    auto chain = database.prepare(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq"));
    if (!chain)
        return std::unexpected(chain.error());
    if (auto read = chain->forEachRow([&](const storage::Statement& row) {
            seqOfHash.insert(row.blob(1), row.int64(0));
            report.entries = row.int64(0);
        });
        !read)
        return std::unexpected(read.error());
    const auto seal = [&report](qint64 seq, const QString& at) {
        if (seq >= report.lastSealedSeq) {
            report.lastSealedSeq = seq;
            report.lastSealedAt = at;
        }
    };

    if (stationPublicKey.isEmpty()) {
        report.signaturesChecked = false;
        return report;
    }
    const QString stationKeyId = crypto::keyIdOf(stationPublicKey);

    // The station's checkpoints: each signed, each still at its place.
    auto checkpoints =
        database.prepare(QStringLiteral("SELECT seq, hash, at, signature FROM audit_checkpoints ORDER BY seq"));
    if (!checkpoints)
        return std::unexpected(checkpoints.error());
    if (auto read = checkpoints->forEachRow([&](const storage::Statement& row) {
            const qint64 seq = row.int64(0);
            const QByteArray hash = row.blob(1);
            const QString at = row.text(2);
            if (!crypto::Ed25519::verify(stationPublicKey, signedBytes(seq, hash, at), row.blob(3))) {
                report.problems.append(tr("The checkpoint at entry %1 is not signed by this station's key.").arg(seq));
                return;
            }
            if (seqOfHash.value(hash, -1) != seq) {
                report.problems.append(
                    seq > report.entries
                        ? tr("The log ends at entry %1, but the station signed it up to entry %2 on %3: entries were "
                             "cut from its end.")
                              .arg(report.entries)
                              .arg(seq)
                              .arg(at)
                        : tr("Entry %1 is not the one the station signed on %2: the log was rewritten up to there.")
                              .arg(seq)
                              .arg(at));
                return;
            }
            seal(seq, at);
        });
        !read)
        return std::unexpected(read.error());

    // Each signed result names the chain's head when it was signed: that entry must still be there.
    auto results =
        database.prepare(QStringLiteral("SELECT id, record, signature, created_at FROM results ORDER BY created_at"));
    if (!results)
        return std::unexpected(results.error());
    if (auto read = results->forEachRow([&](const storage::Statement& row) {
            const QByteArray record = row.blob(1);
            const QJsonObject object = QJsonDocument::fromJson(record).object();
            if (object.value(QStringLiteral("station")).toObject().value(QStringLiteral("keyId")).toString()
                != stationKeyId) {
                ++report.otherKeyResults; // an earlier key of the station's: its public key is not here
                return;
            }
            if (!crypto::Ed25519::verify(stationPublicKey, record, row.blob(2))) {
                report.problems.append(
                    tr("Result %1 does not verify with this station's key: it was changed.").arg(row.text(0)));
                return;
            }
            const QByteArray head =
                QByteArray::fromHex(object.value(QStringLiteral("auditHead")).toString().toLatin1());
            if (head.isEmpty())
                return;
            const qint64 seq = seqOfHash.value(head, -1);
            if (seq < 0) {
                report.problems.append(tr("Result %1 was signed when the log ended at an entry it no longer holds: "
                                          "entries were removed or rewritten.")
                                           .arg(row.text(0)));
                return;
            }
            seal(seq, row.text(3));
        });
        !read)
        return std::unexpected(read.error());
    report.unsealedEntries = std::max<qint64>(0, report.entries - report.lastSealedSeq);
    return report;
}

} // namespace exam::results
