#pragma once

#include <QByteArray>

#include <optional>

namespace exam::crypto {

// Strict, fast base64 (RFC 4648, standard alphabet, padded, no whitespace) through OpenSSL's block
// coder. Bank payloads carry megabytes of pictures as base64, and Qt's decoder, one byte at a time,
// was most of the time a bank took to open.
class Base64
{
public:
    // The bytes, or nullopt when the text is not exactly the canonical encoding of some bytes.
    static std::optional<QByteArray> decodeCanonical(QByteArrayView text);
};

} // namespace exam::crypto
