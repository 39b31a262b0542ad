#pragma once

#include "error.h"

#include <QByteArray>
#include <QString>

namespace exam::delivery {

// The intake's word that it holds a record: canonical JSON signed with the intake's own Ed25519
// key. The station marks a record delivered only when a receipt verifies against the intake key it
// was configured with, names the record's id and hashes to the very bytes the station signed.
struct Receipt
{
    QString resultId;
    QByteArray recordSha256; // 32 bytes
    QString receivedAt;      // UTC, ISO 8601, when the intake first stored the record
    QString intakeKeyId;
};

struct SignedReceipt
{
    QByteArray receipt; // canonical JSON, format exam-receipt/1
    QByteArray signature;
};

class Receipts
{
    Q_DECLARE_TR_FUNCTIONS(exam::delivery::Receipts)
public:
    static Result<SignedReceipt> issue(const Receipt& receipt, QByteArrayView intakePrivateKey);

    // The receipt's content when its signature verifies with intakePublicKey and it is the receipt of
    // exactly this record; otherwise an error that says which check failed.
    static Result<Receipt> verify(const SignedReceipt& signedReceipt, QByteArrayView intakePublicKey,
                                  QByteArrayView record, const QString& resultId);

    // The body of a 200 answer: {"receipt": base64, "signature": base64}.
    static QByteArray toResponseBody(const SignedReceipt& signedReceipt);
    static Result<SignedReceipt> fromResponseBody(QByteArrayView body);

private:
    static Result<Receipt> parse(QByteArrayView receipt);
};

} // namespace exam::delivery
