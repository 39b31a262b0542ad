#pragma once

#include "banks/bankcontent.h"
#include "banks/bankheader.h"
#include "banks/releasecode.h"
#include "crypto/kdf.h"
#include "crypto/secretbytes.h"

#include <QDateTime>

#include <optional>

namespace exam::bankcompiler {

// Who may open a bank: the centers it is issued to (their X25519 public keys) and/or whoever holds
// the release code.
struct BankRecipients
{
    QList<QByteArray> centerPublicKeys;
    std::optional<banks::ReleaseCode> releaseCode;
    crypto::ScryptParams scrypt; // cost of the release-code slot
    banks::UnlockPolicy unlock = banks::UnlockPolicy::Any;
};

struct PublisherIdentity
{
    QString name;
    crypto::SecretBytes privateKey; // Ed25519 seed
};

// Writes a bank file: random content key, key slots for the recipients, AES-256-GCM payload with the
// header as associated data, Ed25519 signature over everything before it.
class BankWriter
{
    Q_DECLARE_TR_FUNCTIONS(exam::bankcompiler::BankWriter)
public:
    static Result<QByteArray> write(const banks::BankContent& content, const BankRecipients& recipients,
                                    const PublisherIdentity& publisher, const QDateTime& created);

    // Signs an unsigned file body (header changed by hand, in tests and tools) and returns the file.
    static Result<QByteArray> sign(QByteArrayView unsignedFile, const crypto::SecretBytes& publisherKey);
};

} // namespace exam::bankcompiler
