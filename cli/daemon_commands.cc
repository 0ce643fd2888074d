// Commands only the daemon answers.
#include <algorithm>
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "cli/invoke.h"
#include "cli/json_fields.h"

namespace touchpoint::cli {
namespace {

// "  twitter (me): rate limited until 2026-11-26T10:00:00.000Z; last new 2026-11-26T08:15:..."
std::string ConnectorLine(const rapidjson::Value& connector) {
  std::string health = Text(connector, "health");
  std::replace(health.begin(), health.end(), '_', ' ');
  std::string line = "  " + Text(connector, "name");
  if (std::string account = Text(connector, "account"); !account.empty()) {
    line += " (" + account + ")";
  }
  line += ": " + health;
  if (std::string until = Text(connector, "until"); !until.empty()) line += " until " + until;
  for (const auto& [key, label] :
       {std::pair{"next_poll_at", "next poll"}, std::pair{"last_new_at", "last new"},
        std::pair{"token_expires_at", "token expires"}}) {
    if (std::string value = Text(connector, key); !value.empty()) {
      line += std::string("; ") + label + " " + value;
    }
  }
  if (std::string detail = Text(connector, "detail"); !detail.empty()) {
    line += "\n    " + detail;
  }
  return line;
}

}  // namespace

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
    std::printf("%s\n", ConnectorLine(connector).c_str());
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
