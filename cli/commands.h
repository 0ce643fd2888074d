#pragma once

#include <string>
#include <vector>

#include "cli/options.h"
#include "core/call_list.h"
#include "core/scorer.h"
#include "core/store.h"

namespace touchpoint::cli {

// Each command prints its result (stdout) and errors (stderr, one line each, prefixed
// "touchpoint: ") and returns the process exit code.
int RunImport(const GlobalOptions& options, const std::vector<std::string>& paths);
int RunExport(const GlobalOptions& options);
int RunStats(const GlobalOptions& options);
int RunCalls(const GlobalOptions& options, const std::string& as_of);
int RunDecision(const GlobalOptions& options, int64_t id, Decision decision,
                const std::string& until);
int RunRescore(const GlobalOptions& options);
int RunConfigDefault();
int RunConfigCheck(const GlobalOptions& options, const std::string& file);
int RunPeople(const GlobalOptions& options);
int RunPerson(const GlobalOptions& options, const std::string& reference, bool why);
int RunSearch(const GlobalOptions& options, const std::string& query);
int RunGraph(const GlobalOptions& options);
// Links two identities into one person, or (link = false) keeps them apart for good.
int RunLink(const GlobalOptions& options, const std::string& a, const std::string& b, bool link);

// Opens the database for a command that reads it: kNoInput when there is none yet.
Result<Store> OpenExisting(const GlobalOptions& options);
// Brings people, introductions and conversation features up to date with the events stored
// since the last time (incremental). Every command that reads them calls this first.
Status CatchUp(Store& store);
// The [scoring] section of the config file (--config, else the default location), or the
// defaults when there is no config file.
Result<ScoringConfig> LoadScoringConfig(const GlobalOptions& options);
// "2026-05-13" or "2026-05-13T09:30:00Z" as UTC milliseconds; kUsage otherwise.
Result<int64_t> ParseUserTime(const std::string& text);
int64_t NowMs();

// Prints "touchpoint: <message>" on stderr and returns the exit code for `status`.
int ReportError(const Status& status);

}  // namespace touchpoint::cli
