#include "resultstore.h"

#include "storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace exam::results {

Result<QList<StoredResult>> ResultStore::query(const QString& where, const QString& argument)
{
    auto query = m_database.prepare(
        QStringLiteral("SELECT r.id, r.session_id, r.record, r.signature, r.created_at, CASE WHEN o.state != "
                       "'delivered' AND o.exported_at != '' THEN 'exported' ELSE o.state END "
                       "FROM results r "
                       "JOIN outbox o ON o.result_id = r.id %1 ORDER BY r.created_at, r.rowid")
            .arg(where));
    if (!query)
        return std::unexpected(query.error());
    if (!argument.isNull())
        query->bind(1, argument);
    QList<StoredResult> results;
    while (true) {
        auto row = query->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return results;
        StoredResult result;
        result.resultId = query->text(0);
        result.sessionId = query->int64(1);
        result.record = query->blob(2);
        result.signature = query->blob(3);
        result.createdAt = query->text(4);
        result.delivery = query->text(5);
        // The summary comes from the signed record itself, the one truth about the result.
        const QJsonObject record = QJsonDocument::fromJson(result.record).object();
        result.candidateId = record.value(QStringLiteral("candidateId")).toString();
        result.moduleCode = record.value(QStringLiteral("module")).toObject().value(QStringLiteral("code")).toString();
        result.outcome = record.value(QStringLiteral("outcome")).toObject().value(QStringLiteral("state")).toString();
        const QJsonObject score = record.value(QStringLiteral("score")).toObject();
        result.percent = score.isEmpty() ? -1 : score.value(QStringLiteral("percent")).toInt();
        result.passed = score.value(QStringLiteral("passed")).toBool();
        results.append(result);
    }
}

Result<QList<StoredResult>> ResultStore::list()
{
    return query(QString(), QString());
}

Result<StoredResult> ResultStore::find(const QString& idOrPrefix)
{
    const QString id = idOrPrefix.trimmed().toLower();
    if (id.size() < 8)
        return fail(ErrorCode::InvalidArgument, tr("Give at least the first 8 characters of the result id."));
    static const QRegularExpression uuidCharacters(QStringLiteral("^[0-9a-f-]+$"));
    if (!uuidCharacters.match(id).hasMatch()) // result ids are UUIDs: nothing else can match
        return fail(ErrorCode::NotFound,
                    tr("There is no result %1 on this station. See examctl results list.").arg(idOrPrefix));
    auto found = query(QStringLiteral("WHERE r.id LIKE ?1 || '%'"), id);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound,
                    tr("There is no result %1 on this station. See examctl results list.").arg(idOrPrefix));
    if (found->size() > 1)
        return fail(ErrorCode::InvalidArgument,
                    tr("%1 starts %2 result ids; give more of it.").arg(idOrPrefix).arg(found->size()));
    return found->first();
}

} // namespace exam::results
