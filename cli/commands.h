#pragma once

#include <string>
#include <vector>

#include "cli/options.h"

namespace touchpoint::cli {

// Each command prints its result (stdout) and errors (stderr, one line each, prefixed
// "touchpoint: ") and returns the process exit code.
int RunImport(const GlobalOptions& options, const std::vector<std::string>& paths);
int RunExport(const GlobalOptions& options);
int RunStats(const GlobalOptions& options);

// Prints "touchpoint: <message>" on stderr and returns the exit code for `status`.
int ReportError(const Status& status);

}  // namespace touchpoint::cli
