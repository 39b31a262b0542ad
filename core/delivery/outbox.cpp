#include "outbox.h"

#include "storage/database.h"

namespace exam::delivery {

namespace {
QString stamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

Result<QList<OutboxEntry>> Outbox::select(const QString& where, const QString& argument)
{
    auto query = m_database.prepare(
        QStringLiteral(
            "SELECT o.result_id, r.record, r.signature, o.state, o.attempts, o.last_error, o.next_attempt_at, "
            "o.delivered_at, o.exported_at, r.created_at FROM outbox o JOIN results r ON r.id = o.result_id "
            "%1 ORDER BY r.created_at, r.rowid")
            .arg(where));
    if (!query)
        return std::unexpected(query.error());
    if (!argument.isNull())
        query->bind(1, argument);
    QList<OutboxEntry> entries;
    auto read = query->forEachRow([&entries](const storage::Statement& row) {
        entries.append({row.text(0),
                        {row.blob(1), row.blob(2)},
                        row.text(3),
                        int(row.int64(4)),
                        row.text(5),
                        row.text(6),
                        row.text(7),
                        row.text(8),
                        row.text(9)});
    });
    if (!read)
        return std::unexpected(read.error());
    return entries;
}

Result<OutboxCounts> Outbox::counts()
{
    auto query =
        m_database.prepare(QStringLiteral("SELECT state, exported_at != '', count(*) FROM outbox GROUP BY 1, 2"));
    if (!query)
        return std::unexpected(query.error());
    OutboxCounts counts;
    auto read = query->forEachRow([&counts](const storage::Statement& row) {
        const QString state = row.text(0);
        const int n = int(row.int64(2));
        if (state == u"delivered") {
            counts.delivered += n;
            return;
        }
        (state == u"failing" ? counts.failing : state == u"refused" ? counts.refused : counts.pending) += n;
        if (row.int64(1))
            counts.exported += n;
    });
    if (!read)
        return std::unexpected(read.error());
    return counts;
}

Result<QString> Outbox::latestError()
{
    auto query = m_database.prepare(
        QStringLiteral("SELECT last_error FROM outbox WHERE state = 'failing' ORDER BY next_attempt_at DESC LIMIT 1"));
    if (!query)
        return std::unexpected(query.error());
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? query->text(0) : QString();
}

Result<QList<OutboxEntry>> Outbox::undelivered(std::optional<QDateTime> dueBy, bool includeRefused)
{
    if (!dueBy)
        return select(includeRefused ? QStringLiteral("WHERE o.state != 'delivered'")
                                     : QStringLiteral("WHERE o.state NOT IN ('delivered', 'refused')"),
                      QString());
    return select(QStringLiteral("WHERE o.state NOT IN ('delivered', 'refused') AND o.next_attempt_at <= ?1"),
                  stamp(*dueBy));
}

Result<std::optional<QDateTime>> Outbox::nextAttemptAt()
{
    auto query = m_database.prepare(
        QStringLiteral("SELECT min(next_attempt_at) FROM outbox WHERE state NOT IN ('delivered', 'refused')"));
    if (!query)
        return std::unexpected(query.error());
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    if (query->isNull(0))
        return std::optional<QDateTime>();
    const QString text = query->text(0);
    if (text.isEmpty())
        return std::optional<QDateTime>(QDateTime::fromSecsSinceEpoch(0, Qt::UTC)); // never tried: due now
    return std::optional<QDateTime>(QDateTime::fromString(text, Qt::ISODateWithMs));
}

Result<std::optional<OutboxEntry>> Outbox::find(const QString& resultId)
{
    auto found = select(QStringLiteral("WHERE o.result_id = ?1"), resultId);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(found->first());
}

Result<void> Outbox::markDelivered(const QString& resultId, const SignedReceipt& receipt, const QDateTime& at)
{
    auto update = m_database.prepare(QStringLiteral(
        "UPDATE outbox SET state = 'delivered', delivered_at = ?, receipt = ?, receipt_signature = ?, last_error = '', "
        "attempts = attempts + 1 WHERE result_id = ? AND state != 'delivered'"));
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, stamp(at))
        .bind(2, QByteArrayView(receipt.receipt))
        .bind(3, QByteArrayView(receipt.signature))
        .bind(4, resultId);
    return update->run();
}

Result<void> Outbox::markFailed(const QString& resultId, const QString& error, const QDateTime& nextAttempt)
{
    auto update = m_database.prepare(QStringLiteral(
        "UPDATE outbox SET state = 'failing', attempts = attempts + 1, last_error = ?, next_attempt_at = ? "
        "WHERE result_id = ? AND state != 'delivered'"));
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, error).bind(2, stamp(nextAttempt)).bind(3, resultId);
    return update->run();
}

Result<void> Outbox::markRefused(const QString& resultId, const QString& error)
{
    auto update = m_database.prepare(QStringLiteral(
        "UPDATE outbox SET state = 'refused', attempts = attempts + 1, last_error = ?, next_attempt_at = '' "
        "WHERE result_id = ? AND state != 'delivered'"));
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, error).bind(2, resultId);
    return update->run();
}

Result<void> Outbox::markExported(const QStringList& resultIds, const QDateTime& at)
{
    auto transaction = m_database.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    auto update = m_database.prepare(
        QStringLiteral("UPDATE outbox SET exported_at = ? WHERE result_id = ? AND state != 'delivered'"));
    if (!update)
        return std::unexpected(update.error());
    for (const QString& id : resultIds) {
        update->reset();
        update->bind(1, stamp(at)).bind(2, id);
        if (auto done = update->run(); !done)
            return done;
    }
    return transaction->commit();
}

} // namespace exam::delivery
