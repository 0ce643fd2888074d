#include <cstdio>

#include "cli/commands.h"
#include "cli/invoke.h"

namespace touchpoint::cli {

int RunStats(const GlobalOptions& options) {
  Result<rapidjson::Document> result = Invoke(options, "stats", "{}");
  if (!result) return ReportError(result.error());
  const rapidjson::Value& stats = *result;
  if (options.json) {
    PrintDocument(stats);
    return 0;
  }
  std::printf("events         %lld\n", static_cast<long long>(stats["events"].GetInt64()));
  for (const rapidjson::Value& row : stats["events_by_kind"].GetArray()) {
    std::printf("  %-10s %-11s %-9s %8lld\n", row["platform"].GetString(), row["kind"].GetString(),
                row["direction"].GetString(), static_cast<long long>(row["count"].GetInt64()));
  }
  for (const char* key : {"conversations", "identities", "people"}) {
    std::printf("%-14s %lld\n", key, static_cast<long long>(stats[key].GetInt64()));
  }
  std::printf("imports        %lld", static_cast<long long>(stats["imports"].GetInt64()));
  if (stats.HasMember("last_import_at")) {
    std::printf(" (last %s)", stats["last_import_at"].GetString());
  }
  std::printf("\n");
  return 0;
}

}  // namespace touchpoint::cli
