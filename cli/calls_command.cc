#include <chrono>
#include <cstdio>

#include "cli/commands.h"
#include "cli/json_output.h"
#include "connectors/common/timestamp.h"
#include "core/call_list.h"
#include "core/feature_store.h"
#include "core/store.h"

namespace touchpoint::cli {
namespace {

void PrintJson(const std::vector<Call>& calls, int64_t as_of) {
  rapidjson::StringBuffer buffer;
  JsonWriter writer(buffer);
  BeginDocument(writer);
  WriteMember(writer, "as_of", FormatIso8601Ms(as_of));
  writer.Key("calls");
  writer.StartArray();
  for (const Call& call : calls) {
    writer.StartObject();
    WriteMember(writer, "id", call.id);
    writer.Key("score");
    writer.Int(static_cast<int>(call.score + 0.5));
    WriteMember(writer, "state", call.state);
    writer.Key("people");
    writer.StartArray();
    for (const std::string& person : call.people) writer.String(person.c_str());
    writer.EndArray();
    writer.Key("reasons");
    writer.StartArray();
    for (const Reason& reason : call.reasons) {
      writer.StartObject();
      WriteMember(writer, "code", reason.code);
      WriteMember(writer, "text", reason.text);
      writer.EndObject();
    }
    writer.EndArray();
    WriteMember(writer, "first_at", FormatIso8601Ms(call.first_at));
    WriteMember(writer, "last_at", FormatIso8601Ms(call.last_at));
    writer.Key("conversations");
    writer.StartArray();
    for (const CallConversation& conversation : call.conversations) {
      writer.StartObject();
      WriteMember(writer, "platform", conversation.platform);
      WriteMember(writer, "conversation_key", conversation.conversation_key);
      writer.EndObject();
    }
    writer.EndArray();
    writer.EndObject();
  }
  writer.EndArray();
  writer.EndObject();
  PrintDocument(buffer);
}

void PrintHuman(const std::vector<Call>& calls) {
  if (calls.empty()) {
    std::printf("No new conversations worth a call.\n");
    return;
  }
  for (const Call& call : calls) {
    std::string people;
    for (const std::string& person : call.people) people += (people.empty() ? "" : ", ") + person;
    std::printf("#%-6lld %3d  %-40s %s\n", static_cast<long long>(call.id),
                static_cast<int>(call.score + 0.5), people.c_str(),
                call.state == "new" ? "" : call.state.c_str());
    std::string reasons;
    for (const Reason& reason : call.reasons) {
      reasons += (reasons.empty() ? "" : " · ") + reason.text;
    }
    std::printf("        %s\n", reasons.c_str());
    std::string where;
    for (const CallConversation& c : call.conversations) {
      where += (where.empty() ? "" : ", ") + c.platform + ":" + c.conversation_key;
    }
    std::printf("        %s .. %s  %s\n", FormatIso8601Ms(call.first_at).substr(0, 16).c_str(),
                FormatIso8601Ms(call.last_at).substr(0, 16).c_str(), where.c_str());
  }
}

}  // namespace

int64_t NowMs() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

Result<int64_t> ParseUserTime(const std::string& text) {
  if (auto ms = ParseIso8601Ms(text)) return *ms;
  if (auto ms = ParseIso8601Ms(text + "T00:00:00Z")) return *ms;
  return Fail(StatusCode::kUsage, "'" + text +
                                      "' is not a time: use 2026-05-13 or 2026-05-13T09:30:00Z");
}

int RunCalls(const GlobalOptions& options, const std::string& as_of_text) {
  int64_t as_of = NowMs();
  if (!as_of_text.empty()) {
    Result<int64_t> parsed = ParseUserTime(as_of_text);
    if (!parsed) return ReportError(parsed.error());
    as_of = *parsed;
  }
  Result<Store> store = OpenExisting(options);
  if (!store) return ReportError(store.error());
  Result<ScoringConfig> config = LoadScoringConfig(options);
  if (!config) return ReportError(config.error());
  if (Status status = CatchUp(*store); !status.ok()) return ReportError(status);
  Result<std::vector<Call>> calls = BuildCallList(store->connection(), as_of, *config);
  if (!calls) return ReportError(calls.error());
  if (options.json) {
    PrintJson(*calls, as_of);
  } else {
    PrintHuman(*calls);
  }
  return 0;
}

int RunDecision(const GlobalOptions& options, int64_t id, Decision decision,
                const std::string& until_text) {
  std::optional<int64_t> until;
  if (!until_text.empty()) {
    Result<int64_t> parsed = ParseUserTime(until_text);
    if (!parsed) return ReportError(parsed.error());
    until = *parsed;
  } else if (decision == Decision::kSnooze) {
    until = NowMs() + int64_t{7} * 24 * 3600 * 1000;  // a week unless told otherwise
  }
  Result<Store> store = OpenExisting(options);
  if (!store) return ReportError(store.error());
  Result<ScoringConfig> config = LoadScoringConfig(options);
  if (!config) return ReportError(config.error());
  if (Status status = CatchUp(*store); !status.ok()) return ReportError(status);
  if (Status status = Decide(store->connection(), id, decision, until, NowMs(), *config);
      !status.ok()) {
    return ReportError(status);
  }
  return 0;
}

int RunRescore(const GlobalOptions& options) {
  Result<Store> store = OpenExisting(options);
  if (!store) return ReportError(store.error());
  Result<int64_t> count = FeatureStore(store->connection()).RescoreAll();
  if (!count) return ReportError(count.error());
  if (!options.quiet) {
    std::fprintf(stderr, "touchpoint: rescored %lld conversations\n", static_cast<long long>(*count));
  }
  return 0;
}

}  // namespace touchpoint::cli
