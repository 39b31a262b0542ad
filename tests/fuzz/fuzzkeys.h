#pragma once
// Fixed keys for the bank reader fuzz target, so seed banks in the corpus verify and decrypt and the
// fuzzer can reach the checks behind the signature. Test keys only: they are public in this file.

#include "banks/bankreader.h"
#include "crypto/ed25519.h"

namespace exam::fuzz {

inline QByteArray publisherSeed()
{
    QByteArray seed(32, '\0');
    for (int i = 0; i < 32; ++i)
        seed[i] = char(0x01 + i);
    return seed;
}

inline QByteArray centerPrivateKey()
{
    QByteArray key(32, '\0');
    for (int i = 0; i < 32; ++i)
        key[i] = char(0x41 + i);
    return key;
}

// The release code of seed-center-and-code.exambank (also in seed-releasecode.txt).
inline banks::BankKeys bankKeys()
{
    return banks::BankKeys{crypto::SecretBytes::copyOf(centerPrivateKey()),
                           *banks::ReleaseCode::parse(QStringLiteral("21BC-7AA1-RX3M-ZQMF-ACWX"))};
}

inline QList<banks::PublisherKey> trustedPublishers()
{
    return {banks::PublisherKey{QStringLiteral("Fuzz publisher"), *crypto::Ed25519::publicKeyOf(publisherSeed())}};
}

} // namespace exam::fuzz
