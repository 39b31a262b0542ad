#pragma once
// Fixed keys for the delivery fuzz target, so the seed bundle in the corpus opens and seed receipts
// verify, and the fuzzer reaches the parsers behind the encryption. Test keys only: public here.

#include <QByteArray>

namespace exam::fuzz {

inline QByteArray registryBundlePrivateKey()
{
    QByteArray key(32, '\0');
    for (int i = 0; i < 32; ++i)
        key[i] = char(0x61 + i);
    return key;
}

inline QByteArray intakeReceiptSeed()
{
    QByteArray seed(32, '\0');
    for (int i = 0; i < 32; ++i)
        seed[i] = char(0x21 + i);
    return seed;
}

} // namespace exam::fuzz
