#include "bankformat.h"

#include "crypto/sha256.h"

namespace exam::banks {

QByteArray format::slotAssociatedData(const QString& bankId, int bankVersion)
{
    return QByteArrayLiteral("exam-bank/1 slot:") + bankId.toUtf8() + ':' + QByteArray::number(bankVersion);
}

QString keyIdOf(QByteArrayView publicKey)
{
    return QString::fromLatin1(crypto::Sha256::hash(publicKey).first(8).toHex());
}

} // namespace exam::banks
