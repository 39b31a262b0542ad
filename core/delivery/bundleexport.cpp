#include "bundleexport.h"

#include "outbox.h"
#include "resultbundle.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace exam::delivery {

Result<int> BundleExport::write(storage::Database& database, const QString& stationKeyId, QByteArrayView registryKey,
                                const QString& path, const QDateTime& now, bool again)
{
    Outbox outbox(database);
    auto waiting = outbox.undelivered();
    if (!waiting)
        return std::unexpected(waiting.error());
    QList<SignedRecord> records;
    QStringList ids;
    for (const OutboxEntry& entry : *waiting) {
        if (!entry.exportedAt.isEmpty() && !again)
            continue;
        records.append(entry.signedRecord);
        ids.append(entry.resultId);
    }
    if (records.isEmpty() && waiting->isEmpty())
        return fail(ErrorCode::NotFound, tr("Nothing to export: every result on this station is delivered."));
    if (records.isEmpty())
        return fail(ErrorCode::NotAllowed,
                    tr("Nothing new to export: the %1 waiting results were exported before.").arg(waiting->size()));
    // A link (even a dangling one) is never followed: QSaveFile would write wherever it points.
    if (QFileInfo(path).isSymLink() || QFile::exists(path))
        return fail(ErrorCode::Conflict, tr("%1 exists already; choose a new file name.").arg(path));
    auto bundle = ResultBundle::seal(records, registryKey,
                                     {stationKeyId, now.toUTC().toString(Qt::ISODateWithMs), int(records.size())});
    if (!bundle)
        return std::unexpected(bundle.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bundle) != bundle->size() || !file.commit())
        return fail(ErrorCode::IoError,
                    tr("%1 cannot be written (%2); nothing was marked exported.").arg(path, file.errorString()));
    if (auto marked = outbox.markExported(ids, now); !marked)
        return fail(
            marked.error().code,
            tr("The bundle %1 is written, but the outbox could not note it: %2").arg(path, marked.error().message));
    return int(records.size());
}

QString BundleExport::fileName(const QString& site, const QDateTime& now)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString safeSite = site;
    safeSite.replace(unsafe, QStringLiteral("_"));
    return QStringLiteral("exam-results-%1-%2.bundle")
        .arg(safeSite.isEmpty() ? QStringLiteral("station") : safeSite,
             now.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

} // namespace exam::delivery
