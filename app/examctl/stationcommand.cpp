#include "stationcommand.h"

#include "station/stationschema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace examctl {

int findStatus(exam::ErrorCode code)
{
    return code == exam::ErrorCode::NotFound          ? InputUnreadable
           : code == exam::ErrorCode::InvalidArgument ? Usage
                                                      : InternalFailure;
}

StationCommand::StationCommand(const QString& name, const QString& synopsis, const QString& summary,
                               const QString& description, Opening opening)
    : Command(name, synopsis, summary, description),
      m_dataDir(QStringLiteral("data-dir"),
                tr("The station's data folder (default: %1).").arg(exam::StationPaths::defaultDataFolder()),
                QStringLiteral("folder")),
      m_opening(opening)
{
    addOption(m_dataDir);
}

exam::StationPaths StationCommand::paths() const
{
    return exam::StationPaths(isSet(m_dataDir) ? value(m_dataDir) : exam::StationPaths::defaultDataFolder());
}

std::optional<int> StationCommand::open()
{
    if (m_opening == Opening::Nothing)
        return std::nullopt;
    const exam::StationPaths paths = this->paths();
    if (m_opening == Opening::ExistingStation && !QFile::exists(paths.databaseFile()))
        return fail(InputUnreadable, tr("There is no station in %1. Set one up with: examctl station init --site CODE "
                                        "(or name the station's folder with --data-dir).")
                                         .arg(paths.dataFolder()));
    if (auto ready = paths.ensureExists(); !ready)
        return fail(OutputFailed, ready.error().message);
    auto opened = exam::storage::Database::open(paths.databaseFile(), exam::stationMigrations());
    if (!opened)
        return fail(InternalFailure, opened.error().message);
    m_station.database = std::move(*opened);
    m_station.audit = std::make_unique<exam::session::AuditLog>(*m_station.database, m_station.clock);
    m_station.settings = std::make_unique<exam::StationSettings>(*m_station.database);
    return std::nullopt;
}

std::optional<int> StationCommand::audit(const QString& event, const QString& subject, const QString& detail,
                                         const QString& actor)
{
    if (auto appended = m_station.audit->append(actor, event, subject, detail); !appended)
        return fail(InternalFailure,
                    tr("This was done, but the audit log could not record it: %1").arg(appended.error().message));
    return std::nullopt;
}

void StationCommand::outJson(const QJsonValue& value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out(QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed());
}

} // namespace examctl
