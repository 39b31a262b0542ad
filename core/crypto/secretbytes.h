#pragma once

#include <QByteArray>
#include <QByteArrayView>

class QDebug;

namespace exam::crypto {

// Key material and decrypted plaintext. Move-only, never shared, wiped (OPENSSL_cleanse) when it dies,
// and impossible to print: QDebug shows only the length. The bytes are never handed out as a
// QByteArray (implicit sharing would leave unwiped copies); read them through view().
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(qsizetype size);
    static SecretBytes copyOf(QByteArrayView bytes);
    ~SecretBytes();

    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    qsizetype size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    QByteArrayView view() const { return QByteArrayView(m_bytes); }
    const char* constData() const { return m_bytes.constData(); }
    // Writable access for filling the buffer (the buffer is never shared, so this never detaches).
    unsigned char* writableData();

    void wipe();
    // Shorten to n bytes; the cut-off tail is wiped first.
    void truncate(qsizetype n);

private:
    QByteArray m_bytes;
};

// Overwrite a buffer that held something secret (only effective when the caller owns the only copy).
void wipe(QByteArray& bytes);

// Comparison whose duration does not depend on where the inputs differ.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace exam::crypto

QDebug operator<<(QDebug debug, const exam::crypto::SecretBytes& secret);
