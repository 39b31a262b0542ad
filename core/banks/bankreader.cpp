#include "bankreader.h"

#include "bankformat.h"
#include "crypto/aes256gcm.h"
#include "crypto/ed25519.h"
#include "crypto/keyid.h"
#include "crypto/sha256.h"
#include "crypto/x25519.h"
#include "keyslots.h"
#include "json/canonicaljson.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <future>

namespace exam::banks {

using crypto::SecretBytes;

namespace {

std::unexpected<BankError> refuse(BankCheck check, ErrorCode code, const QString& message)
{
    return std::unexpected(BankError{check, Error{code, message}});
}

} // namespace

QString bankCheckName(BankCheck check)
{
    switch (check) {
    case BankCheck::Read: return BankReader::tr("file access");
    case BankCheck::FileSize: return BankReader::tr("file size");
    case BankCheck::Magic: return BankReader::tr("file type");
    case BankCheck::Header: return BankReader::tr("header");
    case BankCheck::Signature: return BankReader::tr("publisher signature");
    case BankCheck::KeySlot: return BankReader::tr("key");
    case BankCheck::Decrypt: return BankReader::tr("decryption");
    case BankCheck::Payload: return BankReader::tr("content");
    case BankCheck::Install: return BankReader::tr("installation");
    }
    return {};
}

QString BankError::describe(const QString& fileName) const
{
    return BankReader::tr("%1: the %2 check failed. %3").arg(fileName, bankCheckName(check), error.message);
}

BankResult<QByteArray> BankReader::readFile(const QString& path)
{
    // Only regular files: a device or a pipe (e.g. a symlink on a USB stick to /dev/zero) would report
    // no size and never end.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return refuse(BankCheck::Read, ErrorCode::InvalidArgument,
                      tr("This is not a regular file (a folder, device or pipe), so it cannot be a bank."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(BankCheck::Read, file.exists() ? ErrorCode::IoError : ErrorCode::NotFound,
                      tr("The file cannot be read: %1.").arg(file.errorString()));
    const auto tooLarge = [&file] {
        return refuse(BankCheck::FileSize, ErrorCode::LimitExceeded,
                      tr("The file is larger than a bank may be (%1 MiB). It is not a bank file, or it is damaged.")
                          .arg(format::MaxFileSize >> 20));
    };
    if (file.size() > format::MaxFileSize)
        return tooLarge();
    // Read at most one byte more than the limit, so a file that grows while it is read is still caught.
    QByteArray bytes = file.read(format::MaxFileSize + 1);
    if (bytes.size() > format::MaxFileSize)
        return tooLarge();
    if (file.error() != QFileDevice::NoError)
        return refuse(BankCheck::Read, ErrorCode::IoError,
                      tr("The file could not be read to its end: %1.").arg(file.errorString()));
    return bytes;
}

QByteArray BankReader::assembleUnsigned(QByteArrayView header, QByteArrayView ciphertext)
{
    QByteArray out;
    out.reserve(format::PrefixSize + header.size() + format::CiphertextLengthSize + ciphertext.size()
                + format::SignatureSize);
    out.append(format::Magic, format::MagicSize);
    char buffer[8];
    qToBigEndian<quint16>(format::Version, buffer);
    out.append(buffer, 2);
    qToBigEndian<quint32>(quint32(header.size()), buffer);
    out.append(buffer, 4);
    out.append(header);
    qToBigEndian<quint64>(quint64(ciphertext.size()), buffer);
    out.append(buffer, 8);
    out.append(ciphertext);
    return out;
}

BankResult<BankFileParts> BankReader::split(QByteArrayView file)
{
    if (file.size() < format::MinFileSize)
        return refuse(BankCheck::FileSize, ErrorCode::ParseError,
                      tr("The file is %1 bytes long, too short to be a bank. It was cut off while copying or "
                         "downloading; get it again from the publisher.")
                          .arg(file.size()));
    if (file.size() > format::MaxFileSize)
        return refuse(BankCheck::FileSize, ErrorCode::LimitExceeded,
                      tr("The file is larger than a bank may be (%1 MiB).").arg(format::MaxFileSize >> 20));
    if (file.first(format::MagicSize) != QByteArrayView(format::Magic, format::MagicSize))
        return refuse(BankCheck::Magic, ErrorCode::ParseError,
                      tr("The file is not an exam bank (it does not start with EXAMBANK)."));

    BankFileParts parts;
    parts.version = qFromBigEndian<quint16>(file.data() + format::MagicSize);
    if (parts.version < format::OldestReadVersion || parts.version > format::Version)
        return refuse(BankCheck::Header, ErrorCode::UnsupportedVersion,
                      tr("The bank is in format version %1; this kiosk reads version %2. Update the kiosk, or ask "
                         "the publisher for a version %2 bank.")
                          .arg(parts.version)
                          .arg(format::Version));
    const quint32 headerLength = qFromBigEndian<quint32>(file.data() + format::MagicSize + 2);
    if (headerLength < format::MinHeaderSize || headerLength > format::MaxHeaderSize)
        return refuse(BankCheck::Header, ErrorCode::LimitExceeded,
                      tr("The header length %1 is outside the allowed %2 to %3 bytes: the file is damaged.")
                          .arg(headerLength)
                          .arg(format::MinHeaderSize)
                          .arg(format::MaxHeaderSize));
    const qsizetype afterHeader = format::PrefixSize + qsizetype(headerLength);
    if (file.size() < afterHeader + format::CiphertextLengthSize + format::TagSize + format::SignatureSize)
        return refuse(BankCheck::Header, ErrorCode::ParseError,
                      tr("The file ends inside its header: it was cut off. Get it again from the publisher."));
    const quint64 ciphertextLength = qFromBigEndian<quint64>(file.data() + afterHeader);
    const qsizetype expectedSize = afterHeader + format::CiphertextLengthSize + format::SignatureSize;
    if (ciphertextLength < quint64(format::TagSize)
        || ciphertextLength > quint64(format::MaxPayloadSize + format::TagSize))
        return refuse(BankCheck::Header, ErrorCode::LimitExceeded,
                      tr("The content length in the file is out of range: the file is damaged."));
    if (quint64(file.size()) != quint64(expectedSize) + ciphertextLength)
        return refuse(BankCheck::Header, ErrorCode::ParseError,
                      tr("The file is %1 bytes long, but its header says %2: it was cut off or has extra bytes. Get "
                         "it again from the publisher.")
                          .arg(file.size())
                          .arg(quint64(expectedSize) + ciphertextLength));

    parts.associatedData = file.first(afterHeader);
    parts.header = file.sliced(format::PrefixSize, headerLength);
    parts.ciphertext = file.sliced(afterHeader + format::CiphertextLengthSize, qsizetype(ciphertextLength));
    parts.signedBytes = file.first(file.size() - format::SignatureSize);
    parts.signature = file.last(format::SignatureSize);
    return parts;
}

BankResult<BankHeader> BankReader::readHeader(QByteArrayView file)
{
    auto parts = split(file);
    if (!parts)
        return std::unexpected(parts.error());
    auto header = BankHeader::fromJson(parts->header, parts->version);
    // Only the canonical form is accepted, so every reader sees the same fields in the signed bytes
    // (JSON with a member twice, or reordered, could be read differently by another parser).
    if (header && CanonicalJson::canonicalize(parts->header).value_or(QByteArray()) != parts->header)
        return refuse(BankCheck::Header, ErrorCode::ParseError,
                      tr("The header is not in canonical JSON form (RFC 8785): the file was not made by a "
                         "conforming writer, or it was altered."));
    if (!header)
        return refuse(BankCheck::Header, header.error().code,
                      tr("The header is damaged or not in the expected format: %1").arg(header.error().message));
    return std::move(*header);
}

BankResult<BankHeader> BankReader::verify(QByteArrayView file, std::span<const PublisherKey> trusted)
{
    auto header = readHeader(file);
    if (!header)
        return header;
    const auto publisher = std::find_if(trusted.begin(), trusted.end(), [&header](const PublisherKey& key) {
        return crypto::keyIdOf(key.publicKey) == header->publisherKeyId;
    });
    if (publisher == trusted.end())
        return refuse(BankCheck::Signature, ErrorCode::UntrustedSigner,
                      tr("The bank was signed by “%1” with key %2, which this station does not trust. Only banks "
                         "from the certifying body's publishers can be installed; if this publisher is genuine, "
                         "add its public key to the station's trusted publishers first.")
                          .arg(header->publisherName, header->publisherKeyId));
    const auto parts = split(file); // cannot fail: readHeader split the same bytes
    if (auto valid = crypto::Ed25519::verify(publisher->publicKey, parts->signedBytes, parts->signature); !valid)
        return refuse(BankCheck::Signature, ErrorCode::AuthenticationFailed,
                      tr("The publisher's signature does not match the file: it was altered or damaged after it "
                         "was signed. Do not use it; get a fresh copy from the publisher."));
    return header;
}

BankResult<SecretBytes> BankReader::unlockContentKey(const BankHeader& header, const BankKeys& keys)
{
    const QByteArray associatedData = format::slotAssociatedData(header.bankId, header.bankVersion);
    const auto findSlot = [&header](KeySlot::Type type, const QString& centerKeyId) -> const KeySlot* {
        for (const KeySlot& slot : header.keySlots) {
            if (slot.type == type && (type == KeySlot::Type::ReleaseCode || slot.centerKeyId == centerKeyId))
                return &slot;
        }
        return nullptr;
    };

    QString centerKeyId;
    if (!keys.centerPrivateKey.isEmpty()) {
        auto centerPublic = crypto::X25519::publicKeyOf(keys.centerPrivateKey.view());
        if (!centerPublic)
            return refuse(BankCheck::KeySlot, ErrorCode::InvalidArgument,
                          tr("The station's center key is not a valid key: %1").arg(centerPublic.error().message));
        centerKeyId = crypto::keyIdOf(*centerPublic);
    }
    const KeySlot* centerSlot = centerKeyId.isEmpty() ? nullptr : findSlot(KeySlot::Type::Center, centerKeyId);
    const KeySlot* codeSlot = findSlot(KeySlot::Type::ReleaseCode, QString());
    const bool hasCenterSlots = std::any_of(header.keySlots.cbegin(), header.keySlots.cend(),
                                            [](const KeySlot& slot) { return slot.type == KeySlot::Type::Center; });

    const auto openCenterShare = [&]() -> BankResult<SecretBytes> {
        auto share = KeySlots::openCenter(*centerSlot, keys.centerPrivateKey.view(), associatedData);
        if (!share)
            return refuse(BankCheck::KeySlot, ErrorCode::AuthenticationFailed,
                          tr("The key slot for this center does not open with the center key: the file was altered, "
                             "or the station's center key was replaced. Get a fresh copy of the bank."));
        return std::move(*share);
    };
    const auto openCodeShare = [&]() -> BankResult<SecretBytes> {
        auto share = KeySlots::openReleaseCode(*codeSlot, *keys.releaseCode, associatedData);
        if (!share)
            return refuse(BankCheck::KeySlot, ErrorCode::WrongReleaseCode,
                          tr("This release code does not open “%1” (version %2). Check that the code sheet is for "
                             "this module and version, and type it again.")
                              .arg(header.title)
                              .arg(header.bankVersion));
        return std::move(*share);
    };
    const auto notIssued = [&]() {
        return refuse(BankCheck::KeySlot, ErrorCode::KeyNotIssued,
                      tr("“%1” was not issued to this center: none of its key slots belongs to this station's center "
                         "key (%2). Ask the publisher for a bank issued to your center.")
                          .arg(header.title, centerKeyId));
    };
    const auto codeNeeded = [&]() {
        if (!centerKeyId.isEmpty() && !centerSlot)
            return refuse(BankCheck::KeySlot, ErrorCode::KeyRequired,
                          tr("“%1” was not issued to this center's key (%2), so it opens only with its release code. "
                             "Enter the code given out for today's exam.")
                              .arg(header.title, centerKeyId));
        return refuse(
            BankCheck::KeySlot, ErrorCode::KeyRequired,
            tr("“%1” opens only with its release code. Enter the code given out for today's exam.").arg(header.title));
    };

    if (header.unlock == UnlockPolicy::Any) {
        if (centerSlot) {
            auto share = openCenterShare();
            if (share || !(codeSlot && keys.releaseCode))
                return share;
            // The center's slot is damaged; the release code, when given, may still open the bank.
        }
        if (codeSlot && keys.releaseCode)
            return openCodeShare();
        if (codeSlot)
            return codeNeeded();
        if (centerKeyId.isEmpty() && hasCenterSlots)
            return refuse(BankCheck::KeySlot, ErrorCode::KeyRequired,
                          tr("“%1” opens only with a center key, and this station has none set up.").arg(header.title));
        return notIssued();
    }

    // UnlockPolicy::All: the center share and the release-code share together make the key.
    if (!centerSlot)
        return centerKeyId.isEmpty() ? refuse(BankCheck::KeySlot, ErrorCode::KeyRequired,
                                              tr("“%1” needs this center's key and a release code; this station has "
                                                 "no center key set up.")
                                                  .arg(header.title))
                                     : notIssued();
    if (!keys.releaseCode)
        return codeNeeded();
    auto centerShare = openCenterShare();
    if (!centerShare)
        return centerShare;
    auto codeShare = openCodeShare();
    if (!codeShare)
        return codeShare;
    SecretBytes key(format::ContentKeySize);
    for (qsizetype i = 0; i < format::ContentKeySize; ++i)
        key.writableData()[i] = static_cast<unsigned char>(centerShare->constData()[i] ^ codeShare->constData()[i]);
    return key;
}

BankResult<OpenedBank> BankReader::open(QByteArrayView file, std::span<const PublisherKey> trusted,
                                        const BankKeys& keys)
{
    // The file's SHA-256 (which the session records) needs nothing from the checks: it runs on another
    // core meanwhile instead of as a fifth pass over megabytes afterwards (or here, at get(), when no
    // thread can be made). The future's destructor waits on every return, so `file` outlives it.
    std::future<QByteArray> fileSha256 =
        std::async(std::launch::async | std::launch::deferred, [file] { return crypto::Sha256::hash(file); });
    auto header = verify(file, trusted);
    if (!header)
        return std::unexpected(header.error());
    auto contentKey = unlockContentKey(*header, keys);
    if (!contentKey)
        return std::unexpected(contentKey.error());
    const auto parts = split(file);
    auto plaintext =
        crypto::Aes256Gcm::open(contentKey->view(), header->payloadNonce, parts->ciphertext, parts->associatedData);
    contentKey->wipe();
    if (!plaintext)
        return refuse(BankCheck::Decrypt, ErrorCode::AuthenticationFailed,
                      tr("The content does not decrypt with the key from its slot: the file was damaged or altered. "
                         "Get a fresh copy from the publisher."));
    auto content = BankPayload::parse(plaintext->view(), parts->version);
    plaintext->wipe();
    if (!content)
        return refuse(BankCheck::Payload, content.error().code,
                      tr("The decrypted content is not a valid bank: %1").arg(content.error().message));
    if (content->bankId != header->bankId || content->bankVersion != header->bankVersion
        || content->items.size() != header->itemCount || content->module.code != header->moduleCode
        || content->module.title != header->title || content->module.language != header->language)
        return refuse(BankCheck::Payload, ErrorCode::ParseError,
                      tr("The decrypted content does not match its header (id, version, module or item count "
                         "differ). The publisher built it wrongly; ask for a new file."));
    content->rules = header->rules;
    return OpenedBank{*header, std::move(*content), fileSha256.get()};
}

} // namespace exam::banks
