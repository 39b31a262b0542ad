#pragma once

#include "bankheader.h"
#include "crypto/secretbytes.h"
#include "releasecode.h"

namespace exam::banks {

// Wrapping and unwrapping the 32-byte content key (or key share) in a key slot:
// - center slot: an ephemeral X25519 key agrees a secret with the center's public key; HKDF-SHA256
//   (salt = ephemeral public key ‖ center public key, info "exam-bank/1 center slot") turns it into
//   the wrapping key;
// - release-code slot: scrypt of the canonical code with the slot's salt and cost is the wrapping key.
// The share itself is sealed with AES-256-GCM under the slot's nonce, with the bank id and version as
// associated data, so a slot cannot be moved to another bank.
class KeySlots
{
    Q_DECLARE_TR_FUNCTIONS(exam::banks::KeySlots)
public:
    static Result<KeySlot> sealForCenter(QByteArrayView share, QByteArrayView centerPublicKey,
                                         QByteArrayView associatedData);
    static Result<KeySlot> sealForReleaseCode(QByteArrayView share, const ReleaseCode& code,
                                              const crypto::ScryptParams& params, QByteArrayView associatedData);

    // AuthenticationFailed when the key or code does not open the slot (or the slot was altered).
    static Result<crypto::SecretBytes> openCenter(const KeySlot& slot, QByteArrayView centerPrivateKey,
                                                  QByteArrayView associatedData);
    static Result<crypto::SecretBytes> openReleaseCode(const KeySlot& slot, const ReleaseCode& code,
                                                       QByteArrayView associatedData);

private:
    static Result<crypto::SecretBytes> centerWrappingKey(QByteArrayView sharedSecretOwner, QByteArrayView peer,
                                                         QByteArrayView ephemeralPublic, QByteArrayView centerPublic);
};

} // namespace exam::banks
