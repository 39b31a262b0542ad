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
        // The item banks installed in the banks folder: one row per bank id, the newest version.
        {2, QStringLiteral(R"sql(
            CREATE TABLE installed_banks (
                bank_id          TEXT PRIMARY KEY NOT NULL,
                version          INTEGER NOT NULL CHECK (version >= 1),
                sha256           BLOB NOT NULL CHECK (length(sha256) = 32),
                file_name        TEXT NOT NULL UNIQUE,
                module_code      TEXT NOT NULL,
                title            TEXT NOT NULL,
                language         TEXT NOT NULL,
                item_count       INTEGER NOT NULL,
                publisher_key_id TEXT NOT NULL,
                needs_release_code INTEGER NOT NULL CHECK (needs_release_code IN (0, 1)),
                installed_at     TEXT NOT NULL
            ) STRICT;
        )sql")},
    };
    return migrations;
}

} // namespace exam
