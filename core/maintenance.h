#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/sqlite.h"
#include "core/status.h"

namespace touchpoint {

// Copies the live database to `destination` with SQLite's online backup API, a few hundred
// pages at a time, so that imports and the daemon keep writing meanwhile; the copy is one
// consistent snapshot. The copy is written beside `destination` and renamed over it only when
// complete, so a failed backup leaves no half file. Errors: kUsage when `destination` is the
// database itself, kIoError naming the file otherwise.
Status BackupDatabase(Connection& source, const std::filesystem::path& destination);

// PRAGMA integrity_check and foreign_key_check: an empty list means the file is sound, else
// one line per problem.
Result<std::vector<std::string>> CheckDatabase(Connection& db);

}  // namespace touchpoint
