#include "stationdelivery.h"

#include "delivery/bundleexport.h"
#include "delivery/deliverysettings.h"
#include "delivery/outbox.h"
#include "delivery/uploader.h"
#include "results/stationkey.h"
#include "session/auditlog.h"
#include "station/stationsettings.h"
#include "util/clock.h"
#include "util/removabledrives.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace exam::kiosk {

StationDelivery::StationDelivery(storage::Database& database, session::AuditLog& audit, const Clock& clock,
                                 StationPaths paths, QObject* parent)
    : QObject(parent),
      m_database(database),
      m_audit(audit),
      m_clock(clock),
      m_paths(std::move(paths)),
      m_drives(&RemovableDrives::writable)
{
}

StationDelivery::~StationDelivery() = default;

void StationDelivery::start()
{
    auto settings = delivery::DeliverySettingsStore::load(m_database);
    if (!settings) {
        qWarning("results will not be uploaded: %s", qPrintable(settings.error().message));
        return;
    }
    if (!settings->canUpload())
        return;
    auto uploader = std::make_unique<delivery::Uploader>(m_database, m_clock);
    if (auto configured = uploader->configure(*settings); !configured) {
        qWarning("results will not be uploaded: %s", qPrintable(configured.error().message));
        return;
    }
    connect(uploader.get(), &delivery::Uploader::finished, this, &StationDelivery::uploadFinished);
    m_uploader = std::move(uploader);
    m_uploader->startBackground();
}

void StationDelivery::resultRecorded()
{
    if (m_uploader) // after the ending transaction commits
        QTimer::singleShot(0, m_uploader.get(), &delivery::Uploader::wake);
}

void StationDelivery::uploadNow(const QString& actor)
{
    if (!m_uploader)
        return;
    if (m_uploader->isRunning()) {
        Q_EMIT outcome(tr("An upload is already under way; its outcome shows here when it ends."));
        return;
    }
    if (auto logged =
            m_audit.append(actor, QStringLiteral("results.upload-requested"), QStringLiteral("station"), QString());
        !logged) {
        Q_EMIT outcome(
            tr("Nothing was sent: the audit log cannot record the request (%1).").arg(logged.error().message));
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(m_uploader.get(), &delivery::Uploader::finished, this,
                [this, connection](const delivery::UploadSummary& summary) {
                    disconnect(*connection);
                    QString text =
                        tr("Upload finished: %1 delivered, %2 still waiting.").arg(summary.delivered).arg(summary.left);
                    if (!summary.stopReason.isEmpty())
                        text += u' ' + summary.stopReason;
                    Q_EMIT outcome(text);
                });
    Q_EMIT outcome(tr("Uploading…"));
    m_uploader->uploadAll();
}

void StationDelivery::exportToDrive(const QString& actor)
{
    auto settings = delivery::DeliverySettingsStore::load(m_database);
    if (!settings || !settings->canExport()) {
        Q_EMIT outcome(tr("This station has no registry key to encrypt the results to. A centre admin sets it with "
                          "examctl station set-intake --bundle-key."));
        return;
    }
    const QStringList drives = m_drives();
    if (drives.isEmpty()) {
        Q_EMIT outcome(tr("No USB drive is plugged in (or it is read-only). Plug one in, then press Export again."));
        return;
    }
    if (drives.size() > 1) {
        Q_EMIT outcome(tr("More than one drive is plugged in (%1). Leave only the one to take to the registry.")
                           .arg(drives.join(QStringLiteral(", "))));
        return;
    }
    const QDateTime now = m_clock.utcNow();
    const QString site = siteCode();
    // A second export within the same second gets its own name; the proctor never has to choose one.
    QString fileName = delivery::BundleExport::fileName(site, now);
    for (int n = 2; QFileInfo::exists(QDir(drives.first()).filePath(fileName)) && n < 100; ++n)
        fileName = delivery::BundleExport::fileName(site, now).replace(QStringLiteral(".bundle"),
                                                                       QStringLiteral("-%1.bundle").arg(n));
    const QString path = QDir(drives.first()).filePath(fileName);
    // Every waiting result, also those on an earlier stick: the registry keeps each once.
    auto written = delivery::BundleExport::write(m_database, stationKeyId(), settings->bundleKey, path, now, true);
    if (!written) {
        Q_EMIT outcome(written.error().message);
        return;
    }
    QString text = tr("Results written to %2 as %3: %1, encrypted for the registry. They stay here until the registry "
                      "confirms them.")
                       .arg(*written)
                       .arg(drives.first(), fileName);
    if (auto logged = m_audit.append(actor, QStringLiteral("results.exported"), QStringLiteral("station"),
                                     tr("%1 results to %2").arg(*written).arg(fileName));
        !logged)
        text += u' ' + tr("The audit log could not record the export: %1").arg(logged.error().message);
    Q_EMIT outcome(text);
}

QString StationDelivery::siteCode()
{
    return StationSettings(m_database).siteCode().value_or(QString());
}

QString StationDelivery::stationKeyId()
{
    // Never made here: a station without its key has recorded no result to export.
    if (!QFile::exists(m_paths.stationKeyBase() + QStringLiteral(".key")))
        return QString();
    auto key = results::StationKey::loadOrCreate(m_paths);
    return key ? key->keyId() : QString();
}

StationDelivery::Summary StationDelivery::summary()
{
    Summary summary;
    delivery::Outbox outbox(m_database);
    auto counts = outbox.counts();
    if (!counts) {
        summary.text = counts.error().message;
        return summary;
    }
    if (counts->undelivered() == 0) {
        summary.text = tr("Every result is delivered (%1 in all).").arg(counts->delivered);
        return summary;
    }
    summary.text = tr("Waiting for delivery: %1. Delivered: %2.").arg(counts->undelivered()).arg(counts->delivered);
    if (counts->exported > 0)
        summary.text += u' ' + tr("On an exported bundle, waiting for the registry: %1.").arg(counts->exported);
    if (counts->refused > 0)
        summary.text += u' '
                        + tr("Refused by the registry: %1; a centre admin looks at them with examctl outbox "
                             "status.")
                              .arg(counts->refused);
    if (auto error = outbox.latestError(); error && !error->isEmpty())
        summary.text += u' ' + tr("Last error: %1").arg(*error);
    auto settings = delivery::DeliverySettingsStore::load(m_database);
    summary.canExport = settings && settings->canExport();
    if (!m_uploader && !summary.canExport)
        summary.text += u' '
                        + tr("No intake is set for this station: a centre admin delivers the results with "
                             "examctl outbox upload or outbox export.");
    summary.canUpload = m_uploader != nullptr;
    return summary;
}

} // namespace exam::kiosk
