#include "proctoraccounts.h"

#include "auditlog.h"
#include "crypto/random.h"
#include "crypto/secretbytes.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QRegularExpression>

#include <algorithm>

#include <cstring>

namespace exam::session {

namespace {

constexpr qsizetype SaltSize = 16;
constexpr qsizetype HashSize = 32;

QString subjectOf(const QString& login)
{
    return QStringLiteral("proctor:") + login;
}

} // namespace

ProctorAccounts::ProctorAccounts(storage::Database& database, const Clock& clock, AuditLog& audit,
                                 crypto::ScryptParams params)
    : m_database(database), m_clock(clock), m_audit(audit), m_params(params)
{
}

QString ProctorAccounts::secretProblem(const QString& secret)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (secret.size() > 256)
        return tr("A PIN or passphrase has at most 256 characters.");
    if (digits.match(secret).hasMatch())
        return secret.size() < 6 ? tr("A PIN needs at least 6 digits.") : QString();
    return secret.size() < 10 ? tr("A passphrase needs at least 10 characters (or use a PIN of 6 or more digits).")
                              : QString();
}

qint64 ProctorAccounts::lockoutMs(int failures)
{
    if (failures < FailuresBeforeLockout)
        return 0;
    const int doublings = std::min(failures - FailuresBeforeLockout, 10);
    return std::min(FirstLockoutMs << doublings, MaxLockoutMs);
}

Result<ProctorAccounts::Hashed> ProctorAccounts::hashSecret(const Sensitive<QString>& secret,
                                                            const crypto::ScryptParams& params) const
{
    auto salt = crypto::Random::bytes(SaltSize);
    if (!salt)
        return std::unexpected(salt.error());
    auto hash = derive(secret, *salt, params, !m_pepper.isEmpty());
    if (!hash)
        return std::unexpected(hash.error());
    return Hashed{*salt, *hash, !m_pepper.isEmpty()};
}

Result<QByteArray> ProctorAccounts::derive(const Sensitive<QString>& secret, QByteArrayView salt,
                                           const crypto::ScryptParams& params, bool peppered) const
{
    // The pepper is the secret part of scrypt's salt: the stored salt alone (a copy of the database) is
    // not enough to test a guess.
    crypto::SecretBytes fullSalt(salt.size() + (peppered ? m_pepper.size() : 0));
    std::memcpy(fullSalt.writableData(), salt.data(), size_t(salt.size()));
    if (peppered)
        std::memcpy(fullSalt.writableData() + salt.size(), m_pepper.constData(), size_t(m_pepper.size()));
    QByteArray utf8 = secret.reveal().toUtf8();
    auto hash = crypto::Kdf::scrypt(utf8, fullSalt.view(), params, HashSize);
    crypto::wipe(utf8);
    if (!hash)
        return std::unexpected(hash.error());
    return hash->view().toByteArray();
}

Result<int> ProctorAccounts::pepperedCount()
{
    auto query = m_database.prepare(QStringLiteral("SELECT count(*) FROM proctors WHERE peppered = 1"));
    if (!query)
        return std::unexpected(query.error());
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    return int(query->int64(0));
}

Result<void> ProctorAccounts::forgetPepperedPins(const QString& operatorName)
{
    auto transaction = m_database.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    auto forget =
        m_database.prepare(QStringLiteral("UPDATE proctors SET secret_hash = x'', peppered = 0 WHERE peppered = 1"));
    if (!forget)
        return std::unexpected(forget.error());
    if (auto done = forget->run(); !done)
        return done;
    if (auto logged = m_audit.append(QStringLiteral("admin:") + operatorName, QStringLiteral("proctor.pins-forgotten"),
                                     QStringLiteral("station"),
                                     QStringLiteral("%1 PINs; the PIN pepper was lost").arg(m_database.changes()));
        !logged)
        return logged;
    return transaction->commit();
}

Result<int> ProctorAccounts::count()
{
    auto query = m_database.prepare(QStringLiteral("SELECT count(*) FROM proctors"));
    if (!query)
        return std::unexpected(query.error());
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    return int(query->int64(0));
}

Result<QList<ProctorSummary>> ProctorAccounts::list()
{
    auto query = m_database.prepare(
        QStringLiteral("SELECT login, display_name, disabled, locked_until_ms, length(secret_hash) > 0 FROM proctors "
                       "ORDER BY login"));
    if (!query)
        return std::unexpected(query.error());
    QList<ProctorSummary> proctors;
    while (true) {
        auto row = query->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return proctors;
        proctors.append({query->text(0), query->text(1), query->int64(2) != 0, query->int64(3), query->int64(4) != 0});
    }
}

Result<qint64> ProctorAccounts::create(const QString& login, const QString& displayName,
                                       const Sensitive<QString>& secret, const ProctorAuthorization* authorizedBy)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    if (!loginPattern.match(login).hasMatch())
        return fail(ErrorCode::InvalidArgument, tr("A sign-in name is 2 to 32 lowercase letters, digits, dots, dashes "
                                                   "or underscores."));
    if (displayName.trimmed().isEmpty() || displayName.size() > 100)
        return fail(ErrorCode::InvalidArgument, tr("Give the proctor's name (at most 100 characters)."));
    if (const QString problem = secretProblem(secret.reveal()); !problem.isEmpty())
        return fail(ErrorCode::InvalidArgument, problem);
    auto existing = count();
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing > 0 && !authorizedBy)
        return fail(ErrorCode::NotAllowed, tr("Only a signed-in proctor can add another proctor."));

    auto hashed = hashSecret(secret, m_params);
    if (!hashed)
        return std::unexpected(hashed.error());
    auto transaction = m_database.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    auto insert = m_database.prepare(QStringLiteral(
        "INSERT INTO proctors (login, display_name, secret_hash, salt, scrypt_n, scrypt_r, scrypt_p, created_at, "
        "peppered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, login)
        .bind(2, displayName.trimmed())
        .bind(3, QByteArrayView(hashed->hash))
        .bind(4, QByteArrayView(hashed->salt))
        .bind(5, qint64(m_params.n))
        .bind(6, qint64(m_params.r))
        .bind(7, qint64(m_params.p))
        .bind(8, m_clock.utcNow().toString(Qt::ISODateWithMs))
        .bind(9, hashed->peppered);
    if (auto done = insert->run(); !done) {
        if (done.error().code == ErrorCode::DatabaseError)
            return fail(ErrorCode::Conflict, tr("A proctor named “%1” exists already.").arg(login));
        return std::unexpected(done.error());
    }
    const qint64 id = m_database.lastInsertRowId();
    if (auto logged = m_audit.append(authorizedBy ? authorizedBy->actor() : QStringLiteral("station"),
                                     QStringLiteral("proctor.created"), subjectOf(login), displayName.trimmed());
        !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return id;
}

Result<ProctorAccounts::Attempt> ProctorAccounts::beginAttempt(const QString& login)
{
    // Checked and counted in one immediate transaction, before any hashing: thirty sign-ins at once
    // against an account one failure from its lock-out get one try between them, not thirty.
    auto transaction = m_database.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    auto query = m_database.prepare(QStringLiteral(
        "SELECT id, secret_hash, salt, scrypt_n, scrypt_r, scrypt_p, failed_attempts, locked_until_ms, disabled, "
        "peppered FROM proctors WHERE login = ?"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, login);
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    Attempt attempt;
    if (!*row)
        return attempt; // an unknown name: nothing to count
    attempt.id = query->int64(0);
    attempt.storedHash = query->blob(1);
    attempt.salt = query->blob(2);
    attempt.params = {quint64(query->int64(3)), quint32(query->int64(4)), quint32(query->int64(5))};
    attempt.failures = int(query->int64(6)) + 1; // this one, until the PIN proves right
    const qint64 lockedUntil = query->int64(7);
    attempt.disabled = query->int64(8) != 0;
    attempt.peppered = query->int64(9) != 0;
    query->reset();
    // Nothing to count when the PIN cannot be checked at all: a disabled account, one without a PIN, or
    // one whose PIN needs the pepper this station has lost.
    if (attempt.disabled || attempt.storedHash.isEmpty() || (attempt.peppered && m_pepper.isEmpty()))
        return attempt;
    const qint64 now = m_clock.utcNow().toMSecsSinceEpoch();
    if (now < lockedUntil) {
        attempt.lockedForMs = lockedUntil - now;
        if (auto logged =
                m_audit.append(QStringLiteral("station"), QStringLiteral("proctor.signin-refused"), subjectOf(login),
                               QStringLiteral("locked out, %1 s left").arg((attempt.lockedForMs + 999) / 1000));
            !logged)
            return std::unexpected(logged.error());
        if (auto committed = transaction->commit(); !committed)
            return std::unexpected(committed.error());
        return attempt;
    }
    const qint64 lockout = lockoutMs(attempt.failures);
    auto count =
        m_database.prepare(QStringLiteral("UPDATE proctors SET failed_attempts = ?, locked_until_ms = ? WHERE id = ?"));
    if (!count)
        return std::unexpected(count.error());
    count->bind(1, attempt.failures).bind(2, lockout > 0 ? now + lockout : qint64(0)).bind(3, attempt.id);
    if (auto done = count->run(); !done)
        return std::unexpected(done.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    attempt.counted = true;
    return attempt;
}

Result<void> ProctorAccounts::auditFailure(const QString& login, int failures)
{
    const qint64 lockout = lockoutMs(failures);
    return m_audit.append(QStringLiteral("station"),
                          lockout > 0 ? QStringLiteral("proctor.locked-out") : QStringLiteral("proctor.signin-failed"),
                          subjectOf(login),
                          lockout > 0 ? QStringLiteral("%1 failures, locked for %2 s").arg(failures).arg(lockout / 1000)
                                      : QStringLiteral("%1 failures").arg(failures));
}

Result<ProctorAuthorization> ProctorAccounts::signIn(const QString& login, const Sensitive<QString>& secret)
{
    const auto wrong = [] {
        return fail(ErrorCode::AuthenticationFailed, tr("The name or the PIN is not right. Try again."));
    };
    auto attempt = beginAttempt(login);
    if (!attempt)
        return std::unexpected(attempt.error());
    if (attempt->id == 0) {
        (void)hashSecret(secret, m_params); // the same work as for a real account: no hint that the name is unknown
        return wrong();
    }
    if (attempt->disabled)
        return fail(ErrorCode::AccountDisabled, tr("This proctor account is disabled. Another proctor or the center "
                                                   "administrator can enable it."));
    if (attempt->storedHash.isEmpty())
        return fail(ErrorCode::NotAllowed,
                    tr("This proctor has no PIN since the station's PIN pepper was lost. Another proctor gives a new "
                       "one with examctl proctor reset-pin, or a centre administrator with examctl proctor recover."));
    if (attempt->peppered && m_pepper.isEmpty())
        return fail(ErrorCode::CryptoFailure,
                    tr("This station's PIN pepper (pin-pepper.key) is missing, so no PIN can be checked. Restore the "
                       "data folder from its backup, or give each proctor a new PIN with examctl proctor recover."));
    if (!attempt->counted)
        return fail(ErrorCode::LockedOut,
                    tr("Too many wrong attempts. Try again in %1 seconds; meanwhile another proctor can sign in, and a "
                       "centre administrator ends the lock-out with examctl proctor reset-pin.")
                        .arg((attempt->lockedForMs + 999) / 1000));
    auto hash = derive(secret, attempt->salt, attempt->params, attempt->peppered);
    if (!hash)
        return std::unexpected(hash.error());
    if (!crypto::constantTimeEquals(*hash, attempt->storedHash)) {
        // Counted already; the audit log says what it was.
        if (auto logged = auditFailure(login, attempt->failures); !logged)
            return std::unexpected(logged.error());
        if (lockoutMs(attempt->failures) > 0)
            return fail(ErrorCode::LockedOut, tr("The PIN is not right, and this was attempt %1 in a row. Sign-in is "
                                                 "locked for %2 seconds; meanwhile another proctor can sign in.")
                                                  .arg(attempt->failures)
                                                  .arg(lockoutMs(attempt->failures) / 1000));
        return wrong();
    }

    auto transaction = m_database.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    auto update =
        m_database.prepare(QStringLiteral("UPDATE proctors SET failed_attempts = 0, locked_until_ms = 0 WHERE id = ?"));
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, attempt->id);
    if (auto done = update->run(); !done)
        return std::unexpected(done.error());
    // A PIN kept the old way (no pepper, or a lower cost) is kept the new way from now on.
    const bool weaker = attempt->params.n < m_params.n || attempt->params.r < m_params.r;
    if ((!attempt->peppered && !m_pepper.isEmpty()) || (weaker && !m_pepper.isEmpty())) {
        if (auto upgraded = rehash(login, secret); !upgraded)
            return std::unexpected(upgraded.error());
    }
    if (auto logged = m_audit.append(QStringLiteral("proctor:") + login, QStringLiteral("proctor.signed-in"),
                                     subjectOf(login), QString());
        !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return ProctorAuthorization(attempt->id, login, m_clock.utcNow());
}

Result<void> ProctorAccounts::setDisabled(const QString& login, bool disabled, const ProctorAuthorization& authorizedBy)
{
    // A station must keep a proctor who can sign in: else nobody could add, enable or reset anyone.
    if (disabled && login == authorizedBy.login())
        return fail(ErrorCode::NotAllowed, tr("A proctor cannot disable their own account; ask another proctor."));
    auto transaction = m_database.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    if (disabled) {
        auto others =
            m_database.prepare(QStringLiteral("SELECT count(*) FROM proctors WHERE disabled = 0 AND login <> ?"));
        if (!others)
            return std::unexpected(others.error());
        others->bind(1, login);
        auto row = others->step();
        if (!row)
            return std::unexpected(row.error());
        if (others->int64(0) == 0)
            return fail(ErrorCode::NotAllowed, tr("“%1” is the last proctor who can sign in; add another before "
                                                  "disabling this one.")
                                                   .arg(login));
    }
    auto update = m_database.prepare(QStringLiteral("UPDATE proctors SET disabled = ? WHERE login = ?"));
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, disabled).bind(2, login);
    if (auto done = update->run(); !done)
        return done;
    if (m_database.changes() == 0)
        return fail(ErrorCode::NotFound, tr("There is no proctor named “%1”.").arg(login));
    if (auto logged = m_audit.append(authorizedBy.actor(),
                                     disabled ? QStringLiteral("proctor.disabled") : QStringLiteral("proctor.enabled"),
                                     subjectOf(login), QString());
        !logged)
        return logged;
    return transaction->commit();
}

Result<void> ProctorAccounts::resetSecret(const QString& login, const Sensitive<QString>& secret,
                                          const ProctorAuthorization& authorizedBy)
{
    return storeSecret(login, secret, false, authorizedBy.actor(), QStringLiteral("proctor.secret-reset"));
}

Result<void> ProctorAccounts::writeHash(const Hashed& hashed, const QString& login)
{
    auto update = m_database.prepare(QStringLiteral(
        "UPDATE proctors SET secret_hash = ?, salt = ?, scrypt_n = ?, scrypt_r = ?, scrypt_p = ?, peppered = ? "
        "WHERE login = ?"));
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, QByteArrayView(hashed.hash))
        .bind(2, QByteArrayView(hashed.salt))
        .bind(3, qint64(m_params.n))
        .bind(4, qint64(m_params.r))
        .bind(5, qint64(m_params.p))
        .bind(6, hashed.peppered)
        .bind(7, login);
    if (auto done = update->run(); !done)
        return done;
    if (m_database.changes() == 0)
        return fail(ErrorCode::NotFound, tr("There is no proctor named “%1”.").arg(login));
    return {};
}

Result<void> ProctorAccounts::rehash(const QString& login, const Sensitive<QString>& secret)
{
    auto hashed = hashSecret(secret, m_params);
    if (!hashed)
        return std::unexpected(hashed.error());
    return writeHash(*hashed, login);
}

Result<void> ProctorAccounts::storeSecret(const QString& login, const Sensitive<QString>& secret, bool enable,
                                          const QString& actor, const QString& auditKind)
{
    if (const QString problem = secretProblem(secret.reveal()); !problem.isEmpty())
        return fail(ErrorCode::InvalidArgument, problem);
    auto hashed = hashSecret(secret, m_params);
    if (!hashed)
        return std::unexpected(hashed.error());
    auto transaction = m_database.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto written = writeHash(*hashed, login); !written)
        return written;
    // A new secret also ends a lock-out; recovery also enables the account.
    auto update = m_database.prepare(
        QStringLiteral("UPDATE proctors SET failed_attempts = 0, locked_until_ms = 0, disabled = CASE WHEN ? THEN 0 "
                       "ELSE disabled END WHERE login = ?"));
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, enable).bind(2, login);
    if (auto done = update->run(); !done)
        return done;
    if (auto logged = m_audit.append(actor, auditKind, subjectOf(login), QString()); !logged)
        return logged;
    return transaction->commit();
}

Result<void> ProctorAccounts::recover(const QString& login, const Sensitive<QString>& secret,
                                      const QString& operatorName)
{
    if (const QString problem = secretProblem(secret.reveal()); !problem.isEmpty())
        return fail(ErrorCode::InvalidArgument, problem);
    auto proctors = list();
    if (!proctors)
        return std::unexpected(proctors.error());
    if (std::none_of(proctors->begin(), proctors->end(), [&](const ProctorSummary& p) { return p.login == login; }))
        return fail(ErrorCode::NotFound, tr("There is no proctor named “%1”.").arg(login));
    for (const ProctorSummary& proctor : *proctors)
        if (proctor.login != login && !proctor.disabled && proctor.hasPin)
            return fail(ErrorCode::NotAllowed,
                        tr("Proctor “%1” can sign in and authorize a new PIN: use proctor reset-pin %2 --by %1.")
                            .arg(proctor.login, login));
    return storeSecret(login, secret, true, QStringLiteral("admin:") + operatorName,
                       QStringLiteral("proctor.recovered"));
}

} // namespace exam::session
