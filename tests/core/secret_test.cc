#include "core/secret.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <type_traits>

namespace touchpoint {
namespace {

constexpr const char* kSentinel = "SENTINEL-core-t0ken-1a2b";

static_assert(!std::is_convertible_v<Secret, std::string>);
static_assert(!std::is_convertible_v<std::string, Secret>);

TEST(SecretTest, PrintsRedactedEverywhere) {
  const Secret secret{std::string(kSentinel)};
  EXPECT_EQ(fmt::format("{}", secret), "[redacted]");
  std::ostringstream stream;
  stream << secret;
  EXPECT_EQ(stream.str(), "[redacted]");
  EXPECT_EQ(secret.reveal(), kSentinel);
}

TEST(SecretTest, DefaultIsEmptyAndMovedFromIsWiped) {
  Secret none;
  EXPECT_TRUE(none.empty());
  Secret original{std::string(kSentinel)};
  none = std::move(original);
  EXPECT_EQ(none.reveal(), kSentinel);
  EXPECT_TRUE(original.empty());  // NOLINT(bugprone-use-after-move): the contract says so
}

}  // namespace
}  // namespace touchpoint
