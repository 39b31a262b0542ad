#pragma once

#include "bankformat.h"
#include "crypto/kdf.h"
#include "error.h"
#include "programmerules.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace exam::banks {

// One way to obtain the content key (or, with UnlockPolicy::All, one share of it).
struct KeySlot
{
    enum class Type { Center, ReleaseCode };
    Type type = Type::Center;
    // Center: the 32-byte share wrapped to a center's X25519 key with an ephemeral key.
    QString centerKeyId;
    QByteArray ephemeralPublicKey;
    // ReleaseCode: the share wrapped with a key derived by scrypt from the code.
    crypto::ScryptParams scrypt;
    QByteArray salt;
    // Both: AES-256-GCM of the share.
    QByteArray nonce;
    QByteArray wrappedKey; // 32 bytes + 16-byte tag

    bool operator==(const KeySlot&) const = default;
};

enum class UnlockPolicy {
    Any, // every slot holds the content key: a center key OR a release code opens the bank
    All, // center slots hold one share, release-code slots the other: both are needed
};

// The clear header: everything `exam-bank inspect` shows without a key. Serialised as RFC 8785
// canonical JSON; the bytes are the AEAD's associated data and are covered by the signature.
struct BankHeader
{
    QString bankId;
    int bankVersion = 0;
    QString moduleCode;
    QString title;
    QString language;
    int itemCount = 0;
    QDateTime created;
    QString publisherName;
    QString publisherKeyId;
    QByteArray payloadNonce;
    UnlockPolicy unlock = UnlockPolicy::Any;
    QList<KeySlot> keySlots;
    std::optional<ModuleRules> rules; // format 4: the programme's rules for this module

    bool operator==(const BankHeader&) const = default;

    QByteArray toCanonicalJson() const;
    // Strict: unknown or missing fields, wrong types, out-of-range values and parameters above the
    // caps are ParseError or LimitExceeded, with a message naming the field.
    // `rules` only from format 4 on.
    static Result<BankHeader> fromJson(QByteArrayView json, quint16 formatVersion = format::Version);

    Q_DECLARE_TR_FUNCTIONS(exam::banks::BankHeader)
};

QString unlockPolicyName(UnlockPolicy policy);

} // namespace exam::banks
