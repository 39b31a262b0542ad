#include "signedrecord.h"

#include "crypto/ed25519.h"
#include "json/canonicaljson.h"
#include "json/strictobject.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace exam::delivery {

Result<RecordSummary> SignedRecords::summarize(QByteArrayView record)
{
    if (record.size() > MaxRecordBytes)
        return fail(
            ErrorCode::LimitExceeded,
            tr("The result record is larger than %1 KiB; no station writes such a record.").arg(MaxRecordBytes / 1024));
    auto canonical = CanonicalJson::canonicalize(record);
    if (!canonical)
        return fail(ErrorCode::ParseError,
                    tr("The result record is not valid JSON: %1").arg(canonical.error().message));
    if (*canonical != record)
        return fail(ErrorCode::ParseError,
                    tr("The result record is not in canonical form (RFC 8785), so it is not the bytes a station "
                       "signed."));
    const QJsonObject object = QJsonDocument::fromJson(record.toByteArray()).object();
    if (object.value(QStringLiteral("format")).toString() != u"exam-result/1")
        return fail(ErrorCode::UnsupportedVersion,
                    tr("The result record's format is “%1”; this build reads exam-result/1.")
                        .arg(object.value(QStringLiteral("format")).toString().left(40)));

    // Only the fields the delivery relies on are read strictly; the rest belongs to the registry.
    StrictObject fields(object, QStringLiteral("record"));
    RecordSummary summary;
    summary.resultId = fields.line(QStringLiteral("resultId"), 36);
    StrictObject station = fields.object(QStringLiteral("station"));
    summary.stationKeyId = station.line(QStringLiteral("keyId"), 16);
    summary.stationId = station.line(QStringLiteral("id"), 64);
    summary.site = station.string(QStringLiteral("site"), 64, true); // empty before `station init` set one
    fields.absorb(station);
    StrictObject module = fields.object(QStringLiteral("module"));
    summary.moduleCode = module.line(QStringLiteral("code"), 32);
    fields.absorb(module);
    StrictObject outcome = fields.object(QStringLiteral("outcome"));
    summary.outcome = outcome.choice(
        QStringLiteral("state"), {QStringLiteral("submitted"), QStringLiteral("timed-out"), QStringLiteral("voided")});
    fields.absorb(outcome);
    summary.endedAt = fields.line(QStringLiteral("endedAt"), 40);
    if (!fields.ok())
        return std::unexpected(*fields.error());
    const QUuid uuid(summary.resultId);
    if (uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != summary.resultId)
        return fail(ErrorCode::ParseError, tr("The result record's id “%1” is not a UUID.").arg(summary.resultId));
    if (summary.stationKeyId.size() != 16)
        return fail(ErrorCode::ParseError, tr("The result record's station key id is not 16 hexadecimal digits."));
    return summary;
}

QByteArray SignedRecords::toUploadBody(const SignedRecord& signedRecord)
{
    const QJsonObject body{{QStringLiteral("record"), QString::fromLatin1(signedRecord.record.toBase64())},
                           {QStringLiteral("signature"), QString::fromLatin1(signedRecord.signature.toBase64())}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Result<SignedRecord> SignedRecords::fromUploadBody(QByteArrayView body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorCode::ParseError, tr("The request body is not a JSON object."));
    StrictObject fields(document.object(), QStringLiteral("body"));
    SignedRecord signedRecord;
    signedRecord.record = fields.base64(QStringLiteral("record"), 2, MaxRecordBytes);
    signedRecord.signature =
        fields.base64(QStringLiteral("signature"), crypto::Ed25519::SignatureSize, crypto::Ed25519::SignatureSize);
    fields.rejectUnknownFields();
    if (!fields.ok())
        return std::unexpected(*fields.error());
    return signedRecord;
}

} // namespace exam::delivery
