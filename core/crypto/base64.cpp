#include "base64.h"

#include "openssl_util.h"

#include <openssl/evp.h>

namespace exam::crypto {

namespace {

// The value of a base64 digit, or -1.
int digit(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    return c == '+' ? 62 : c == '/' ? 63 : -1;
}

} // namespace

std::optional<QByteArray> Base64::decodeCanonical(QByteArrayView text)
{
    if (text.size() % 4 != 0 || text.size() > qsizetype(INT_MAX))
        return std::nullopt;
    if (text.isEmpty())
        return QByteArray();
    // Canonical form, checked where OpenSSL is lenient: '=' only as one or two final characters,
    // nothing but digits before them (OpenSSL trims surrounding whitespace), and the unused bits of
    // the last digit zero, so exactly one text encodes any bytes.
    const qsizetype padding = text.endsWith("==") ? 2 : text.endsWith('=') ? 1 : 0;
    const QByteArrayView digits = text.first(text.size() - padding);
    if (digits.contains('=') || digit(digits.front()) < 0 || digit(digits.back()) < 0)
        return std::nullopt;
    if ((padding == 2 && (digit(digits.back()) & 0x0f)) || (padding == 1 && (digit(digits.back()) & 0x03)))
        return std::nullopt;
    QByteArray decoded(text.size() / 4 * 3, Qt::Uninitialized);
    const int length =
        EVP_DecodeBlock(reinterpret_cast<unsigned char*>(decoded.data()), detail::bytes(text), int(text.size()));
    if (length != decoded.size()) // -1 for any character outside the alphabet
        return std::nullopt;
    decoded.truncate(length - padding);
    return decoded;
}

} // namespace exam::crypto
