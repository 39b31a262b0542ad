#pragma once

#include "receipt.h"
#include "signedrecord.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace exam::storage {
class Database;
}

namespace exam::delivery {

struct OutboxEntry
{
    QString resultId;
    SignedRecord signedRecord;
    QString state; // pending, failing, refused (by the intake, for good), delivered
    int attempts = 0;
    QString lastError;
    QString nextAttemptAt; // UTC ISO 8601; empty: at once
    QString deliveredAt;
    QString exportedAt; // set once the record went out on a bundle
    QString createdAt;
};

struct OutboxCounts
{
    int pending = 0;  // never tried, or waiting for the first try
    int failing = 0;  // tried and failed; retried with back-off
    int refused = 0;  // the intake refused them for good (conflict, signature, malformed): not retried
    int exported = 0; // undelivered and on a bundle
    int delivered = 0;
    int undelivered() const { return pending + failing + refused; }
};

// The station's outbox: the result records written when their sessions ended, and where each stands
// on its way to the registry. Every change is one committed statement; a record leaves the undelivered
// set only with the intake's verified receipt stored beside it.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(exam::delivery::Outbox)
public:
    explicit Outbox(storage::Database& database) : m_database(database) { }

    Result<OutboxCounts> counts();
    // The error of the failing record tried last (empty when none is failing), without reading records.
    Result<QString> latestError();
    // Undelivered records, oldest first; with dueBy, only those whose next try is at or before it
    // (never refused ones); without includeRefused, no refused ones either.
    Result<QList<OutboxEntry>> undelivered(std::optional<QDateTime> dueBy = std::nullopt, bool includeRefused = true);
    // The earliest next try among undelivered records; nullopt when none is waiting.
    Result<std::optional<QDateTime>> nextAttemptAt();
    Result<std::optional<OutboxEntry>> find(const QString& resultId);

    Result<void> markDelivered(const QString& resultId, const SignedReceipt& receipt, const QDateTime& at);
    Result<void> markFailed(const QString& resultId, const QString& error, const QDateTime& nextAttempt);
    // The intake refused the record for a reason a retry cannot change; it stays, with the reason,
    // until someone sends it again on purpose (examctl outbox upload --retry-refused).
    Result<void> markRefused(const QString& resultId, const QString& error);
    Result<void> markExported(const QStringList& resultIds, const QDateTime& at);

private:
    Result<QList<OutboxEntry>> select(const QString& where, const QString& argument);

    storage::Database& m_database;
};

} // namespace exam::delivery
