#pragma once
// A bank the size the product's goals are stated for: 101 items (96 scored in four domains, 5
// pilots), 40 of them with a PNG picture of noise (incompressible), about 5 MB in all, issued to a
// centre key and signed by a publisher key made for the run.

#include "banks/bankcontent.h"
#include "banks/bankreader.h"
#include "crypto/ed25519.h"
#include "crypto/x25519.h"

namespace exam::bench {

struct SyntheticBank
{
    banks::BankContent content;
    QByteArray file;
    crypto::Ed25519KeyPair publisher;
    crypto::X25519KeyPair center;

    // poolFactor 2: the same form drawn from a pool twice as deep (202 items, 80 pictures).
    static SyntheticBank make(int poolFactor = 1);
    QList<banks::PublisherKey> trusted() const;
    banks::BankKeys keys() const;

    // Saved for a child process: the bank file and the two keys it needs.
    void save(const QString& folder) const;
    static bool load(const QString& folder, QByteArray& file, QList<banks::PublisherKey>& trusted,
                     banks::BankKeys& keys);
};

} // namespace exam::bench
