#pragma once

#include <string>
#include <vector>

#include "cli/options.h"
#include "core/config.h"
#include "core/store.h"

namespace touchpoint::cli {

// Each command prints its result (stdout) and errors (stderr, one line each, prefixed
// "touchpoint: ") and returns the process exit code.
int RunImport(const GlobalOptions& options, const std::vector<std::string>& paths);
int RunExport(const GlobalOptions& options);
int RunStats(const GlobalOptions& options);
int RunCalls(const GlobalOptions& options, const std::string& as_of);
// `decision` is the method: ack, snooze, dismiss or called.
int RunDecision(const GlobalOptions& options, std::string_view decision, int64_t id,
                const std::string& until);
int RunRescore(const GlobalOptions& options);
int RunConfigDefault();
int RunConfigCheck(const GlobalOptions& options, const std::string& file);
int RunPeople(const GlobalOptions& options);
int RunPerson(const GlobalOptions& options, const std::string& reference, bool why);
int RunTimeline(const GlobalOptions& options, const std::string& reference, int64_t limit);
int RunSearch(const GlobalOptions& options, const std::string& query);
int RunGraph(const GlobalOptions& options);
// Links two identities into one person, or (link = false) keeps them apart for good.
int RunLink(const GlobalOptions& options, const std::string& a, const std::string& b, bool link);

// The database file: an online backup, and SQLite's integrity and foreign-key checks.
int RunDbBackup(const GlobalOptions& options, const std::string& destination);
int RunDbCheck(const GlobalOptions& options);

// The daemon's own commands: its health and per-connector status; reloading its config.
int RunStatus(const GlobalOptions& options);
int RunReload(const GlobalOptions& options);

// Opens the database for a command that reads it: kNoInput when there is none yet.
Result<Store> OpenExisting(const GlobalOptions& options);
// The config file (--config, else the default location), or the defaults when there is none.
Result<Config> LoadCliConfig(const GlobalOptions& options);

// Prints "touchpoint: <message>" on stderr and returns the exit code for `status`.
int ReportError(const Status& status);

}  // namespace touchpoint::cli
