#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "cli/invoke.h"
#include "cli/params_builder.h"

namespace touchpoint::cli {
namespace {

// "2025-11-20T09:30" from an ISO 8601 timestamp.
std::string Minutes(const rapidjson::Value& time) { return std::string(time.GetString()).substr(0, 16); }

void PrintHuman(const rapidjson::Value& calls) {
  if (calls.Empty()) {
    std::printf("No new conversations worth a call.\n");
    return;
  }
  for (const rapidjson::Value& call : calls.GetArray()) {
    std::string people, reasons, where;
    for (const rapidjson::Value& person : call["people"].GetArray()) {
      people += (people.empty() ? "" : ", ") + std::string(person.GetString());
    }
    for (const rapidjson::Value& reason : call["reasons"].GetArray()) {
      reasons += (reasons.empty() ? "" : " · ") + std::string(reason["text"].GetString());
    }
    for (const rapidjson::Value& c : call["conversations"].GetArray()) {
      where += (where.empty() ? "" : ", ") + std::string(c["platform"].GetString()) + ":" +
               c["conversation_key"].GetString();
    }
    const std::string state = call["state"].GetString();
    std::printf("#%-6lld %3d  %-40s %s\n", static_cast<long long>(call["id"].GetInt64()),
                call["score"].GetInt(), people.c_str(), state == "new" ? "" : state.c_str());
    std::printf("        %s\n", reasons.c_str());
    std::printf("        %s .. %s  %s\n", Minutes(call["first_at"]).c_str(),
                Minutes(call["last_at"]).c_str(), where.c_str());
  }
}

}  // namespace

int RunCalls(const GlobalOptions& options, const std::string& as_of) {
  Result<rapidjson::Document> result =
      Invoke(options, "calls", ParamsBuilder().Add("as_of", as_of).Text());
  if (!result) return ReportError(result.error());
  if (options.json) {
    PrintDocument(*result);
  } else {
    PrintHuman((*result)["calls"]);
  }
  return 0;
}

int RunDecision(const GlobalOptions& options, std::string_view decision, int64_t id,
                const std::string& until) {
  Result<rapidjson::Document> result =
      Invoke(options, decision, ParamsBuilder().Add("id", id).Add("until", until).Text());
  if (!result) return ReportError(result.error());
  if (options.json) PrintDocument(*result);
  return 0;
}

int RunRescore(const GlobalOptions& options) {
  Result<rapidjson::Document> result = Invoke(options, "rescore", "{}");
  if (!result) return ReportError(result.error());
  if (options.json) {
    PrintDocument(*result);
  } else if (!options.quiet) {
    std::fprintf(stderr, "touchpoint: rescored %lld conversations\n",
                 static_cast<long long>((*result)["rescored"].GetInt64()));
  }
  return 0;
}

}  // namespace touchpoint::cli
