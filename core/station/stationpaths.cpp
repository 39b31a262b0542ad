#include "stationpaths.h"

#include "util/ownerfolder.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace exam {

StationPaths::StationPaths(QString dataFolder) : m_dataFolder(QDir::cleanPath(std::move(dataFolder))) { }

QString StationPaths::defaultDataFolder()
{
    // The same folder for every program of the station (exam-kiosk, examctl), whatever its name.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/exam-kiosk");
}

QString StationPaths::databaseFile() const
{
    return m_dataFolder + QLatin1String("/station.sqlite");
}

QString StationPaths::banksFolder() const
{
    return m_dataFolder + QLatin1String("/banks");
}

QString StationPaths::logFile() const
{
    return m_dataFolder + QLatin1String("/station.log");
}

QString StationPaths::lockFile() const
{
    return m_dataFolder + QLatin1String("/kiosk.lock");
}

QString StationPaths::roomIdentityBase() const
{
    return m_dataFolder + QStringLiteral("/room-identity");
}

QString StationPaths::storageReserveFile() const
{
    return m_dataFolder + QLatin1String("/storage-reserve");
}

QString StationPaths::stationKeyBase() const
{
    return m_dataFolder + QLatin1String("/station-key");
}

QString StationPaths::pinPepperFile() const
{
    return m_dataFolder + QLatin1String("/pin-pepper.key");
}

Result<void> StationPaths::ensureExists() const
{
    for (const QString& folder : {m_dataFolder, banksFolder()})
        if (auto made = OwnerFolder::ensure(folder); !made)
            return made;
    return {};
}

} // namespace exam
