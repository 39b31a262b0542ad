#pragma once
// Real banks for the tests, built by the real compiler from the sample source in
// tests/data/banks/sample with keys made once per test process.

#include "banks/bankreader.h"
#include "compiler/bankwriter.h"
#include "crypto/ed25519.h"
#include "crypto/x25519.h"

#include <QList>

namespace exam::test {

// The canary written into an item of the sample source: it must never appear in clear outside it.
inline constexpr char ItemCanary[] = "CANARY-7f3e9b2a-ITEMTEXT";

class BankFixture
{
public:
    static const BankFixture& instance();

    // Cheap scrypt cost for release-code slots in tests (the real default is 2^15).
    static crypto::ScryptParams fastScrypt() { return crypto::ScryptParams{1u << 10, 8, 1}; }

    QString sourceFolder() const;
    banks::BankContent content() const; // the sample source, read and checked

    QByteArray build(const banks::BankContent& content, const bankcompiler::BankRecipients& recipients) const;
    QByteArray buildForCenter() const; // issued to center() only
    QByteArray buildWithReleaseCode(const banks::ReleaseCode& code, banks::UnlockPolicy unlock) const;

    QList<banks::PublisherKey> trusted() const;
    banks::BankKeys centerKeys() const;
    const crypto::Ed25519KeyPair& publisher() const { return m_publisher; }
    const crypto::X25519KeyPair& center() const { return m_center; }
    const crypto::X25519KeyPair& otherCenter() const { return m_otherCenter; }

private:
    BankFixture();
    crypto::Ed25519KeyPair m_publisher;
    crypto::X25519KeyPair m_center;
    crypto::X25519KeyPair m_otherCenter;
};

} // namespace exam::test
