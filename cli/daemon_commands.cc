// Commands only the daemon answers.
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "cli/invoke.h"
#include "cli/json_fields.h"

namespace touchpoint::cli {
int RunStatus(const GlobalOptions& options) {
  Result<rapidjson::Document> result = InvokeDaemon(options, "status", "{}");
  if (!result) return ReportError(result.error());
  const rapidjson::Value& status = *result;
  if (options.json) {
    PrintDocument(status);
    return 0;
  }
  std::printf("touchpointd %s, pid %lld, up since %s\n", Text(status, "version").c_str(),
              static_cast<long long>(status["pid"].GetInt64()), Text(status, "started_at").c_str());
  std::printf("  %s\n", Text(status, "state").c_str());
  std::printf("  database %s\n", Text(status, "database").c_str());
  for (const rapidjson::Value& connector : status["connectors"].GetArray()) {
    std::string line = "  " + Text(connector, "name") + ": " + Text(connector, "health");
    if (std::string detail = Text(connector, "detail"); !detail.empty()) line += " (" + detail + ")";
    std::printf("%s\n", line.c_str());
  }
  for (const rapidjson::Value& watched : status["watch"].GetArray()) {
    std::printf("  watching %s: %lld imported\n", Text(watched, "dir").c_str(),
                static_cast<long long>(watched["imported"].GetInt64()));
  }
  return 0;
}

int RunReload(const GlobalOptions& options) {
  Result<rapidjson::Document> result = InvokeDaemon(options, "reload", "{}");
  if (!result) return ReportError(result.error());
  if (options.json) {
    PrintDocument(*result);
    return 0;
  }
  for (const rapidjson::Value& note : (*result)["notes"].GetArray()) {
    std::fprintf(stderr, "touchpoint: %s\n", note.GetString());
  }
  return 0;
}

}  // namespace touchpoint::cli
