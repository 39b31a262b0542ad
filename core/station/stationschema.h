#pragma once

#include "storage/database.h"

#include <span>

namespace exam {

// The station database's schema history. Append a migration for every change; never edit one that
// has shipped (stations in the field have already run it).
std::span<const storage::Migration> stationMigrations();

} // namespace exam
