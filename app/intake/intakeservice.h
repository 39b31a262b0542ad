#pragma once

#include "crypto/secretbytes.h"
#include "delivery/signedrecord.h"
#include "intake/intakestore.h"

namespace exam {
class Clock;
}

namespace exam::intake {

// What the intake answers one record: the HTTP status and body, and what the access log may say
// (ids, never names or answers).
struct IntakeAnswer
{
    int status = 500;
    QByteArray body;
    QString resultId;
    QString stationKeyId;
    QString outcome; // stored, held (already), refused, conflict
};

struct ImportReport
{
    int stored = 0;
    int alreadyHeld = 0;
    QStringList refused; // one line per refused record, with the reason
};

// The intake's rules, one place for both ways in (an upload and a bundle import):
//  400 not a record this intake reads; 403 station unknown or revoked; 422 signature does not verify;
//  200 stored, with a signed receipt; the same id with the same bytes again: 200 with the same receipt;
//  the same id with other bytes: 409, never stored, kept in the conflicts table as a possible tampering.
class IntakeService
{
    Q_DECLARE_TR_FUNCTIONS(exam::intake::IntakeService)
public:
    IntakeService(IntakeStore& store, const Clock& clock, crypto::SecretBytes receiptPrivateKey);

    IntakeAnswer submit(QByteArrayView body, const QString& idempotencyKey);
    IntakeAnswer accept(const delivery::SignedRecord& signedRecord, const QString& via);
    // All or nothing: the bundle opens completely or not at all, and its records are stored in one
    // transaction. Records refused by the rules are listed; the others are stored.
    Result<ImportReport> importBundle(QByteArrayView bundle, QByteArrayView bundlePrivateKey);

    static QByteArray errorBody(const QString& code, const QString& message);

private:
    IntakeAnswer acceptWithin(const delivery::SignedRecord& signedRecord, const QString& via);

    IntakeStore& m_store;
    const Clock& m_clock;
    crypto::SecretBytes m_receiptKey;
    QString m_receiptKeyId;
};

} // namespace exam::intake
