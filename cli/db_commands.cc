// Maintenance of the database file itself. These work on the file directly (--db, else the
// default location), also while the daemon runs: SQLite's WAL lets them read beside it.
#include <cstdio>

#include "cli/commands.h"
#include "core/maintenance.h"

namespace touchpoint::cli {

int RunDbBackup(const GlobalOptions& options, const std::string& destination) {
  Result<Store> store = OpenExisting(options);
  if (!store) return ReportError(store.error());
  if (Status status = BackupDatabase(store->connection(), destination); !status.ok()) {
    return ReportError(status);
  }
  if (!options.quiet) std::fprintf(stderr, "touchpoint: backed up to %s\n", destination.c_str());
  return 0;
}

int RunDbCheck(const GlobalOptions& options) {
  Result<Store> store = OpenExisting(options);
  if (!store) return ReportError(store.error());
  Result<std::vector<std::string>> problems = CheckDatabase(store->connection());
  if (!problems) return ReportError(problems.error());
  for (const std::string& problem : *problems) std::printf("%s\n", problem.c_str());
  if (!problems->empty()) {
    return ReportError(Status(StatusCode::kDataError,
                              store->connection().path().string() + ": " +
                                  std::to_string(problems->size()) + " problem(s) found"));
  }
  std::printf("ok\n");
  return 0;
}

}  // namespace touchpoint::cli
