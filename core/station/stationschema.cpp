#include "stationschema.h"

namespace exam {

std::span<const storage::Migration> stationMigrations()
{
    static const storage::Migration migrations[] = {
        {1, QStringLiteral(R"sql(
            CREATE TABLE settings (
                key   TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            ) STRICT;
        )sql")},
    };
    return migrations;
}

} // namespace exam
