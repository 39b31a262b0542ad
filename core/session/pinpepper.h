#pragma once

#include "crypto/secretbytes.h"
#include "error.h"

#include <QCoreApplication>

namespace exam::session {

class ProctorAccounts;

// The station's PIN pepper: 32 random bytes in a file of their own (pin-pepper.key, owner-only) beside
// the database, mixed into every PIN's hash. A copy of station.sqlite alone no longer lets anyone test
// PIN guesses offline; the whole data folder still does (README, "What a stolen station reveals").
class PinPepper
{
    Q_DECLARE_TR_FUNCTIONS(exam::session::PinPepper)
public:
    static constexpr qsizetype Size = 32;

    // The pepper in `file`, made there on first use. Refused when the file is damaged, or missing
    // while PINs hashed with it exist (a new pepper would lock every proctor out).
    static Result<crypto::SecretBytes> open(const QString& file, ProctorAccounts& accounts);
    // open(), then given to `accounts`.
    static Result<void> applyTo(const QString& file, ProctorAccounts& accounts);
    // The pepper is lost (missing while PINs hashed with it exist): those PINs are forgotten and a new
    // pepper is made, for `examctl proctor recover` to give one proctor a new PIN.
    static Result<void> replaceLost(const QString& file, ProctorAccounts& accounts, const QString& operatorName);
};

} // namespace exam::session
