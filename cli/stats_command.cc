#include <cstdio>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/json_output.h"
#include "connectors/common/timestamp.h"
#include "core/store.h"

namespace touchpoint::cli {
namespace {

struct KindCount {
  std::string platform, kind, direction;
  int64_t count;
};

struct Stats {
  std::vector<KindCount> events;
  int64_t total_events = 0, conversations = 0, identities = 0, people = 0, imports = 0;
  int64_t last_import_ms = 0;
};

Result<Stats> Collect(Connection& db) {
  Stats stats;
  Result<Statement> kinds = db.Prepare(
      "SELECT platform, kind, direction, count(*) FROM events GROUP BY 1, 2, 3 ORDER BY 1, 2, 3");
  if (!kinds) return Fail(kinds.error());
  for (;;) {
    Result<bool> row = kinds->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    stats.events.push_back({std::string(kinds->Text(0)), std::string(kinds->Text(1)),
                            std::string(kinds->Text(2)), kinds->Int(3)});
    stats.total_events += kinds->Int(3);
  }
  const std::pair<int64_t*, std::string_view> counts[] = {
      {&stats.conversations, "SELECT count(*) FROM conversations"},
      {&stats.identities, "SELECT count(*) FROM identities WHERE is_owner = 0"},
      {&stats.people, "SELECT count(*) FROM people"},
      {&stats.imports, "SELECT count(*) FROM imports"},
      {&stats.last_import_ms, "SELECT coalesce(max(finished_at), 0) FROM imports"},
  };
  for (const auto& [target, sql] : counts) {
    Result<int64_t> value = db.QueryInt(sql);
    if (!value) return Fail(value.error());
    *target = *value;
  }
  return stats;
}

void PrintJson(const Stats& stats) {
  rapidjson::StringBuffer buffer;
  JsonWriter writer(buffer);
  BeginDocument(writer);
  WriteMember(writer, "events", stats.total_events);
  writer.Key("events_by_kind");
  writer.StartArray();
  for (const KindCount& row : stats.events) {
    writer.StartObject();
    WriteMember(writer, "platform", row.platform);
    WriteMember(writer, "kind", row.kind);
    WriteMember(writer, "direction", row.direction);
    WriteMember(writer, "count", row.count);
    writer.EndObject();
  }
  writer.EndArray();
  WriteMember(writer, "conversations", stats.conversations);
  WriteMember(writer, "identities", stats.identities);
  WriteMember(writer, "people", stats.people);
  WriteMember(writer, "imports", stats.imports);
  if (stats.imports > 0) {
    WriteMember(writer, "last_import_at", FormatIso8601Ms(stats.last_import_ms));
  }
  writer.EndObject();
  PrintDocument(buffer);
}

void PrintTable(const Stats& stats) {
  std::printf("events         %lld\n", static_cast<long long>(stats.total_events));
  for (const KindCount& row : stats.events) {
    std::printf("  %-10s %-11s %-9s %8lld\n", row.platform.c_str(), row.kind.c_str(),
                row.direction.c_str(), static_cast<long long>(row.count));
  }
  std::printf("conversations  %lld\n", static_cast<long long>(stats.conversations));
  std::printf("identities     %lld\n", static_cast<long long>(stats.identities));
  std::printf("people         %lld\n", static_cast<long long>(stats.people));
  std::printf("imports        %lld", static_cast<long long>(stats.imports));
  if (stats.imports > 0) {
    std::printf(" (last %s)", FormatIso8601Ms(stats.last_import_ms).c_str());
  }
  std::printf("\n");
}

}  // namespace

int RunStats(const GlobalOptions& options) {
  Result<Store> store = OpenExisting(options);
  if (!store) return ReportError(store.error());
  Result<Stats> stats = Collect(store->connection());
  if (!stats) return ReportError(stats.error());
  if (options.json) {
    PrintJson(*stats);
  } else {
    PrintTable(*stats);
  }
  return 0;
}

}  // namespace touchpoint::cli
