// The touchpoint binary as a user runs it: exit codes, --json documents, export format.
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

class TouchpointCliTest : public ::testing::Test {
 protected:
  CommandResult Touchpoint(std::vector<std::string> args,
                           const std::map<std::string, std::string>& env = {}) {
    args.insert(args.begin(), TouchpointBinary());
    return RunCommand(args, env);
  }
  CommandResult WithDb(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db_.string()});
    return Touchpoint(std::move(args));
  }
  std::string Archive() {
    TwitterFixture fixture;
    fixture.Tweet({.id = "1790000000000000002", .text = "later post",
                   .created_at = "Tue May 14 09:01:02 +0000 2024"});
    fixture.Tweet({.id = "1790000000000000001", .text = "@ada_l yes",
                   .reply_to_status = "1789999999999999999", .reply_to_user = "1234567",
                   .reply_to_handle = "ada_l", .mentions = {{"1234567", "ada_l", "Ada L"}}});
    fixture.Dm("1000-1234567", {{"1790000000000000123", "1234567", "1000", "call me?"}});
    const auto path = dir_.path() / "twitter-2024.zip";
    EXPECT_TRUE(test::WriteZip(path, fixture.Files()).ok());
    return path.string();
  }

  TempDir dir_;
  std::filesystem::path db_ = dir_.path() / "state" / "tp.db";
};

rapidjson::Document ParseJson(const std::string& text) {
  rapidjson::Document document;
  document.Parse(text.c_str());
  EXPECT_FALSE(document.HasParseError()) << text;
  return document;
}

TEST_F(TouchpointCliTest, HelpAndVersionGoToStdoutAndExitZero) {
  CommandResult help = Touchpoint({"--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("import"), std::string::npos);
  EXPECT_NE(help.out.find("Exit codes"), std::string::npos);
  CommandResult version = Touchpoint({"--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.out, "touchpoint " TOUCHPOINT_VERSION "\n");
}

TEST_F(TouchpointCliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(Touchpoint({"--no-such-flag"}).exit_code, 2);
  EXPECT_EQ(Touchpoint({}).exit_code, 2);
  CommandResult no_paths = Touchpoint({"import"});
  EXPECT_EQ(no_paths.exit_code, 2);
  EXPECT_FALSE(no_paths.err.empty());
}

TEST_F(TouchpointCliTest, ImportReportsCountsAndIsIdempotent) {
  const std::string archive = Archive();
  CommandResult first = WithDb({"import", archive});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.out.find("twitter archive"), std::string::npos) << first.out;
  EXPECT_NE(first.out.find("added 3"), std::string::npos) << first.out;
  EXPECT_EQ(first.err, "");  // no progress bar without a terminal

  CommandResult again = WithDb({"import", "--json", archive});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  rapidjson::Document json = ParseJson(again.out);
  EXPECT_STREQ(json["version"].GetString(), TOUCHPOINT_VERSION);
  const auto& file = json["files"][0];
  EXPECT_STREQ(file["platform"].GetString(), "twitter");
  EXPECT_STREQ(file["status"].GetString(), "ok");
  EXPECT_EQ(file["added"].GetInt(), 0);
  EXPECT_EQ(file["present"].GetInt(), 3);
  EXPECT_TRUE(file.HasMember("previously_imported_at"));
  CommandResult human = WithDb({"import", archive});
  EXPECT_NE(human.out.find("nothing new"), std::string::npos) << human.out;
}

TEST_F(TouchpointCliTest, MissingInputExits66AndBadDataExits65) {
  CommandResult missing = WithDb({"import", (dir_.path() / "nope.zip").string()});
  EXPECT_EQ(missing.exit_code, 66);
  EXPECT_NE(missing.err.find("nope.zip"), std::string::npos) << missing.err;
  const auto text = dir_.Write("notes.zip", "hello\n");
  CommandResult bad = WithDb({"import", text.string()});
  EXPECT_EQ(bad.exit_code, 65);
  EXPECT_NE(bad.err.find("notes.zip"), std::string::npos) << bad.err;
  // One error line per problem.
  EXPECT_EQ(std::count(bad.err.begin(), bad.err.end(), '\n'), 1) << bad.err;
}

TEST_F(TouchpointCliTest, PartialImportExits65AndKeepsTheGoodEntries) {
  TwitterFixture fixture;
  fixture.Dm("1000-1234567", {{"1790000000000000123", "1234567", "1000", "call me?"}});
  auto files = fixture.Files();
  for (auto& file : files) {
    if (file.path == "data/tweets.js") file.content = "window.YTD.tweets.part0 = [ { oops";
  }
  const auto zip = dir_.path() / "partial.zip";
  ASSERT_TRUE(test::WriteZip(zip, files).ok());
  CommandResult result = WithDb({"import", "--json", zip.string()});
  EXPECT_EQ(result.exit_code, 65);
  EXPECT_NE(result.err.find("partial.zip: data/tweets.js: item 1"), std::string::npos)
      << result.err;
  rapidjson::Document json = ParseJson(result.out);
  EXPECT_STREQ(json["files"][0]["status"].GetString(), "partial");
  EXPECT_EQ(json["files"][0]["added"].GetInt(), 1);
  EXPECT_STREQ(json["files"][0]["errors"][0]["entry"].GetString(), "data/tweets.js");
}

TEST_F(TouchpointCliTest, ExportPrintsOneOrderedJsonObjectPerEvent) {
  ASSERT_EQ(WithDb({"import", Archive()}).exit_code, 0);
  CommandResult exported = WithDb({"export"});
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t end; (end = exported.out.find('\n', start)) != std::string::npos; start = end + 1) {
    lines.push_back(exported.out.substr(start, end - start));
  }
  ASSERT_EQ(lines.size(), 3u) << exported.out;
  rapidjson::Document reply = ParseJson(lines[0]);
  EXPECT_STREQ(reply["platform"].GetString(), "twitter");
  EXPECT_STREQ(reply["external_id"].GetString(), "1790000000000000001");
  EXPECT_STREQ(reply["kind"].GetString(), "reply");
  EXPECT_STREQ(reply["direction"].GetString(), "outbound");
  EXPECT_STREQ(reply["conversation_key"].GetString(), "1789999999999999999");
  EXPECT_STREQ(reply["parent_id"].GetString(), "1789999999999999999");
  EXPECT_STREQ(reply["author"]["id"].GetString(), "1000");
  EXPECT_STREQ(reply["author"]["handle"].GetString(), "Owner_Me");
  EXPECT_STREQ(reply["counterparts"][0]["handle"].GetString(), "ada_l");
  EXPECT_STREQ(reply["counterparts"][0]["name"].GetString(), "Ada L");
  EXPECT_STREQ(reply["occurred_at"].GetString(), "2024-05-13T09:01:02.000Z");
  rapidjson::Document dm = ParseJson(lines[1]);
  EXPECT_STREQ(dm["kind"].GetString(), "dm");
  EXPECT_STREQ(dm["direction"].GetString(), "inbound");
  EXPECT_TRUE(dm["parent_id"].IsNull());
  // An inbound message's author is among its counterparts.
  EXPECT_STREQ(dm["counterparts"][0]["id"].GetString(), "1234567");
  EXPECT_STREQ(ParseJson(lines[2])["occurred_at"].GetString(), "2024-05-14T09:01:02.000Z");
}

TEST_F(TouchpointCliTest, StatsJsonCountsByPlatformAndKind) {
  ASSERT_EQ(WithDb({"import", Archive()}).exit_code, 0);
  CommandResult stats = WithDb({"stats", "--json"});
  ASSERT_EQ(stats.exit_code, 0) << stats.err;
  rapidjson::Document json = ParseJson(stats.out);
  EXPECT_TRUE(json.HasMember("version"));
  EXPECT_EQ(json["events"].GetInt(), 3);
  EXPECT_EQ(json["imports"].GetInt(), 1);
  int replies = 0;
  for (const auto& row : json["events_by_kind"].GetArray()) {
    if (std::string_view(row["kind"].GetString()) == "reply") replies = row["count"].GetInt();
  }
  EXPECT_EQ(replies, 1);
}

TEST_F(TouchpointCliTest, ReadCommandsOnAMissingDatabaseExit66) {
  EXPECT_EQ(WithDb({"stats"}).exit_code, 66);
  EXPECT_EQ(WithDb({"export"}).exit_code, 66);
  EXPECT_FALSE(std::filesystem::exists(db_));
}

TEST_F(TouchpointCliTest, DefaultDatabaseFollowsXdgStateHome) {
  const auto state = dir_.path() / "xdg-state";
  CommandResult result =
      Touchpoint({"import", Archive()}, {{"XDG_STATE_HOME", state.string()}});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(std::filesystem::exists(state / "touchpoint" / "touchpoint.db"));
  const auto home = dir_.path() / "home";
  result = Touchpoint({"import", Archive()}, {{"XDG_STATE_HOME", ""}, {"HOME", home.string()}});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(std::filesystem::exists(home / ".local" / "state" / "touchpoint" / "touchpoint.db"));
}

TEST_F(TouchpointCliTest, ProgressBarOnlyOnATerminal) {
  const std::string command = TouchpointBinary() + " --db " + db_.string() + " import " + Archive();
  CommandResult tty = RunCommand({"/usr/bin/script", "-qec", command, "/dev/null"});
  ASSERT_EQ(tty.exit_code, 0) << tty.out << tty.err;
  EXPECT_NE(tty.out.find("%"), std::string::npos) << tty.out;
  CommandResult quiet = RunCommand({"/usr/bin/script", "-qec", command + " --quiet", "/dev/null"});
  EXPECT_EQ(quiet.out.find("\033[K"), std::string::npos) << quiet.out;
}

}  // namespace
}  // namespace touchpoint
