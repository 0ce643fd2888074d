// The call list and the people commands as a user runs them.
#include <ctime>

#include <rapidjson/document.h>

#include <gtest/gtest.h>

#include "tests/support/run_command.h"
#include "tests/support/temp_dir.h"
#include "tests/support/twitter_fixture.h"

namespace touchpoint {
namespace {

using test::CommandResult;
using test::RunCommand;
using test::TempDir;
using test::TouchpointBinary;
using test::TwitterFixture;

constexpr const char* kAsOf = "2024-05-14T08:00:00Z";

// "2026-11-24T10:00:00.000Z" for `hours` ago: decisions are taken now, so the flag they act on
// must be new now.
std::string HoursAgo(int hours) {
  const std::time_t when = std::time(nullptr) - hours * 3600;
  std::tm utc{};
  gmtime_r(&when, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S.000Z", &utc);
  return text;
}

class CallsCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    TwitterFixture fixture;
    fixture.Dm("1000-1234567",
               {{"1790000000000000125", "1234567", "1000",
                 "Great, thanks! Could we hop on a quick call on Thursday to talk pricing?",
                 "2024-05-13T10:30:00.000Z"},
                {"1790000000000000124", "1000", "1234567", "Happy to help, what do you need?",
                 "2024-05-13T10:05:00.000Z"},
                {"1790000000000000123", "1234567", "1000",
                 "Hi! I read your thread on retainers, I'm rethinking mine.",
                 "2024-05-13T09:58:00.123Z"}});
    fixture.Dm("1000-5555555",
               {{"1790000000000000200", "5555555", "1000",
                 "Hi, I came across your profile and have an exciting opportunity with a client "
                 "of ours. Open to a quick call this week?",
                 "2024-05-13T11:00:00.000Z"}});
    fixture.Tweet({.id = "1790000000000000001", .text = "@ada_l agreed",
                   .created_at = "Sun May 12 09:01:02 +0000 2024",
                   .reply_to_status = "1789999999999999999", .reply_to_user = "1234567",
                   .reply_to_handle = "ada_l", .mentions = {{"1234567", "ada_l", "Ada L"}}});
    archive_ = (dir_.path() / "twitter.zip").string();
    ASSERT_TRUE(test::WriteZip(archive_, fixture.Files()).ok());
    ASSERT_EQ(Touchpoint({"import", archive_}).exit_code, 0);
  }

  CommandResult Touchpoint(std::vector<std::string> args) {
    args.insert(args.begin(), {TouchpointBinary(), "--db", (dir_.path() / "tp.db").string()});
    return RunCommand(args);
  }

  rapidjson::Document Calls(const char* as_of = kAsOf) {
    CommandResult result = Touchpoint({"calls", "--json", "--as-of", as_of});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    rapidjson::Document json;
    json.Parse(result.out.c_str());
    EXPECT_FALSE(json.HasParseError()) << result.out;
    return json;
  }

  TempDir dir_;
  std::string archive_;
};

TEST_F(CallsCliTest, FlagsTheAskNotTheRecruiterWithReasons) {
  rapidjson::Document json = Calls();
  ASSERT_TRUE(json.HasMember("version"));
  ASSERT_EQ(json["calls"].Size(), 1u);
  const auto& call = json["calls"][0];
  EXPECT_STREQ(call["state"].GetString(), "new");
  EXPECT_STREQ(call["conversations"][0]["platform"].GetString(), "twitter");
  EXPECT_STREQ(call["conversations"][0]["conversation_key"].GetString(), "1000-1234567");
  EXPECT_STREQ(call["people"][0].GetString(), "@ada_l");
  std::vector<std::string> codes;
  for (const auto& reason : call["reasons"].GetArray()) codes.push_back(reason["code"].GetString());
  EXPECT_NE(std::find(codes.begin(), codes.end(), "ask"), codes.end());
  EXPECT_NE(std::find(codes.begin(), codes.end(), "reciprocity"), codes.end());
  EXPECT_GE(call["score"].GetInt(), 50);
}

TEST_F(CallsCliTest, NothingIsNewLongAfterwards) {
  EXPECT_EQ(Calls("2024-07-01")["calls"].Size(), 0u);
  EXPECT_EQ(Calls("2024-05-01")["calls"].Size(), 0u);  // before anything happened
}

TEST_F(CallsCliTest, DecisionsPersistAcrossReimportAndSnoozeReturns) {
  TwitterFixture recent;
  recent.Dm("1000-7777777", {{"1890000000000000002", "7777777", "1000",
                              "Could we set up a call next week about your workshop rates?",
                              HoursAgo(2)},
                             {"1890000000000000001", "7777777", "1000",
                              "Hello! Loved your talk on pricing.", HoursAgo(3)}});
  const std::string now_archive = (dir_.path() / "recent.zip").string();
  ASSERT_TRUE(test::WriteZip(now_archive, recent.Files()).ok());
  ASSERT_EQ(Touchpoint({"import", now_archive}).exit_code, 0);
  const auto now_calls = [&] {
    CommandResult result = Touchpoint({"calls", "--json"});
    rapidjson::Document json;
    json.Parse(result.out.c_str());
    return json;
  };
  rapidjson::Document before = now_calls();
  ASSERT_EQ(before["calls"].Size(), 1u);
  const std::string id = std::to_string(before["calls"][0]["id"].GetInt64());

  ASSERT_EQ(Touchpoint({"ack", id}).exit_code, 0);
  rapidjson::Document acknowledged = now_calls();
  ASSERT_EQ(acknowledged["calls"].Size(), 1u);
  EXPECT_STREQ(acknowledged["calls"][0]["state"].GetString(), "acknowledged");

  ASSERT_EQ(Touchpoint({"snooze", id, "--until", "2999-01-01"}).exit_code, 0);
  EXPECT_EQ(now_calls()["calls"].Size(), 0u);
  ASSERT_EQ(Touchpoint({"snooze", id, "--until", "2000-01-01"}).exit_code, 0);
  EXPECT_EQ(now_calls()["calls"].Size(), 1u);  // the snooze date has passed

  ASSERT_EQ(Touchpoint({"dismiss", id}).exit_code, 0);
  ASSERT_EQ(Touchpoint({"import", now_archive}).exit_code, 0);
  EXPECT_EQ(now_calls()["calls"].Size(), 0u);  // survives re-import and re-scoring

  EXPECT_EQ(Touchpoint({"dismiss", "999999"}).exit_code, 66);
  EXPECT_EQ(Touchpoint({"snooze", id, "--until", "next tuesday"}).exit_code, 2);
}

TEST_F(CallsCliTest, PeopleSearchAndGraph) {
  CommandResult people = Touchpoint({"people", "--json"});
  ASSERT_EQ(people.exit_code, 0) << people.err;
  rapidjson::Document json;
  json.Parse(people.out.c_str());
  ASSERT_TRUE(json["people"].IsArray());
  EXPECT_EQ(json["people"].Size(), 2u);

  CommandResult person = Touchpoint({"person", "@ada_l", "--why"});
  ASSERT_EQ(person.exit_code, 0) << person.err;
  EXPECT_NE(person.out.find("twitter @ada_l"), std::string::npos) << person.out;
  EXPECT_NE(person.out.find("hop on a quick call"), std::string::npos) << person.out;
  EXPECT_EQ(Touchpoint({"person", "@nobody"}).exit_code, 66);

  CommandResult search = Touchpoint({"search", "retainers"});
  ASSERT_EQ(search.exit_code, 0) << search.err;
  EXPECT_NE(search.out.find("[retainers]"), std::string::npos) << search.out;
  EXPECT_EQ(Touchpoint({"search", "\"unbalanced"}).exit_code, 2);

  CommandResult graph = Touchpoint({"graph"});
  ASSERT_EQ(graph.exit_code, 0);
  EXPECT_EQ(graph.out.rfind("digraph introductions {", 0), 0u);
}

TEST_F(CallsCliTest, LinkAndUnlinkRecordTheirEvidence) {
  ASSERT_EQ(Touchpoint({"link", "@ada_l", "5555555"}).exit_code, 0);
  CommandResult linked = Touchpoint({"person", "@ada_l", "--why"});
  EXPECT_NE(linked.out.find("linked by you"), std::string::npos) << linked.out;
  ASSERT_EQ(Touchpoint({"unlink", "@ada_l", "5555555"}).exit_code, 0);
  CommandResult apart = Touchpoint({"person", "@ada_l", "--why"});
  EXPECT_NE(apart.out.find("kept apart by you"), std::string::npos) << apart.out;
  EXPECT_EQ(apart.out.find("twitter 5555555"), std::string::npos) << apart.out;
}

}  // namespace
}  // namespace touchpoint
