#pragma once
// A throw-away station (data folder, database with every migration, test clock) for session tests.

#include "crypto/kdf.h"
#include "session/auditlog.h"
#include "station/stationpaths.h"
#include "station/stationschema.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <memory>

namespace exam::test {

struct StationFixture
{
    QTemporaryDir dir;
    StationPaths paths;
    TestClock clock;
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<session::AuditLog> audit;

    // `folder`: the station's data folder (a throw-away one when empty), e.g. on a small disk.
    explicit StationFixture(const QString& folder = {})
        : paths(folder.isEmpty() ? dir.path() + QStringLiteral("/station") : folder)
    {
        REQUIRE(paths.ensureExists());
        reopen();
    }

    // Closes and opens the database again, as a restart of the kiosk would.
    void reopen()
    {
        audit.reset();
        database.reset();
        auto opened = storage::Database::open(paths.databaseFile(), stationMigrations());
        REQUIRE(opened);
        database = std::move(*opened);
        audit = std::make_unique<session::AuditLog>(*database, clock);
    }

    qint64 scalar(const QString& sql)
    {
        auto query = database->prepare(sql);
        REQUIRE(query);
        auto row = query->step();
        REQUIRE(row);
        REQUIRE(*row);
        return query->int64(0);
    }
};

// Cheap scrypt for tests that sign in many times (a station uses the default).
inline crypto::ScryptParams fastScrypt()
{
    return crypto::ScryptParams{1u << 8, 8, 1};
}

} // namespace exam::test
