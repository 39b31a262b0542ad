#include "keyslots.h"

#include "bankformat.h"
#include "crypto/aes256gcm.h"
#include "crypto/kdf.h"
#include "crypto/keyid.h"
#include "crypto/random.h"
#include "crypto/x25519.h"

namespace exam::banks {

using crypto::SecretBytes;

namespace {

constexpr QByteArrayView CenterSlotInfo = "exam-bank/1 center slot";
constexpr qsizetype SaltSize = 16;

} // namespace

Result<SecretBytes> KeySlots::centerWrappingKey(QByteArrayView ownPrivate, QByteArrayView peerPublic,
                                                QByteArrayView ephemeralPublic, QByteArrayView centerPublic)
{
    auto shared = crypto::X25519::derive(ownPrivate, peerPublic);
    if (!shared)
        return std::unexpected(shared.error());
    const QByteArray salt = ephemeralPublic.toByteArray() + centerPublic.toByteArray();
    return crypto::Kdf::hkdfSha256(shared->view(), salt, CenterSlotInfo, format::ContentKeySize);
}

Result<KeySlot> KeySlots::sealForCenter(QByteArrayView share, QByteArrayView centerPublicKey,
                                        QByteArrayView associatedData)
{
    auto ephemeral = crypto::X25519::generate();
    if (!ephemeral)
        return std::unexpected(ephemeral.error());
    auto wrappingKey =
        centerWrappingKey(ephemeral->privateKey.view(), centerPublicKey, ephemeral->publicKey, centerPublicKey);
    if (!wrappingKey)
        return std::unexpected(wrappingKey.error());
    auto nonce = crypto::Random::bytes(format::NonceSize);
    if (!nonce)
        return std::unexpected(nonce.error());
    auto wrapped = crypto::Aes256Gcm::seal(wrappingKey->view(), *nonce, share, associatedData);
    if (!wrapped)
        return std::unexpected(wrapped.error());
    KeySlot slot;
    slot.type = KeySlot::Type::Center;
    slot.centerKeyId = crypto::keyIdOf(centerPublicKey);
    slot.ephemeralPublicKey = ephemeral->publicKey;
    slot.nonce = *nonce;
    slot.wrappedKey = *wrapped;
    return slot;
}

Result<KeySlot> KeySlots::sealForReleaseCode(QByteArrayView share, const ReleaseCode& code,
                                             const crypto::ScryptParams& params, QByteArrayView associatedData)
{
    auto salt = crypto::Random::bytes(SaltSize);
    auto nonce = crypto::Random::bytes(format::NonceSize);
    if (!salt || !nonce)
        return std::unexpected(!salt ? salt.error() : nonce.error());
    auto wrappingKey = crypto::Kdf::scrypt(code.canonical().reveal(), *salt, params, format::ContentKeySize);
    if (!wrappingKey)
        return std::unexpected(wrappingKey.error());
    auto wrapped = crypto::Aes256Gcm::seal(wrappingKey->view(), *nonce, share, associatedData);
    if (!wrapped)
        return std::unexpected(wrapped.error());
    KeySlot slot;
    slot.type = KeySlot::Type::ReleaseCode;
    slot.scrypt = params;
    slot.salt = *salt;
    slot.nonce = *nonce;
    slot.wrappedKey = *wrapped;
    return slot;
}

Result<SecretBytes> KeySlots::openCenter(const KeySlot& slot, QByteArrayView centerPrivateKey,
                                         QByteArrayView associatedData)
{
    auto centerPublic = crypto::X25519::publicKeyOf(centerPrivateKey);
    if (!centerPublic)
        return std::unexpected(centerPublic.error());
    auto wrappingKey =
        centerWrappingKey(centerPrivateKey, slot.ephemeralPublicKey, slot.ephemeralPublicKey, *centerPublic);
    if (!wrappingKey)
        return fail(ErrorCode::AuthenticationFailed,
                    tr("The slot's ephemeral key is not usable: %1").arg(wrappingKey.error().message));
    return crypto::Aes256Gcm::open(wrappingKey->view(), slot.nonce, slot.wrappedKey, associatedData);
}

Result<SecretBytes> KeySlots::openReleaseCode(const KeySlot& slot, const ReleaseCode& code,
                                              QByteArrayView associatedData)
{
    auto wrappingKey = crypto::Kdf::scrypt(code.canonical().reveal(), slot.salt, slot.scrypt, format::ContentKeySize);
    if (!wrappingKey)
        return std::unexpected(wrappingKey.error());
    return crypto::Aes256Gcm::open(wrappingKey->view(), slot.nonce, slot.wrappedKey, associatedData);
}

} // namespace exam::banks
