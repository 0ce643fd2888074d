#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "core/config.h"
#include "core/sqlite.h"
#include "core/status.h"
#include "service/params.h"

namespace touchpoint {

// What a method runs against: one open database connection (the caller's thread owns it),
// the current configuration, and the wall clock.
struct MethodContext {
  Connection& db;
  const Config& config;
  int64_t now_ms;
};

// How a method touches the database, so the daemon can route it: reads run on any reader
// connection and may run beside an import; writes go through the one writer.
enum class MethodAccess { kRead, kWrite };

// One operation that both the daemon's socket (JSON-RPC) and the CLI's direct mode offer.
// The handler returns the result as one JSON object text, starting with "version": the same
// document `touchpoint <command> --json` prints. Param errors are kUsage.
struct MethodSpec {
  std::string_view name;
  MethodAccess access;
  // True when the result depends on people and conversation features, which must have caught
  // up with the stored events first (FeatureStore::Refresh).
  bool needs_scores;
  Result<std::string> (*handler)(MethodContext& context, const Params& params);
};

// Every database method, by name: stats, calls, people, person, timeline, search, graph, ack,
// snooze, dismiss, called, link, unlink, rescore.
std::span<const MethodSpec> DatabaseMethods();

// The method called `name`, or null.
const MethodSpec* FindMethod(std::string_view name);

// Runs `method` with `params` (null or a JSON object). Does not catch up scores: callers do
// that first when method.needs_scores (CatchUpScores).
Result<std::string> RunMethod(const MethodSpec& method, MethodContext& context,
                              const rapidjson::Value* params);

// Brings people, conversation features and the search index up to date with the stored
// events (incremental; a no-op that writes nothing when already current).
Status CatchUpScores(Connection& db);

// "2026-05-13" or "2026-05-13T09:30:00Z" as UTC milliseconds; kUsage otherwise.
Result<int64_t> ParseUserTime(const std::string& text);

// The wall clock in UTC milliseconds.
int64_t NowMs();

}  // namespace touchpoint
