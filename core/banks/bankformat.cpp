#include "bankformat.h"

namespace exam::banks {

QByteArray format::slotAssociatedData(const QString& bankId, int bankVersion)
{
    return QByteArrayLiteral("exam-bank/1 slot:") + bankId.toUtf8() + ':' + QByteArray::number(bankVersion);
}

} // namespace exam::banks
