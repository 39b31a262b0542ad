#pragma once

#include "signedrecord.h"

#include <QList>

namespace exam::delivery {

struct BundleInfo
{
    QString stationKeyId;
    QString createdAt;
    int count = 0;
};

struct OpenedBundle
{
    BundleInfo info;
    QList<SignedRecord> records;
};

// An offline bundle: signed result records carried on a USB stick from a station without a
// connection to the registry. Encrypted to the registry's X25519 bundle key, so a lost stick leaks
// nothing, and authenticated as a whole, so a truncated or altered file opens not at all (never half).
// Layout (core/delivery/FORMATS.md): magic, header length, canonical-JSON header, AES-256-GCM
// ciphertext of the records with magic + length + header as associated data.
class ResultBundle
{
    Q_DECLARE_TR_FUNCTIONS(exam::delivery::ResultBundle)
public:
    static constexpr qsizetype MaxBundleBytes = 512ll * 1024 * 1024;
    static constexpr int MaxRecords = 100000;

    static Result<QByteArray> seal(const QList<SignedRecord>& records, QByteArrayView registryPublicKey,
                                   const BundleInfo& info);
    static Result<OpenedBundle> open(QByteArrayView bundle, QByteArrayView registryPrivateKey);
};

} // namespace exam::delivery
