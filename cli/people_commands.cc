#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "cli/invoke.h"
#include "cli/json_fields.h"
#include "cli/params_builder.h"
#include "core/quote.h"

namespace touchpoint::cli {
namespace {

std::string Day(const rapidjson::Value& object, const char* key) {
  const std::string time = Text(object, key);
  return time.empty() ? "-" : time.substr(0, 10);
}

std::string IdentityLabel(const rapidjson::Value& identity) {
  const std::string label = Text(identity, "platform") + " ";
  if (std::string handle = Text(identity, "handle"); !handle.empty()) return label + "@" + handle;
  for (const char* key : {"profile_url", "name", "user_id"}) {
    if (std::string value = Text(identity, key); !value.empty()) return label + value;
  }
  return label;
}

std::string Identities(const rapidjson::Value& person) {
  std::string text;
  for (const rapidjson::Value& identity : person["identities"].GetArray()) {
    text += (text.empty() ? "" : ", ") + IdentityLabel(identity);
  }
  return text;
}

void PrintTimeline(const rapidjson::Value& timeline, const char* indent) {
  for (const rapidjson::Value& entry : timeline.GetArray()) {
    std::printf("%s%s %-8s %-7s %-8s %.80s\n", indent,
                Text(entry, "occurred_at").substr(0, 16).c_str(), Text(entry, "platform").c_str(),
                Text(entry, "kind").c_str(), Text(entry, "direction").c_str(),
                Text(entry, "text").c_str());
  }
}

}  // namespace

int RunPeople(const GlobalOptions& options) {
  Result<rapidjson::Document> result = Invoke(options, "people", "{}");
  if (!result) return ReportError(result.error());
  if (options.json) {
    PrintDocument(*result);
    return 0;
  }
  for (const rapidjson::Value& person : (*result)["people"].GetArray()) {
    std::printf("%-6lld %-28.28s %5lld  %s .. %s  %s\n",
                static_cast<long long>(person["id"].GetInt64()), Text(person, "name").c_str(),
                static_cast<long long>(person["events"].GetInt64()),
                Day(person, "first_at").c_str(), Day(person, "last_at").c_str(),
                Identities(person).c_str());
  }
  return 0;
}

int RunPerson(const GlobalOptions& options, const std::string& reference, bool why) {
  Result<rapidjson::Document> result =
      Invoke(options, "person", ParamsBuilder().Add("who", reference).Text());
  if (!result) return ReportError(result.error());
  if (options.json) {
    PrintDocument(*result);
    return 0;
  }
  const rapidjson::Value& person = (*result)["person"];
  std::printf("#%lld %s\n", static_cast<long long>(person["id"].GetInt64()),
              Text(person, "name").c_str());
  for (const rapidjson::Value& identity : person["identities"].GetArray()) {
    std::printf("  %s\n", IdentityLabel(identity).c_str());
  }
  std::printf("  first touchpoint %s, last %s, %lld events\n", Day(person, "first_at").c_str(),
              Day(person, "last_at").c_str(), static_cast<long long>(person["events"].GetInt64()));
  if (std::string introducer = Text(person, "introduced_by"); !introducer.empty()) {
    std::printf("  introduced by %s\n", introducer.c_str());
  }
  if (why) {
    std::printf("  why these identities are one person:\n");
    const rapidjson::Value& merges = (*result)["merges"];
    if (merges.Empty()) std::printf("    one identity, nothing merged\n");
    for (const rapidjson::Value& merge : merges.GetArray()) {
      std::printf("    %s ~ %s: %s (%s)\n", Text(merge, "a").c_str(), Text(merge, "b").c_str(),
                  Text(merge, "evidence").c_str(), Text(merge, "kind").c_str());
    }
  }
  std::printf("  timeline:\n");
  PrintTimeline((*result)["timeline"], "    ");
  return 0;
}

int RunTimeline(const GlobalOptions& options, const std::string& reference, int64_t limit) {
  ParamsBuilder params;
  params.Add("who", reference);
  if (limit > 0) params.Add("limit", limit);
  Result<rapidjson::Document> result = Invoke(options, "timeline", params.Text());
  if (!result) return ReportError(result.error());
  if (options.json) {
    PrintDocument(*result);
    return 0;
  }
  PrintTimeline((*result)["timeline"], "");
  return 0;
}

int RunSearch(const GlobalOptions& options, const std::string& query) {
  Result<rapidjson::Document> result =
      Invoke(options, "search", ParamsBuilder().Add("text", query).Text());
  if (!result) return ReportError(result.error());
  if (options.json) {
    PrintDocument(*result);
    return 0;
  }
  for (const rapidjson::Value& hit : (*result)["hits"].GetArray()) {
    std::printf("%s %-8s %-20.20s %s\n", Day(hit, "occurred_at").c_str(),
                Text(hit, "platform").c_str(), Text(hit, "author").c_str(),
                Text(hit, "snippet").c_str());
  }
  return 0;
}

int RunGraph(const GlobalOptions& options) {
  Result<rapidjson::Document> result = Invoke(options, "graph", "{}");
  if (!result) return ReportError(result.error());
  if (options.json) {
    PrintDocument(*result);
    return 0;
  }
  std::printf("digraph introductions {\n  rankdir=LR;\n");
  for (const rapidjson::Value& intro : (*result)["introductions"].GetArray()) {
    std::printf("  %s -> %s [label=%s];\n", Quote(Text(intro, "introducer")).c_str(),
                Quote(Text(intro, "introduced")).c_str(),
                Quote(Text(intro, "how") + " " + Day(intro, "at")).c_str());
  }
  std::printf("}\n");
  return 0;
}

int RunLink(const GlobalOptions& options, const std::string& a, const std::string& b, bool link) {
  Result<rapidjson::Document> result =
      Invoke(options, link ? "link" : "unlink", ParamsBuilder().Add("a", a).Add("b", b).Text());
  if (!result) return ReportError(result.error());
  if (options.json) PrintDocument(*result);
  return 0;
}

}  // namespace touchpoint::cli
