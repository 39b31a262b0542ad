#pragma once
// A throw-away station with its database and bank catalogue, for the tests that install banks.

#include "banks/bankcatalogue.h"
#include "station/stationpaths.h"
#include "station/stationschema.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace exam::test {

struct CatalogueStation
{
    QTemporaryDir dir;
    StationPaths paths{dir.path() + QStringLiteral("/station")};
    std::unique_ptr<storage::Database> database;
    TestClock clock;
    std::unique_ptr<banks::BankCatalogue> catalogue;

    CatalogueStation()
    {
        REQUIRE(paths.ensureExists());
        auto opened = storage::Database::open(paths.databaseFile(), stationMigrations());
        REQUIRE(opened);
        database = std::move(*opened);
        catalogue = std::make_unique<banks::BankCatalogue>(*database, paths.banksFolder(), clock);
    }

    // `bytes` as a file beside the station (not in its banks folder), for install().
    QString write(const QString& name, const QByteArray& bytes) const
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(file.write(bytes) == bytes.size());
        return path;
    }

    QStringList bankFiles() const { return QDir(paths.banksFolder()).entryList(QDir::Files); }
    QDate today() const { return clock.localDate(); }
};

} // namespace exam::test
