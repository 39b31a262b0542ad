#pragma once
// The exit statuses of the project's command-line tools (examctl, exam-intake), from sysexits.h, and
// the one mapping from a core error to them.

#include "error.h"

namespace exam::cli {

enum Exit {
    Ok = 0,
    Refused = 1,          // the tool refused (already set up, wrong PIN, a record or bank failed a check…)
    Usage = 64,           // wrong arguments
    InputUnreadable = 66, // a named file (or the station, the intake) is missing or unreadable
    InternalFailure = 70, // a database or a key could not be used
    OutputFailed = 73,    // something could not be written
};

inline int statusFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::IoError:
    case ErrorCode::StorageFull: return OutputFailed;
    case ErrorCode::NotFound: return InputUnreadable;
    case ErrorCode::DatabaseError:
    case ErrorCode::DatabaseCorrupt:
    case ErrorCode::SchemaTooNew:
    case ErrorCode::MigrationFailed:
    case ErrorCode::CryptoFailure:
    case ErrorCode::RandomUnavailable: return InternalFailure;
    default: return Refused;
    }
}

} // namespace exam::cli
