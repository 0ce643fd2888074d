// The methods that change what is stored: decisions on calls, identity links, rescoring.
#include "connectors/common/timestamp.h"
#include "core/call_list.h"
#include "core/feature_store.h"
#include "core/people.h"
#include "service/json_writer.h"
#include "service/method_handlers.h"

namespace touchpoint {
namespace {

constexpr int64_t kWeekMs = int64_t{7} * 24 * 3600 * 1000;

Result<std::string> DecideMethod(MethodContext& context, const Params& params, Decision decision,
                                 std::string_view name) {
  Result<int64_t> id = params.RequiredInt("id");
  if (!id) return Fail(id.error());
  Result<std::optional<std::string>> until_text = params.String("until");
  if (!until_text) return Fail(until_text.error());
  std::optional<int64_t> until;
  if (*until_text) {
    Result<int64_t> parsed = ParseUserTime(**until_text);
    if (!parsed) return Fail(parsed.error());
    until = *parsed;
  } else if (decision == Decision::kSnooze) {
    until = context.now_ms + kWeekMs;  // a week unless told otherwise
  }
  if (Status status = Decide(context.db, *id, decision, until, context.now_ms,
                             context.config.scoring);
      !status.ok()) {
    return Fail(status);
  }
  rapidjson::StringBuffer buffer;
  JsonWriter writer(buffer);
  BeginDocument(writer);
  WriteMember(writer, "id", *id);
  WriteMember(writer, "decision", name);
  if (until) WriteMember(writer, "until", FormatIso8601Ms(*until));
  writer.EndObject();
  return ToString(buffer);
}

Result<std::string> LinkOrUnlink(MethodContext& context, const Params& params, bool link) {
  Result<std::string> a = params.RequiredString("a");
  if (!a) return Fail(a.error());
  Result<std::string> b = params.RequiredString("b");
  if (!b) return Fail(b.error());
  People people(context.db);
  const Status status =
      link ? people.Link(*a, *b, context.now_ms) : people.Unlink(*a, *b, context.now_ms);
  if (!status.ok()) return Fail(status);
  rapidjson::StringBuffer buffer;
  JsonWriter writer(buffer);
  BeginDocument(writer);
  WriteMember(writer, link ? "linked" : "unlinked", true);
  writer.EndObject();
  return ToString(buffer);
}

}  // namespace

Result<std::string> AckMethod(MethodContext& context, const Params& params) {
  return DecideMethod(context, params, Decision::kAcknowledge, "ack");
}
Result<std::string> SnoozeMethod(MethodContext& context, const Params& params) {
  return DecideMethod(context, params, Decision::kSnooze, "snooze");
}
Result<std::string> DismissMethod(MethodContext& context, const Params& params) {
  return DecideMethod(context, params, Decision::kDismiss, "dismiss");
}
Result<std::string> CalledMethod(MethodContext& context, const Params& params) {
  return DecideMethod(context, params, Decision::kCalled, "called");
}
Result<std::string> LinkMethod(MethodContext& context, const Params& params) {
  return LinkOrUnlink(context, params, true);
}
Result<std::string> UnlinkMethod(MethodContext& context, const Params& params) {
  return LinkOrUnlink(context, params, false);
}

Result<std::string> RescoreMethod(MethodContext& context, const Params&) {
  Result<int64_t> count = FeatureStore(context.db).RescoreAll();
  if (!count) return Fail(count.error());
  rapidjson::StringBuffer buffer;
  JsonWriter writer(buffer);
  BeginDocument(writer);
  WriteMember(writer, "rescored", *count);
  writer.EndObject();
  return ToString(buffer);
}

}  // namespace touchpoint
