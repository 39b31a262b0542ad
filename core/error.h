#pragma once

// The error convention of core, used by every layer above it.
//
// A fallible core function returns Result<T>: either the value or an Error. An Error carries
// - code:    an ErrorCode, stable, for logic and tests ("which failure was it?");
// - message: one or two sentences for people, already translated, that say what is wrong and what
//            to do about it. The UI shows it as it is; examctl prints it.
// Exceptions never leave core and never cross a signal or slot. Nothing secret (item content, keys,
// PINs, answers) goes into a message: messages end up in logs and on screens.

#include <QCoreApplication>
#include <QString>

#include <expected>

namespace exam {

enum class ErrorCode {
    InvalidArgument,      // a caller passed something the function cannot work with
    LimitExceeded,        // an input is larger than a documented cap (size, count, KDF cost)
    AuthenticationFailed, // an AEAD tag or a signature did not verify
    CryptoFailure,        // OpenSSL reported an internal failure
    RandomUnavailable,    // the CSPRNG could not deliver: fail closed
    ParseError,           // malformed input text or bytes
    IoError,              // a file or device could not be read or written
    StorageFull,          // the disk (or the database's size limit) is full
    DatabaseError,        // SQLite reported an error
    DatabaseCorrupt,      // the database file is damaged or not a database
    SchemaTooNew,         // the database was written by a newer build
    MigrationFailed,      // a schema migration failed and was rolled back
    NotFound,             // a looked-up record or file does not exist
    UnsupportedVersion,   // a file in a format version this build does not read
    UntrustedSigner,      // signed by a key that is not on the station's trust list
    KeyNotIssued,         // the file has no key slot for this station's keys (issued elsewhere)
    WrongReleaseCode,     // a release code that does not open the file
    KeyRequired,          // the file needs a key or release code that was not given
    RollbackRefused,      // an older version of something already installed
    Conflict,             // same identity and version, different content
    LockedOut,            // too many failed sign-ins; try again later
    AccountDisabled,      // the account exists but may not sign in
    NotAllowed,           // the action is not allowed in the current state
    NotEligible,          // the candidate may not take this module yet (retake rule, prerequisite)
};

struct Error
{
    ErrorCode code;
    QString message;
};

template<typename T>
using Result = std::expected<T, Error>;

// Shorthand for the failing branch: `return fail(ErrorCode::IoError, tr("..."));`
inline std::unexpected<Error> fail(ErrorCode code, QString message)
{
    return std::unexpected<Error>(Error{code, std::move(message)});
}

// A stable, untranslated name for an ErrorCode (for --json output and test diagnostics).
QString errorCodeName(ErrorCode code);

} // namespace exam
