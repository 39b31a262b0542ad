#pragma once

#include "crypto/kdf.h"
#include "crypto/secretbytes.h"
#include "error.h"
#include "util/sensitive.h"

#include <QDateTime>
#include <QString>

namespace exam {
class Clock;
namespace storage {
class Database;
}
namespace room {
class RoomAuthority;
}
} // namespace exam

namespace exam::session {

class AuditLog;

// Proof that a proctor signed in just now. Only ProctorAccounts makes one, so an engine action that
// asks for it cannot be done without a successful sign-in — at this station, or at the room console
// the station is paired with (room::RoomAuthority, for an action that came over the pinned link): then
// the login is the console's and the actor says so ("proctor:maria@room").
class ProctorAuthorization
{
public:
    qint64 proctorId() const { return m_proctorId; }
    QString login() const { return m_login; }
    QDateTime signedInAt() const { return m_at; }
    QString actor() const
    {
        return QStringLiteral("proctor:") + m_login + (m_atConsole ? QStringLiteral("@room") : QString());
    }
    bool atRoomConsole() const { return m_atConsole; }

private:
    friend class ProctorAccounts;
    friend class room::RoomAuthority;
    ProctorAuthorization(qint64 id, QString login, QDateTime at)
        : m_proctorId(id), m_login(std::move(login)), m_at(std::move(at))
    {
    }
    qint64 m_proctorId;
    QString m_login;
    QDateTime m_at;
    bool m_atConsole = false;
};

// Proctor accounts: a PIN (6+ digits) or passphrase (10+ characters) kept as an scrypt hash with a
// per-account salt, compared in constant time. Failed attempts are stored, so a restart does not
// reset them: after 5 failures in a row the account locks for 30 s, then 60 s, doubling to 15 min
// per further failure; a success clears the count. An attempt is counted before its PIN is hashed
// (in one immediate transaction with the check), so attempts made at once cannot slip past a
// lock-out. Every sign-in, failure, lock-out, attempt refused during one, disable and reset goes to
// the audit log.
struct ProctorSummary
{
    QString login;
    QString displayName;
    bool disabled = false;
    qint64 lockedUntilMs = 0; // wall-clock ms since the epoch; 0 when not locked
    bool hasPin = true;       // false after the station's PIN pepper was lost: a new PIN is needed
};

class ProctorAccounts
{
    Q_DECLARE_TR_FUNCTIONS(exam::session::ProctorAccounts)
public:
    static constexpr int FailuresBeforeLockout = 5;
    static constexpr qint64 FirstLockoutMs = 30'000;
    static constexpr qint64 MaxLockoutMs = 15 * 60'000;

    // `params` is the hashing cost for new secrets (the default suits a station; tests pass less).
    // The cost of a new PIN's hash: 64 MiB and about 0.2 s a sign-in on a station (twice the scrypt
    // default); hashes of a lower cost are hashed again at their next sign-in.
    static constexpr crypto::ScryptParams PinCost{1u << 16, 8, 1};

    ProctorAccounts(storage::Database& database, const Clock& clock, AuditLog& audit,
                    crypto::ScryptParams params = PinCost);

    // The station's PIN pepper (PinPepper), kept outside the database: new PINs are hashed with it, and
    // a PIN kept without it is hashed again with it at its next sign-in. Without one (tests), PINs are
    // hashed with their salt alone.
    void setPepper(crypto::SecretBytes pepper) { m_pepper = std::move(pepper); }

    // A first account needs no authorization (a fresh station has none); later ones do.
    Result<qint64> create(const QString& login, const QString& displayName, const Sensitive<QString>& secret,
                          const ProctorAuthorization* authorizedBy);
    Result<ProctorAuthorization> signIn(const QString& login, const Sensitive<QString>& secret);
    Result<void> setDisabled(const QString& login, bool disabled, const ProctorAuthorization& authorizedBy);
    Result<void> resetSecret(const QString& login, const Sensitive<QString>& secret,
                             const ProctorAuthorization& authorizedBy);
    // The way back when no other proctor can authorize a reset (the only proctor forgot the PIN, or
    // every other one is disabled): a new PIN, the lock-out ended and the account enabled, logged as
    // done by `operatorName` (the station's administrator, who can read the data folder anyway).
    // Refused while another proctor could sign in and authorize resetSecret() instead.
    Result<void> recover(const QString& login, const Sensitive<QString>& secret, const QString& operatorName);
    Result<int> count();
    // How many accounts have a PIN hashed with the station's pepper.
    Result<int> pepperedCount();
    // The station's pepper is lost: the PINs hashed with it can never be checked again. They are
    // forgotten (each proctor needs a new PIN), in the audit log in `operatorName`'s name.
    Result<void> forgetPepperedPins(const QString& operatorName);
    Result<QList<ProctorSummary>> list();

    // Why a secret is not acceptable, or empty when it is.
    static QString secretProblem(const QString& secret);
    // The lock-out after `failures` failures in a row (0 while below the threshold).
    static qint64 lockoutMs(int failures);

private:
    struct Hashed
    {
        QByteArray salt;
        QByteArray hash;
        bool peppered = false;
    };
    Result<Hashed> hashSecret(const Sensitive<QString>& secret, const crypto::ScryptParams& params) const;
    Result<QByteArray> derive(const Sensitive<QString>& secret, QByteArrayView salt, const crypto::ScryptParams& params,
                              bool peppered) const;
    // The hash columns of `login`'s row; NotFound when there is no such proctor.
    Result<void> writeHash(const Hashed& hashed, const QString& login);
    Result<void> rehash(const QString& login, const Sensitive<QString>& secret);
    // One sign-in attempt, checked and counted before the PIN is hashed.
    struct Attempt
    {
        qint64 id = 0; // 0: no account has this login
        QByteArray storedHash;
        QByteArray salt;
        crypto::ScryptParams params;
        int failures = 0; // in a row, this one included
        bool disabled = false;
        bool peppered = false;  // hashed with the station's pepper
        bool counted = false;   // false: refused before counting (disabled, or locked out)
        qint64 lockedForMs = 0; // while locked out
    };
    Result<Attempt> beginAttempt(const QString& login);
    Result<void> auditFailure(const QString& login, int failures);
    Result<void> storeSecret(const QString& login, const Sensitive<QString>& secret, bool enable, const QString& actor,
                             const QString& auditKind);

    storage::Database& m_database;
    const Clock& m_clock;
    AuditLog& m_audit;
    crypto::ScryptParams m_params;
    crypto::SecretBytes m_pepper;
};

} // namespace exam::session
