#pragma once

#include <QByteArrayView>
#include <QString>

namespace exam::crypto {

// The short id of a public key: the first 8 bytes of its SHA-256, in hex (16 characters). Names a
// publisher's key in a bank header, a centre's key slot, a station's key in its results and the
// registry's keys; shown by `exam-bank inspect` and `exam-intake show`.
QString keyIdOf(QByteArrayView publicKey);

} // namespace exam::crypto
