#pragma once

#include "error.h"

#include <QDateTime>
#include <QString>

namespace exam::storage {
class Database;
}

namespace exam::delivery {

// Writes the outbox's undelivered results to an offline bundle file and marks them exported (they
// stay undelivered until a receipt comes). One place for `examctl outbox export` and the proctor
// panel's export to a USB drive.
class BundleExport
{
    Q_DECLARE_TR_FUNCTIONS(exam::delivery::BundleExport)
public:
    // The number of results written. Refusals: NotFound (nothing to export), NotAllowed (nothing new
    // without `again`), Conflict (the file exists), IoError (it cannot be written: nothing is marked).
    static Result<int> write(storage::Database& database, const QString& stationKeyId, QByteArrayView registryKey,
                             const QString& path, const QDateTime& now, bool again);

    // "exam-results-TC-0042-20261127-120530.bundle": names that sort by time and say whose they are.
    static QString fileName(const QString& site, const QDateTime& now);
};

} // namespace exam::delivery
