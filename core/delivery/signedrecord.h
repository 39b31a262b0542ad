#pragma once

#include "error.h"

#include <QByteArray>
#include <QString>

namespace exam::delivery {

// A result record exactly as the station signed it, and its Ed25519 signature. What the station
// uploads, what a bundle carries and what the intake stores: the bytes are never re-encoded.
struct SignedRecord
{
    QByteArray record;
    QByteArray signature;
};

// What the intake (and an export) needs to know of a record before trusting it, read with no
// leniency from the signed bytes. Candidate names are not in a record; nothing here is secret.
struct RecordSummary
{
    QString resultId;
    QString stationKeyId;
    QString stationId;
    QString site;
    QString moduleCode;
    QString outcome; // submitted, timed-out, voided
    QString endedAt;
};

class SignedRecords
{
    Q_DECLARE_TR_FUNCTIONS(exam::delivery::SignedRecords)
public:
    static constexpr qsizetype MaxRecordBytes = 512 * 1024; // a 101-item record is about 20 KiB

    // Checks that the bytes are a record this build understands, in canonical form (what was signed
    // is what is stored), and returns its identifying fields. Does not check the signature.
    static Result<RecordSummary> summarize(QByteArrayView record);

    // The body of `POST /v1/results`: {"record": base64, "signature": base64}.
    static QByteArray toUploadBody(const SignedRecord& signedRecord);
    static Result<SignedRecord> fromUploadBody(QByteArrayView body);
};

} // namespace exam::delivery
