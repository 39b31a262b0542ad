#pragma once
// The station's results on their way to the registry, as the kiosk runs it: uploads in the background
// when an intake is set, an upload or a USB export at a proctor's request, and the outbox in words for
// the proctor panel.

#include "station/stationpaths.h"

#include <QObject>

#include <functional>
#include <memory>

namespace exam {
class Clock;
namespace delivery {
class Uploader;
}
namespace session {
class AuditLog;
}
namespace storage {
class Database;
}
} // namespace exam

namespace exam::kiosk {

class StationDelivery : public QObject
{
    Q_OBJECT
public:
    StationDelivery(storage::Database& database, session::AuditLog& audit, const Clock& clock, StationPaths paths,
                    QObject* parent = nullptr);
    ~StationDelivery() override;

    // Starts uploading in the background when the station has an intake; otherwise results wait in
    // the outbox for `examctl outbox upload|export`.
    void start();
    // A result was just recorded: send it now rather than at the next retry.
    void resultRecorded();
    // Where "Export results to a USB drive" looks for drives (RemovableDrives::writable() unless a test
    // gives folders).
    void setDriveFinder(std::function<QStringList()> finder) { m_drives = std::move(finder); }

    // A proctor's requests, done in `actor`'s name; their outcome comes as outcome().
    void uploadNow(const QString& actor);
    void exportToDrive(const QString& actor);

    // The outbox in words ("Waiting for delivery: 3…"), and what the panel's buttons can do.
    struct Summary
    {
        QString text;
        bool canUpload = false;
        bool canExport = false;
    };
    Summary summary();

Q_SIGNALS:
    // What became of a proctor's request, in plain words.
    void outcome(const QString& text);
    // An upload (background or requested) ended: the outbox changed.
    void uploadFinished();

private:
    QString siteCode();
    QString stationKeyId();

    storage::Database& m_database;
    session::AuditLog& m_audit;
    const Clock& m_clock;
    StationPaths m_paths;
    std::unique_ptr<delivery::Uploader> m_uploader; // when the station has an intake to deliver to
    std::function<QStringList()> m_drives;
};

} // namespace exam::kiosk
