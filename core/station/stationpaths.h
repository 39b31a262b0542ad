#pragma once

#include "error.h"

#include <QString>

namespace exam {

// Where one station keeps its state. Everything lives below one data folder (QStandardPaths'
// AppDataLocation unless configured), created owner-only because it holds the station's private key,
// results and audit log.
class StationPaths
{
    Q_DECLARE_TR_FUNCTIONS(exam::StationPaths)
public:
    explicit StationPaths(QString dataFolder);
    static QString defaultDataFolder();

    QString dataFolder() const { return m_dataFolder; }
    QString databaseFile() const;
    QString banksFolder() const;
    QString logFile() const;
    QString lockFile() const;
    // The station's Ed25519 signing key: <base>.key (owner-only) and <base>.pub.
    QString stationKeyBase() const;
    // The PIN pepper (session::PinPepper), owner-only: kept out of the database on purpose.
    QString pinPepperFile() const;
    // Room kept on the station's disk for a proctor (StorageReserve): given back when the disk is full.
    QString storageReserveFile() const;
    // The station's identity in a room (room::RoomIdentity): <base>.pem and <base>.key (owner-only).
    QString roomIdentityBase() const;

    // Create the data folder (0700) and its sub-folders when missing.
    Result<void> ensureExists() const;

private:
    QString m_dataFolder;
};

} // namespace exam
