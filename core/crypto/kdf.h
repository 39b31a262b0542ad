#pragma once

#include "error.h"
#include "secretbytes.h"

#include <QByteArray>

namespace exam::crypto {

// scrypt cost parameters (RFC 7914). Read from files (bank key slots, the proctor table), so they are
// checked against caps before any work is done: a hostile file cannot make the kiosk spend minutes or
// gigabytes deriving a key.
struct ScryptParams
{
    quint64 n = 1u << 15; // CPU/memory cost, a power of two
    quint32 r = 8;        // block size
    quint32 p = 1;        // parallelism

    // Caps: N ≤ 2^20, r ≤ 16, p ≤ 16, memory 128·r·N ≤ 256 MiB, total work N·r·p ≤ 2^22 blocks
    // (≈ 1–2 s on a 2-core station). The defaults cost ≈ 32 MiB and ≈ 0.1 s.
    static constexpr quint64 MaxN = 1u << 20;
    static constexpr quint32 MaxR = 16;
    static constexpr quint32 MaxP = 16;
    static constexpr quint64 MaxMemoryBytes = 256ull << 20;
    static constexpr quint64 MaxWork = 1ull << 22;

    bool operator==(const ScryptParams&) const = default;
};

class Kdf
{
    Q_DECLARE_TR_FUNCTIONS(exam::crypto::Kdf)
public:
    static constexpr qsizetype MaxHkdfLength = 255 * 32;
    static constexpr qsizetype MaxScryptLength = 1024;

    // HKDF-SHA256 (RFC 5869), extract and expand. An empty salt means HashLen zero bytes, per the RFC.
    static Result<SecretBytes> hkdfSha256(QByteArrayView inputKey, QByteArrayView salt, QByteArrayView info,
                                          qsizetype length);

    static Result<void> checkScryptParams(const ScryptParams& params);
    static Result<SecretBytes> scrypt(QByteArrayView password, QByteArrayView salt, const ScryptParams& params,
                                      qsizetype length);
};

} // namespace exam::crypto
