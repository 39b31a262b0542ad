#include "intakeservice.h"

#include "crypto/ed25519.h"
#include "crypto/keyid.h"
#include "crypto/sha256.h"
#include "delivery/receipt.h"
#include "delivery/resultbundle.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace exam::intake {

Q_LOGGING_CATEGORY(lcIntake, "exam.intake")

IntakeService::IntakeService(IntakeStore& store, const Clock& clock, crypto::SecretBytes receiptPrivateKey)
    : m_store(store), m_clock(clock), m_receiptKey(std::move(receiptPrivateKey))
{
    if (auto publicKey = crypto::Ed25519::publicKeyOf(m_receiptKey.view()))
        m_receiptKeyId = crypto::keyIdOf(*publicKey);
}

QByteArray IntakeService::errorBody(const QString& code, const QString& message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}})
        .toJson(QJsonDocument::Compact);
}

IntakeAnswer IntakeService::submit(QByteArrayView body, const QString& idempotencyKey)
{
    auto signedRecord = delivery::SignedRecords::fromUploadBody(body);
    if (!signedRecord)
        return {400,
                errorBody(QStringLiteral("malformed"), signedRecord.error().message),
                {},
                {},
                QStringLiteral("refused")};
    auto summary = delivery::SignedRecords::summarize(signedRecord->record);
    if (summary && !idempotencyKey.isEmpty() && idempotencyKey != summary->resultId)
        return {400, errorBody(QStringLiteral("malformed"), tr("The Idempotency-Key is not the record's result id.")),
                summary->resultId, summary->stationKeyId, QStringLiteral("refused")};
    return accept(*signedRecord, QStringLiteral("upload"));
}

IntakeAnswer IntakeService::accept(const delivery::SignedRecord& signedRecord, const QString& via)
{
    auto transaction = m_store.database().begin();
    if (!transaction)
        return {
            500, errorBody(QStringLiteral("storage"), transaction.error().message), {}, {}, QStringLiteral("refused")};
    IntakeAnswer answer = acceptWithin(signedRecord, via);
    if (answer.outcome == u"stored" || answer.outcome == u"conflict") {
        if (auto committed = transaction->commit(); !committed) {
            qCCritical(lcIntake, "could not store %s: %s", qPrintable(answer.resultId),
                       qPrintable(committed.error().message));
            return {
                500,
                errorBody(QStringLiteral("storage"), tr("The intake could not store the record; send it again later.")),
                answer.resultId, answer.stationKeyId, QStringLiteral("refused")};
        }
    }
    return answer;
}

IntakeAnswer IntakeService::acceptWithin(const delivery::SignedRecord& signedRecord, const QString& via)
{
    const auto refuse = [](int status, const QString& code, const QString& message, const QString& resultId = {},
                           const QString& keyId = {}, const QString& outcome = QStringLiteral("refused")) {
        return IntakeAnswer{status, errorBody(code, message), resultId, keyId, outcome};
    };
    auto summary = delivery::SignedRecords::summarize(signedRecord.record);
    if (!summary)
        return refuse(400, QStringLiteral("malformed"), summary.error().message);
    const QString id = summary->resultId;
    const QString keyId = summary->stationKeyId;
    auto station = m_store.station(keyId);
    if (!station)
        return refuse(500, QStringLiteral("storage"), station.error().message, id, keyId);
    if (!*station)
        return refuse(403, QStringLiteral("unknown-station"),
                      tr("The station key %1 is not registered with this intake.").arg(keyId), id, keyId);
    if (auto verified = crypto::Ed25519::verify((*station)->publicKey, signedRecord.record, signedRecord.signature);
        !verified)
        return refuse(422, QStringLiteral("bad-signature"),
                      tr("The record's signature does not verify with the station key %1.").arg(keyId), id, keyId);

    // A record held already gets its receipt again even from a station revoked since: the station
    // must be able to close its outbox for what the registry has. Anything else from a revoked station
    // is refused before it is looked at further (no conflict noted for it).
    auto held = m_store.record(keyId, id);
    if (!held)
        return refuse(500, QStringLiteral("storage"), held.error().message, id, keyId);
    if (*held && (*held)->record == signedRecord.record)
        return {200, delivery::Receipts::toResponseBody((*held)->receipt), id, keyId, QStringLiteral("held")};
    if (!(*station)->revokedAt.isEmpty())
        return refuse(403, QStringLiteral("revoked-station"),
                      tr("The station key %1 was revoked on %2; its records are no longer accepted.")
                          .arg(keyId, (*station)->revokedAt),
                      id, keyId);
    if (*held) {
        qCWarning(lcIntake, "possible tampering: result %s arrived again with other bytes (station %s, via %s)",
                  qPrintable(id), qPrintable(keyId), qPrintable(via));
        if (auto noted =
                m_store.noteConflict(keyId, id, crypto::Sha256::hash(signedRecord.record), via, m_clock.utcNow());
            !noted)
            return refuse(500, QStringLiteral("storage"), noted.error().message, id, keyId);
        return refuse(409, QStringLiteral("conflict"),
                      tr("A different record with the result id %1 is held already from this station; this one was "
                         "not stored and is kept as a possible tampering.")
                          .arg(id),
                      id, keyId, QStringLiteral("conflict"));
    }
    const QString receivedAt = m_clock.utcNow().toUTC().toString(Qt::ISODateWithMs);
    auto receipt = delivery::Receipts::issue(
        {id, crypto::Sha256::hash(signedRecord.record), receivedAt, m_receiptKeyId}, m_receiptKey.view());
    if (!receipt)
        return refuse(500, QStringLiteral("internal"), receipt.error().message, id, keyId);
    const HeldRecord record{id, keyId, signedRecord.record, *receipt, receivedAt, via};
    if (auto stored = m_store.insert(record, *summary, signedRecord.signature); !stored)
        return refuse(500, QStringLiteral("storage"), stored.error().message, id, keyId);
    return {200, delivery::Receipts::toResponseBody(*receipt), id, keyId, QStringLiteral("stored")};
}

Result<ImportReport> IntakeService::importBundle(QByteArrayView bundle, QByteArrayView bundlePrivateKey)
{
    auto opened = delivery::ResultBundle::open(bundle, bundlePrivateKey);
    if (!opened)
        return std::unexpected(opened.error());
    auto transaction = m_store.database().begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    ImportReport report;
    for (const delivery::SignedRecord& record : opened->records) {
        const IntakeAnswer answer = acceptWithin(record, QStringLiteral("import"));
        if (answer.status == 500)
            return fail(
                ErrorCode::DatabaseError,
                tr("The intake's store failed during the import; nothing was imported: %1")
                    .arg(QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("message")).toString()));
        if (answer.outcome == u"stored")
            ++report.stored;
        else if (answer.outcome == u"held")
            ++report.alreadyHeld;
        else
            report.refused.append(QStringLiteral("%1: %2").arg(
                answer.resultId.isEmpty() ? tr("(unreadable record)") : answer.resultId,
                QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("message")).toString()));
    }
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return report;
}

} // namespace exam::intake
