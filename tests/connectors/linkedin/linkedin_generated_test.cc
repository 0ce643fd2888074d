// Imports exports made by tests/fixtures/gen_linkedin_export.py, in every era, and checks each
// stored event against what the generator says it wrote (--expect).
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <fstream>

#include "connectors/archive_import.h"
#include "connectors/common/timestamp.h"
#include "core/store.h"
#include "tests/support/run_command.h"
#include "tests/support/temp_dir.h"

namespace touchpoint {
namespace {

using test::TempDir;

struct Generated {
  std::filesystem::path archive;
  rapidjson::Document expect;
};

Generated Generate(const TempDir& dir, const std::string& name,
                   const std::vector<std::string>& options) {
  Generated generated;
  generated.archive = dir.path() / (name + ".zip");
  const auto expect = dir.path() / (name + ".json");
  std::vector<std::string> argv = {"/usr/bin/env",
                                   "python3",
                                   TOUCHPOINT_SOURCE_DIR "/tests/fixtures/gen_linkedin_export.py",
                                   "--out",
                                   generated.archive.string(),
                                   "--expect",
                                   expect.string()};
  argv.insert(argv.end(), options.begin(), options.end());
  const test::CommandResult result = test::RunCommand(argv);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  std::ifstream in(expect);
  const std::string json((std::istreambuf_iterator<char>(in)), {});
  generated.expect.Parse(json.c_str(), json.size());
  EXPECT_FALSE(generated.expect.HasParseError());
  return generated;
}

// One line per event with every checked field; events whose conversation key is a natural key
// (connections, invitations) leave it out, as the generator cannot compute it.
std::string Signature(std::string_view kind, std::string_view direction,
                      std::string_view conversation, std::string_view occurred_at,
                      std::string_view author, std::string_view counterparts, std::string_view text,
                      std::string_view source) {
  const bool keyed = kind == "dm" || kind == "comment";
  std::string line;
  for (const std::string_view part : {kind, direction, keyed ? conversation : "*", occurred_at,
                                      author, counterparts, text, source}) {
    line += part;
    line += " | ";
  }
  return line;
}

std::vector<std::string> Expected(const rapidjson::Document& expect) {
  std::vector<std::string> lines;
  for (const rapidjson::Value& event : expect["events"].GetArray()) {
    std::string counterparts;
    for (const rapidjson::Value& person : event["counterparts"].GetArray()) {
      if (!counterparts.empty()) counterparts += ',';
      counterparts += person.GetString();
    }
    const rapidjson::Value& conversation = event["conversation_key"];
    lines.push_back(Signature(event["kind"].GetString(), event["direction"].GetString(),
                              conversation.IsString() ? conversation.GetString() : "",
                              event["occurred_at"].GetString(), event["author"].GetString(),
                              counterparts, event["text"].GetString(),
                              event["source"].GetString()));
  }
  std::sort(lines.begin(), lines.end());
  return lines;
}

std::vector<std::string> Stored(Store& store) {
  Result<Statement> stmt = store.connection().Prepare(
      "SELECT e.kind, e.direction, c.conversation_key, e.occurred_at, a.key,"
      " (SELECT coalesce(group_concat(k, ','), '') FROM (SELECT i.key AS k"
      "    FROM event_counterparts ec JOIN identities i ON i.id = ec.identity_id"
      "    WHERE ec.event_id = e.id ORDER BY i.key)),"
      " e.text, e.source"
      " FROM events e JOIN conversations c ON c.id = e.conversation_id"
      " JOIN identities a ON a.id = e.author_id");
  std::vector<std::string> lines;
  while (stmt->Step().value()) {
    lines.push_back(Signature(stmt->Text(0), stmt->Text(1), stmt->Text(2),
                              FormatIso8601Ms(stmt->Int(3)), stmt->Text(4), stmt->Text(5),
                              stmt->Text(6), stmt->Text(7)));
  }
  std::sort(lines.begin(), lines.end());
  return lines;
}

// The first lines where the two sorted lists differ, for a readable failure.
std::string Difference(const std::vector<std::string>& want, const std::vector<std::string>& got) {
  std::vector<std::string> missing, extra;
  std::set_difference(want.begin(), want.end(), got.begin(), got.end(),
                      std::back_inserter(missing));
  std::set_difference(got.begin(), got.end(), want.begin(), want.end(), std::back_inserter(extra));
  std::string text;
  for (size_t i = 0; i < std::min<size_t>(missing.size(), 5); ++i)
    text += "missing: " + missing[i] + "\n";
  for (size_t i = 0; i < std::min<size_t>(extra.size(), 5); ++i)
    text += "extra:   " + extra[i] + "\n";
  return text;
}

int64_t Skipped(const rapidjson::Document& expect, const char* reason) {
  const rapidjson::Value& skipped = expect["skipped"];
  return skipped.HasMember(reason) ? skipped[reason].GetInt64() : 0;
}

void CheckImport(const std::vector<std::string>& options) {
  TempDir dir;
  const Generated generated = Generate(dir, "export", options);
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  ASSERT_TRUE(store);
  const FileImportReport report = ImportArchive(generated.archive, *store, {});
  ASSERT_TRUE(report.Outcome().ok()) << report.Outcome().message();
  EXPECT_EQ(report.added, generated.expect["counts"]["total"].GetInt64());
  for (const char* reason :
       {"draft", "connection without name or URL (hidden profile)", "comment without Date"}) {
    const auto found = report.skipped_reasons.find(reason);
    EXPECT_EQ(found == report.skipped_reasons.end() ? 0 : found->second,
              Skipped(generated.expect, reason))
        << reason;
  }
  const std::vector<std::string> want = Expected(generated.expect);
  const std::vector<std::string> got = Stored(*store);
  EXPECT_EQ(want.size(), got.size());
  EXPECT_TRUE(want == got) << Difference(want, got);
  EXPECT_EQ(store->connection().QueryText("SELECT key FROM identities WHERE is_owner = 1").value(),
            std::string("url:") + generated.expect["owner"]["profile_url"].GetString());

  const FileImportReport again = ImportArchive(generated.archive, *store, {});
  ASSERT_TRUE(again.Outcome().ok());
  EXPECT_EQ(again.added, 0);
}

TEST(LinkedinGeneratedTest, Era2026Complete) { CheckImport({"--era", "2026", "--seed", "1"}); }
TEST(LinkedinGeneratedTest, Era2025CompleteWithWrapper) {
  CheckImport({"--era", "2025", "--seed", "2", "--wrapper", "Complete_LinkedInDataExport"});
}
TEST(LinkedinGeneratedTest, Era2024CompleteExcel) {
  CheckImport({"--era", "2024", "--seed", "3", "--excel"});
}
TEST(LinkedinGeneratedTest, Era2023Basic) {
  CheckImport({"--era", "2023", "--seed", "4", "--kind", "basic"});
}
TEST(LinkedinGeneratedTest, Era2022Complete) {
  CheckImport({"--era", "2022", "--seed", "5", "--messages", "600"});
}

TEST(LinkedinGeneratedTest, BasicThenCompleteOfOneSeed) {
  TempDir dir;
  const Generated basic = Generate(dir, "basic", {"--kind", "basic", "--seed", "6"});
  const Generated complete = Generate(dir, "complete", {"--kind", "complete", "--seed", "6"});
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  ASSERT_TRUE(store);
  const FileImportReport first = ImportArchive(basic.archive, *store, {});
  ASSERT_TRUE(first.Outcome().ok()) << first.Outcome().message();
  const FileImportReport second = ImportArchive(complete.archive, *store, {});
  ASSERT_TRUE(second.Outcome().ok()) << second.Outcome().message();
  const int64_t basic_total = basic.expect["counts"]["total"].GetInt64();
  const int64_t complete_total = complete.expect["counts"]["total"].GetInt64();
  EXPECT_EQ(first.added, basic_total);
  EXPECT_EQ(second.present, basic_total);
  EXPECT_EQ(second.added, complete_total - basic_total);
  EXPECT_TRUE(Expected(complete.expect) == Stored(*store));
}

}  // namespace
}  // namespace touchpoint
