#include "cli/options.h"

#include <cstdio>

#include "cli/commands.h"
#include "core/config.h"
#include "core/paths.h"

#include <cstdlib>

namespace touchpoint::cli {

Result<std::filesystem::path> DatabasePath(const GlobalOptions& options) {
  if (!options.db.empty()) return std::filesystem::path(options.db);
  std::filesystem::path path = DefaultDatabasePath();
  if (path.empty()) {
    return Fail(StatusCode::kUsage,
                "cannot locate the database: neither XDG_STATE_HOME nor HOME is set; pass --db");
  }
  return path;
}

Result<Store> OpenExisting(const GlobalOptions& options) {
  Result<std::filesystem::path> path = DatabasePath(options);
  if (!path) return Fail(path.error());
  StoreOptions store_options;
  store_options.create_if_missing = false;
  return Store::Open(*path, store_options);
}

Result<Config> LoadCliConfig(const GlobalOptions& options) {
  std::filesystem::path path = options.config;
  if (path.empty()) {
    path = DefaultConfigPath();
    // No config file is fine: every key has a default.
    if (path.empty() || !std::filesystem::exists(path)) return Config{};
  }
  std::vector<std::string> warnings;
  Result<Config> config = LoadConfig(path, &warnings);
  if (!config) return Fail(config.error());
  for (const std::string& warning : warnings) {
    std::fprintf(stderr, "touchpoint: warning: %s\n", warning.c_str());
  }
  return config;
}

int RunConfigDefault() {
  std::fputs(DefaultConfigText().c_str(), stdout);
  return 0;
}

int RunConfigCheck(const GlobalOptions& options, const std::string& file) {
  GlobalOptions checked = options;
  if (!file.empty()) checked.config = file;
  if (checked.config.empty()) checked.config = DefaultConfigPath().string();
  if (checked.config.empty()) {
    return ReportError(Status(StatusCode::kConfigError, "no config file to check"));
  }
  Result<Config> config = LoadCliConfig(checked);
  if (!config) return ReportError(config.error());
  std::printf("%s: ok\n", checked.config.c_str());
  return 0;
}

}  // namespace touchpoint::cli
