#pragma once

#include "error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace exam::storage {
class Database;
}

namespace exam::results {

// The signed result records the station keeps, and where each stands in the outbox.
struct StoredResult
{
    QString resultId;
    qint64 sessionId = 0;
    QString candidateId;
    QString moduleCode;
    QString outcome;  // submitted, timed-out, voided
    int percent = -1; // -1 when voided
    bool passed = false;
    QString createdAt; // UTC, ISO 8601
    QString delivery;  // pending, failing, exported (on a bundle, not yet acknowledged), delivered
    QByteArray record; // the exact bytes that were signed
    QByteArray signature;
};

class ResultStore
{
    Q_DECLARE_TR_FUNCTIONS(exam::results::ResultStore)
public:
    explicit ResultStore(storage::Database& database) : m_database(database) { }

    Result<QList<StoredResult>> list();
    // By result id, or by an unambiguous start of one (at least 8 characters).
    Result<StoredResult> find(const QString& idOrPrefix);

private:
    Result<QList<StoredResult>> query(const QString& where, const QString& argument);

    storage::Database& m_database;
};

} // namespace exam::results
