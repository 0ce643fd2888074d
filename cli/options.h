#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/status.h"

namespace touchpoint::cli {

// Options shared by every command.
struct GlobalOptions {
  std::string db;      // --db; empty means the default location
  std::string config;  // --config; empty means the default location
  std::string socket;  // --socket; empty means discovery (cli/daemon_client.h)
  bool json = false;   // --json: one JSON document on stdout, nothing else
  bool quiet = false;  // --quiet: no progress bar
};

// The database path: --db if given, else $XDG_STATE_HOME/touchpoint/touchpoint.db, else
// ~/.local/state/touchpoint/touchpoint.db. kUsage when neither variable gives a home.
Result<std::filesystem::path> DatabasePath(const GlobalOptions& options);

}  // namespace touchpoint::cli
