#include "cli/options.h"

#include <cstdlib>

namespace touchpoint::cli {

Result<std::filesystem::path> DatabasePath(const GlobalOptions& options) {
  if (!options.db.empty()) return std::filesystem::path(options.db);
  const std::filesystem::path file = std::filesystem::path("touchpoint") / "touchpoint.db";
  // The XDG spec says relative values are invalid and must be ignored.
  if (const char* state = std::getenv("XDG_STATE_HOME"); state != nullptr && state[0] == '/') {
    return std::filesystem::path(state) / file;
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && home[0] == '/') {
    return std::filesystem::path(home) / ".local" / "state" / file;
  }
  return Fail(StatusCode::kUsage,
              "cannot locate the database: neither XDG_STATE_HOME nor HOME is set; pass --db");
}

}  // namespace touchpoint::cli
