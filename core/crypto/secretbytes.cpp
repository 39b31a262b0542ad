#include "secretbytes.h"

#include <QDebug>

#include <openssl/crypto.h>

namespace exam::crypto {

SecretBytes::SecretBytes(qsizetype size) : m_bytes(size, '\0') { }

SecretBytes SecretBytes::copyOf(QByteArrayView bytes)
{
    SecretBytes secret(bytes.size());
    if (!bytes.isEmpty())
        std::memcpy(secret.writableData(), bytes.data(), static_cast<size_t>(bytes.size()));
    return secret;
}

SecretBytes::~SecretBytes()
{
    wipe();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

unsigned char* SecretBytes::writableData()
{
    return reinterpret_cast<unsigned char*>(m_bytes.data());
}

void SecretBytes::wipe()
{
    exam::crypto::wipe(m_bytes);
    m_bytes = QByteArray();
}

void SecretBytes::truncate(qsizetype n)
{
    if (n >= m_bytes.size())
        return;
    OPENSSL_cleanse(m_bytes.data() + n, static_cast<size_t>(m_bytes.size() - n));
    m_bytes.truncate(n);
}

void wipe(QByteArray& bytes)
{
    // data() would detach a shared array and wipe only the fresh copy; only wipe what we own alone.
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    return a.isEmpty() || CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

} // namespace exam::crypto

QDebug operator<<(QDebug debug, const exam::crypto::SecretBytes& secret)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "SecretBytes(" << secret.size() << " bytes, not shown)";
    return debug;
}
