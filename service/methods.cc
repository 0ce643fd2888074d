#include "service/methods.h"

#include <chrono>

#include "connectors/common/timestamp.h"
#include "core/feature_store.h"
#include "service/method_handlers.h"

namespace touchpoint {
namespace {

constexpr MethodSpec kMethods[] = {
    {"stats", MethodAccess::kRead, false, StatsMethod},
    {"calls", MethodAccess::kRead, true, CallsMethod},
    {"people", MethodAccess::kRead, true, PeopleMethod},
    {"person", MethodAccess::kRead, true, PersonMethod},
    {"timeline", MethodAccess::kRead, true, TimelineMethod},
    {"search", MethodAccess::kRead, true, SearchMethod},
    {"graph", MethodAccess::kRead, true, GraphMethod},
    {"ack", MethodAccess::kWrite, true, AckMethod},
    {"snooze", MethodAccess::kWrite, true, SnoozeMethod},
    {"dismiss", MethodAccess::kWrite, true, DismissMethod},
    {"called", MethodAccess::kWrite, true, CalledMethod},
    {"link", MethodAccess::kWrite, true, LinkMethod},
    {"unlink", MethodAccess::kWrite, true, UnlinkMethod},
    {"rescore", MethodAccess::kWrite, false, RescoreMethod},
};

}  // namespace

std::span<const MethodSpec> DatabaseMethods() { return kMethods; }

const MethodSpec* FindMethod(std::string_view name) {
  for (const MethodSpec& method : kMethods) {
    if (method.name == name) return &method;
  }
  return nullptr;
}

Result<std::string> RunMethod(const MethodSpec& method, MethodContext& context,
                              const rapidjson::Value* params) {
  const Params typed(params);
  if (Status status = typed.CheckObject(); !status.ok()) return Fail(status);
  return method.handler(context, typed);
}

Status CatchUpScores(Connection& db) {
  FeatureStore features(db);
  Result<int64_t> scored = features.Refresh();
  if (!scored) return scored.error();
  return features.IndexText();
}

Result<int64_t> ParseUserTime(const std::string& text) {
  if (auto ms = ParseIso8601Ms(text)) return *ms;
  if (auto ms = ParseIso8601Ms(text + "T00:00:00Z")) return *ms;
  return Fail(StatusCode::kUsage, "'" + text +
                                      "' is not a time: use 2026-05-13 or 2026-05-13T09:30:00Z");
}

int64_t NowMs() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace touchpoint
