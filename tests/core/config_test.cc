// [connectors.*] keys: durations with units, and the per-connector keys.
#include "core/config.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/support/temp_dir.h"

namespace touchpoint {
namespace {

Result<Config> Load(const test::TempDir& dir, const std::string& text) {
  return LoadConfig(dir.Write("touchpoint.toml", text), nullptr);
}

// The fuzz harness reads text through LoadConfigText: it must be LoadConfig without the file.
TEST(ConfigTest, TextInMemoryReadsLikeAFile) {
  const std::string text = "[daemon]\nlog_level = \"debug\"\nnope = 1\n";
  std::vector<std::string> warnings;
  Result<Config> config = LoadConfigText(text, "mem.toml", &warnings);
  ASSERT_TRUE(config) << config.error().message();
  EXPECT_EQ(config->daemon.log_level, "debug");
  EXPECT_EQ(warnings, std::vector<std::string>{"mem.toml:3:8: unknown key 'daemon.nope'"});

  Result<Config> bad = LoadConfigText("[daemon]\nmax_clients = \"x\"\n", "mem.toml", nullptr);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code(), StatusCode::kConfigError);
  EXPECT_TRUE(bad.error().message().starts_with("mem.toml:2:")) << bad.error().message();
}

// Found by tests/fuzz config_fuzzer: toml++ casts a float to an integer unchecked, undefined
// behaviour for 11e94; and a big number must not wrap into an int member.
TEST(ConfigTest, AWholeNumberOutOfRangeIsAnError) {
  for (const char* line :
       {"new_days = 11e94", "new_days = -1e300", "new_days = inf", "new_days = nan",
        "new_days = 2.5", "mass_mention = 3000000000", "copies = 1e10"}) {
    Result<Config> config =
        LoadConfigText(std::string("[scoring]\n") + line + "\n", "t.toml", nullptr);
    ASSERT_FALSE(config) << line;
    EXPECT_EQ(config.error().code(), StatusCode::kConfigError) << line;
    EXPECT_NE(config.error().message().find("t.toml:2:"), std::string::npos)
        << config.error().message();
  }
  Result<Config> whole =
      LoadConfigText("[scoring]\nnew_days = 7.0\nmass_mention = 2147483647\n", "t.toml", nullptr);
  ASSERT_TRUE(whole) << whole.error().message();
  EXPECT_EQ(whole->scoring.new_days, 7);
  EXPECT_EQ(whole->scoring.mass_mention, 2147483647);
}

TEST(ConfigTest, PollIntervalTakesSecondsOrAUnit) {
  test::TempDir dir;
  const std::pair<const char*, int64_t> cases[] = {
      {"900", 900}, {"\"90s\"", 90}, {"\"15m\"", 900}, {"\"2h\"", 7200}, {"\"1d\"", 86400}};
  for (const auto& [value, seconds] : cases) {
    Result<Config> config =
        Load(dir, std::string("[connectors.twitter]\npoll_interval = ") + value + "\n");
    ASSERT_TRUE(config) << value << ": " << config.error().message();
    EXPECT_EQ(config->twitter.poll_interval.seconds, seconds) << value;
  }
  EXPECT_EQ(Config{}.linkedin.poll_interval.seconds, 900);
}

TEST(ConfigTest, ABadPollIntervalNamesTheKeyAndPosition) {
  test::TempDir dir;
  for (const char* value : {"0", "-5", "\"0m\"", "\"15 minutes\"", "\"m\"", "\"1.5h\"", "true"}) {
    Result<Config> config =
        Load(dir, std::string("[connectors.facebook]\npoll_interval = ") + value + "\n");
    ASSERT_FALSE(config) << value;
    EXPECT_EQ(config.error().code(), StatusCode::kConfigError);
    EXPECT_NE(config.error().message().find(":2:"), std::string::npos) << value;
    EXPECT_NE(config.error().message().find("connectors.facebook.poll_interval"),
              std::string::npos)
        << config.error().message();
  }
}

TEST(ConfigTest, ConnectorKeysAreReadPerPlatform) {
  test::TempDir dir;
  std::vector<std::string> warnings;
  Result<Config> config = LoadConfig(
      dir.Write("touchpoint.toml",
                "[connectors.facebook]\nenabled = true\naccount = \"1234\"\n"
                "api_version = \"v20.0\"\nclient_secret_file = \"fb-app\"\n"
                "[connectors.linkedin]\norganization = \"urn:li:organization:5\"\n"
                "[connectors.twitter]\nclient_id = \"abc\"\norganization = \"x\"\n"),
      &warnings);
  ASSERT_TRUE(config) << config.error().message();
  EXPECT_TRUE(config->facebook.enabled);
  EXPECT_EQ(config->facebook.account, "1234");
  EXPECT_EQ(config->facebook.api_version, "v20.0");
  EXPECT_EQ(config->facebook.client_secret_file, "fb-app");
  EXPECT_EQ(config->linkedin.organization, "urn:li:organization:5");
  EXPECT_EQ(config->twitter.client_id, "abc");
  // X has no organizations: the key is unknown there.
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("unknown key 'connectors.twitter.organization'"), std::string::npos);
}

}  // namespace
}  // namespace touchpoint
