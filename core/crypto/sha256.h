#pragma once

#include "error.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

class QIODevice;

namespace exam::crypto {

// SHA-256, one-shot or incremental (for files too large to hold twice).
class Sha256
{
    Q_DECLARE_TR_FUNCTIONS(exam::crypto::Sha256)
public:
    static constexpr qsizetype DigestSize = 32;

    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(QByteArrayView data);
    // The digest of everything added; the hasher is spent afterwards.
    QByteArray result();

    static QByteArray hash(QByteArrayView data);
    // Hash a device from its current position to its end.
    static Result<QByteArray> hash(QIODevice& device);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace exam::crypto
