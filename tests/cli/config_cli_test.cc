// The config file: the shipped one is the documented defaults, and bad files are reported.
#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

#include "tests/support/run_command.h"
#include "tests/support/temp_dir.h"

namespace touchpoint {
namespace {

using test::RunCommand;
using test::TouchpointBinary;

TEST(ConfigCliTest, ShippedConfigIsTheDocumentedDefaultsAndLoadsCleanly) {
  const std::string shipped_path = std::string(TOUCHPOINT_SOURCE_DIR) + "/config/touchpoint.toml";
  std::ifstream in(shipped_path);
  const std::string shipped(std::istreambuf_iterator<char>(in), {});
  const test::CommandResult printed = RunCommand({TouchpointBinary(), "config", "default"});
  ASSERT_EQ(printed.exit_code, 0);
  EXPECT_EQ(printed.out, shipped) << "regenerate with: touchpoint config default > config/touchpoint.toml";
  const test::CommandResult check =
      RunCommand({TouchpointBinary(), "config", "check", shipped_path});
  EXPECT_EQ(check.exit_code, 0) << check.err;
  EXPECT_EQ(check.err, "");
}

TEST(ConfigCliTest, UnknownKeysWarnWithFileAndLine) {
  test::TempDir dir;
  const auto path = dir.Write("c.toml", "[scoring]\nthreshold = 60\nthreshhold = 1\n");
  const test::CommandResult check = RunCommand({TouchpointBinary(), "config", "check", path.string()});
  EXPECT_EQ(check.exit_code, 0);
  EXPECT_NE(check.err.find(path.string() + ":3:"), std::string::npos) << check.err;
  EXPECT_NE(check.err.find("unknown key 'scoring.threshhold'"), std::string::npos) << check.err;
}

TEST(ConfigCliTest, SyntaxAndTypeErrorsExit78WithPosition) {
  test::TempDir dir;
  const auto syntax = dir.Write("s.toml", "[scoring]\nthreshold = \n");
  test::CommandResult check = RunCommand({TouchpointBinary(), "config", "check", syntax.string()});
  EXPECT_EQ(check.exit_code, 78);
  EXPECT_NE(check.err.find(syntax.string() + ":2:"), std::string::npos) << check.err;
  const auto type = dir.Write("t.toml", "[scoring]\nnew_days = \"two weeks\"\n");
  check = RunCommand({TouchpointBinary(), "config", "check", type.string()});
  EXPECT_EQ(check.exit_code, 78);
  EXPECT_NE(check.err.find("scoring.new_days: expected a whole number"), std::string::npos)
      << check.err;
  check = RunCommand({TouchpointBinary(), "--config", (dir.path() / "absent.toml").string(),
                      "config", "check"});
  EXPECT_EQ(check.exit_code, 78);
}

}  // namespace
}  // namespace touchpoint
