#include "error.h"

namespace exam {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid-argument");
    case ErrorCode::LimitExceeded: return QStringLiteral("limit-exceeded");
    case ErrorCode::AuthenticationFailed: return QStringLiteral("authentication-failed");
    case ErrorCode::CryptoFailure: return QStringLiteral("crypto-failure");
    case ErrorCode::RandomUnavailable: return QStringLiteral("random-unavailable");
    case ErrorCode::ParseError: return QStringLiteral("parse-error");
    case ErrorCode::IoError: return QStringLiteral("io-error");
    case ErrorCode::StorageFull: return QStringLiteral("storage-full");
    case ErrorCode::DatabaseError: return QStringLiteral("database-error");
    case ErrorCode::DatabaseCorrupt: return QStringLiteral("database-corrupt");
    case ErrorCode::SchemaTooNew: return QStringLiteral("schema-too-new");
    case ErrorCode::MigrationFailed: return QStringLiteral("migration-failed");
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::UnsupportedVersion: return QStringLiteral("unsupported-version");
    case ErrorCode::UntrustedSigner: return QStringLiteral("untrusted-signer");
    case ErrorCode::KeyNotIssued: return QStringLiteral("key-not-issued");
    case ErrorCode::WrongReleaseCode: return QStringLiteral("wrong-release-code");
    case ErrorCode::KeyRequired: return QStringLiteral("key-required");
    case ErrorCode::RollbackRefused: return QStringLiteral("rollback-refused");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::LockedOut: return QStringLiteral("locked-out");
    case ErrorCode::AccountDisabled: return QStringLiteral("account-disabled");
    case ErrorCode::NotAllowed: return QStringLiteral("not-allowed");
    case ErrorCode::NotEligible: return QStringLiteral("not-eligible");
    }
    return QStringLiteral("unknown");
}

} // namespace exam
