#pragma once

#include "bankcontent.h"
#include "bankheader.h"
#include "crypto/secretbytes.h"
#include "releasecode.h"

#include <optional>
#include <span>

namespace exam::banks {

// The checks a bank file passes, in the order the reader runs them. The first that fails stops
// everything; the error names it.
enum class BankCheck {
    Read,      // the file can be read
    FileSize,  // no smaller than the fixed parts, no larger than the format allows
    Magic,     // the file starts with EXAMBANK
    Header,    // format version, lengths, the JSON header and its limits
    Signature, // signed by a trusted publisher, over header and ciphertext
    KeySlot,   // a slot this station can open with its center key or the release code
    Decrypt,   // the payload's GCM tag verifies under the content key
    Payload,   // the decrypted content is well-formed, valid and matches its header
    Install,   // the station's catalogue accepts it (no rollback, no conflicting copy, storage ok)
};

// A short translated name of a check, e.g. "publisher signature".
QString bankCheckName(BankCheck check);

struct BankError
{
    BankCheck check;
    Error error;

    // "bank.exambank: the publisher signature check failed. <reason>"
    QString describe(const QString& fileName) const;
};

template<typename T>
using BankResult = std::expected<T, BankError>;

// A publisher whose banks this station accepts.
struct PublisherKey
{
    QString name;
    QByteArray publicKey; // Ed25519, 32 bytes
};

// What this station holds to open banks: its center's X25519 private key and/or the release code
// given out on exam day.
struct BankKeys
{
    crypto::SecretBytes centerPrivateKey;
    std::optional<ReleaseCode> releaseCode;
};

// The byte ranges of a bank file (views into the caller's buffer).
struct BankFileParts
{
    quint16 version = 0;
    QByteArrayView associatedData; // magic, version, header length, header: the payload AEAD's AD
    QByteArrayView header;
    QByteArrayView ciphertext;  // ciphertext and tag
    QByteArrayView signedBytes; // everything before the signature
    QByteArrayView signature;
};

struct OpenedBank
{
    BankHeader header;
    BankContent content;
    QByteArray fileSha256;
};

class BankReader
{
    Q_DECLARE_TR_FUNCTIONS(exam::banks::BankReader)
public:
    // Reads a bank file, refusing one too large before reading it.
    static BankResult<QByteArray> readFile(const QString& path);

    // Size, magic and header: what `inspect` shows. Nothing is verified or decrypted.
    static BankResult<BankHeader> readHeader(QByteArrayView file);
    // readHeader plus the publisher signature.
    static BankResult<BankHeader> verify(QByteArrayView file, std::span<const PublisherKey> trusted);
    // Every check. Plaintext and keys never leave on failure; buffers are wiped.
    static BankResult<OpenedBank> open(QByteArrayView file, std::span<const PublisherKey> trusted,
                                       const BankKeys& keys);

    static BankResult<BankFileParts> split(QByteArrayView file);
    // The unsigned part of a file (prefix, header, ciphertext length, ciphertext): writers sign it and
    // append the signature.
    static QByteArray assembleUnsigned(QByteArrayView header, QByteArrayView ciphertext);

private:
    static BankResult<crypto::SecretBytes> unlockContentKey(const BankHeader& header, const BankKeys& keys);
};

} // namespace exam::banks
