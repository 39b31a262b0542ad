#include "receipt.h"

#include "crypto/ed25519.h"
#include "crypto/keyid.h"
#include "crypto/sha256.h"
#include "json/canonicaljson.h"
#include "json/strictobject.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace exam::delivery {

namespace {
constexpr qsizetype MaxReceiptBytes = 4096;
}

Result<SignedReceipt> Receipts::issue(const Receipt& receipt, QByteArrayView intakePrivateKey)
{
    const QJsonObject object{{QStringLiteral("format"), QStringLiteral("exam-receipt/1")},
                             {QStringLiteral("resultId"), receipt.resultId},
                             {QStringLiteral("recordSha256"), QString::fromLatin1(receipt.recordSha256.toHex())},
                             {QStringLiteral("receivedAt"), receipt.receivedAt},
                             {QStringLiteral("intakeKeyId"), receipt.intakeKeyId}};
    auto bytes = CanonicalJson::serialize(object);
    if (!bytes)
        return std::unexpected(bytes.error());
    auto signature = crypto::Ed25519::sign(intakePrivateKey, *bytes);
    if (!signature)
        return std::unexpected(signature.error());
    return SignedReceipt{*bytes, *signature};
}

Result<Receipt> Receipts::parse(QByteArrayView bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (bytes.size() > MaxReceiptBytes || error.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorCode::ParseError, tr("The intake's receipt is not a receipt (not a small JSON object)."));
    StrictObject fields(document.object(), QStringLiteral("receipt"));
    if (fields.choice(QStringLiteral("format"), {QStringLiteral("exam-receipt/1")}).isEmpty())
        return fail(ErrorCode::UnsupportedVersion, tr("The intake's receipt is in a format this build does not read."));
    Receipt receipt;
    receipt.resultId = fields.line(QStringLiteral("resultId"), 36);
    receipt.recordSha256 = QByteArray::fromHex(fields.line(QStringLiteral("recordSha256"), 64).toLatin1());
    receipt.receivedAt = fields.line(QStringLiteral("receivedAt"), 40);
    receipt.intakeKeyId = fields.line(QStringLiteral("intakeKeyId"), 16);
    fields.rejectUnknownFields();
    if (!fields.ok())
        return std::unexpected(*fields.error());
    return receipt;
}

Result<Receipt> Receipts::verify(const SignedReceipt& signedReceipt, QByteArrayView intakePublicKey,
                                 QByteArrayView record, const QString& resultId)
{
    if (auto verified = crypto::Ed25519::verify(intakePublicKey, signedReceipt.receipt, signedReceipt.signature);
        !verified)
        return fail(ErrorCode::AuthenticationFailed,
                    tr("The intake's receipt is not signed by the intake key this station was set up with "
                       "(key %1). The record stays in the outbox; check the intake address and key with "
                       "`examctl station set-intake`.")
                        .arg(crypto::keyIdOf(intakePublicKey)));
    auto receipt = parse(signedReceipt.receipt);
    if (!receipt)
        return receipt;
    if (receipt->resultId != resultId || receipt->recordSha256 != crypto::Sha256::hash(record))
        return fail(ErrorCode::Conflict,
                    tr("The intake's receipt is for another record than the one sent (%1); the record stays in "
                       "the outbox.")
                        .arg(resultId));
    return receipt;
}

QByteArray Receipts::toResponseBody(const SignedReceipt& signedReceipt)
{
    const QJsonObject body{{QStringLiteral("receipt"), QString::fromLatin1(signedReceipt.receipt.toBase64())},
                           {QStringLiteral("signature"), QString::fromLatin1(signedReceipt.signature.toBase64())}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Result<SignedReceipt> Receipts::fromResponseBody(QByteArrayView body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorCode::ParseError, tr("The intake answered without a receipt (the answer is not JSON)."));
    StrictObject fields(document.object(), QStringLiteral("answer"));
    SignedReceipt signedReceipt;
    signedReceipt.receipt = fields.base64(QStringLiteral("receipt"), 2, MaxReceiptBytes);
    signedReceipt.signature =
        fields.base64(QStringLiteral("signature"), crypto::Ed25519::SignatureSize, crypto::Ed25519::SignatureSize);
    fields.rejectUnknownFields();
    if (!fields.ok())
        return fail(ErrorCode::ParseError,
                    tr("The intake answered without a valid receipt: %1").arg(fields.error()->message));
    return signedReceipt;
}

} // namespace exam::delivery
