#include "keyid.h"

#include "sha256.h"

namespace exam::crypto {

QString keyIdOf(QByteArrayView publicKey)
{
    return QString::fromLatin1(Sha256::hash(publicKey).first(8).toHex());
}

} // namespace exam::crypto
