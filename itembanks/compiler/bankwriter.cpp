#include "bankwriter.h"

#include "banks/bankformat.h"
#include "banks/bankreader.h"
#include "banks/keyslots.h"
#include "crypto/aes256gcm.h"
#include "crypto/ed25519.h"
#include "crypto/keyid.h"
#include "crypto/random.h"
#include "json/strictobject.h"

namespace exam::bankcompiler {

using namespace banks;
using crypto::SecretBytes;

Result<QByteArray> BankWriter::sign(QByteArrayView unsignedFile, const SecretBytes& publisherKey)
{
    auto signature = crypto::Ed25519::sign(publisherKey.view(), unsignedFile);
    if (!signature)
        return std::unexpected(signature.error());
    return unsignedFile.toByteArray() + *signature;
}

Result<QByteArray> BankWriter::write(const BankContent& content, const BankRecipients& recipients,
                                     const PublisherIdentity& publisher, const QDateTime& created)
{
    if (recipients.centerPublicKeys.isEmpty() && !recipients.releaseCode)
        return fail(ErrorCode::InvalidArgument, tr("A bank needs at least one center key or a release code, or nobody "
                                                   "could open it."));
    if (recipients.unlock == UnlockPolicy::All && (recipients.centerPublicKeys.isEmpty() || !recipients.releaseCode))
        return fail(ErrorCode::InvalidArgument, tr("A bank that needs a center key and a release code together must be "
                                                   "built with both."));
    // The reader's header limits, checked here too, so the writer never makes a bank no station opens.
    if (publisher.name.trimmed().isEmpty() || publisher.name.size() > format::MaxNameLength
        || StrictObject::hasForbiddenCharacter(publisher.name, true))
        return fail(ErrorCode::InvalidArgument,
                    tr("The publisher name must be one line of 1 to %1 characters.").arg(format::MaxNameLength));
    if (recipients.centerPublicKeys.size() + (recipients.releaseCode ? 1 : 0) > format::MaxSlots)
        return fail(ErrorCode::LimitExceeded,
                    tr("A bank has at most %1 key slots; issue it to fewer centers per file.").arg(format::MaxSlots));
    if (const QList<ContentProblem> problems = validateContent(content); !problems.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("The content is not valid: %1").arg(problems.first().message));
    auto publisherPublic = crypto::Ed25519::publicKeyOf(publisher.privateKey.view());
    if (!publisherPublic)
        return std::unexpected(publisherPublic.error());

    auto contentKey = crypto::Random::secret(format::ContentKeySize);
    if (!contentKey)
        return std::unexpected(contentKey.error());
    // With UnlockPolicy::All the center slots carry a random share and the release-code slot carries
    // key XOR share: either alone reveals nothing about the key.
    SecretBytes centerShare = SecretBytes::copyOf(contentKey->view());
    SecretBytes codeShare = SecretBytes::copyOf(contentKey->view());
    if (recipients.unlock == UnlockPolicy::All) {
        auto random = crypto::Random::secret(format::ContentKeySize);
        if (!random)
            return std::unexpected(random.error());
        centerShare = std::move(*random);
        for (qsizetype i = 0; i < format::ContentKeySize; ++i)
            codeShare.writableData()[i] =
                static_cast<unsigned char>(contentKey->constData()[i] ^ centerShare.constData()[i]);
    }

    BankHeader header;
    header.bankId = content.bankId;
    header.bankVersion = content.bankVersion;
    header.moduleCode = content.module.code;
    header.title = content.module.title;
    header.language = content.module.language;
    header.itemCount = int(content.items.size());
    header.created = created.toUTC();
    header.publisherName = publisher.name;
    header.publisherKeyId = crypto::keyIdOf(*publisherPublic);
    header.unlock = recipients.unlock;
    header.rules = content.rules;
    const QByteArray slotData = format::slotAssociatedData(content.bankId, content.bankVersion);
    for (const QByteArray& center : recipients.centerPublicKeys) {
        auto slot = KeySlots::sealForCenter(centerShare.view(), center, slotData);
        if (!slot)
            return std::unexpected(slot.error());
        header.keySlots.append(*slot);
    }
    if (recipients.releaseCode) {
        auto slot =
            KeySlots::sealForReleaseCode(codeShare.view(), *recipients.releaseCode, recipients.scrypt, slotData);
        if (!slot)
            return std::unexpected(slot.error());
        header.keySlots.append(*slot);
    }
    auto nonce = crypto::Random::bytes(format::NonceSize);
    if (!nonce)
        return std::unexpected(nonce.error());
    header.payloadNonce = *nonce;

    const QByteArray headerBytes = header.toCanonicalJson();
    // Read back as a station will: rules given in code are held to the same limits as a source's.
    if (auto readable = BankHeader::fromJson(headerBytes, format::Version); !readable)
        return fail(ErrorCode::InvalidArgument,
                    tr("The bank's header would be refused by every station: %1").arg(readable.error().message));
    if (headerBytes.size() > format::MaxHeaderSize)
        return fail(ErrorCode::LimitExceeded, tr("The header would be larger than %1 KiB; issue the bank to fewer "
                                                 "centers per file.")
                                                  .arg(format::MaxHeaderSize >> 10));
    const QByteArray associatedData =
        BankReader::assembleUnsigned(headerBytes, {}).first(format::PrefixSize + headerBytes.size());
    QByteArray plaintext = BankPayload::serialize(content);
    if (plaintext.size() > format::MaxPayloadSize) {
        crypto::wipe(plaintext);
        return fail(ErrorCode::LimitExceeded,
                    tr("The content is larger than %1 MiB; use smaller images.").arg(format::MaxPayloadSize >> 20));
    }
    auto ciphertext = crypto::Aes256Gcm::seal(contentKey->view(), *nonce, plaintext, associatedData);
    crypto::wipe(plaintext);
    if (!ciphertext)
        return std::unexpected(ciphertext.error());
    return sign(BankReader::assembleUnsigned(headerBytes, *ciphertext), publisher.privateKey);
}

} // namespace exam::bankcompiler
