#include "connectors/common/timestamp.h"

#include <gtest/gtest.h>

namespace touchpoint {
namespace {

TEST(TimestampTest, Iso8601WithMillisecondsAndOffsets) {
  EXPECT_EQ(ParseIso8601Ms("1970-01-01T00:00:00.000Z"), 0);
  EXPECT_EQ(ParseIso8601Ms("2024-05-13T09:58:00.123Z"), 1715594280123);
  EXPECT_EQ(ParseIso8601Ms("2024-05-13T09:58:00Z"), 1715594280000);
  EXPECT_EQ(ParseIso8601Ms("2024-05-13T11:58:00.123+02:00"), 1715594280123);
  EXPECT_EQ(ParseIso8601Ms("2024-05-13T09:58:00.123456Z"), 1715594280123);
  EXPECT_FALSE(ParseIso8601Ms("2024-05-13"));
  EXPECT_FALSE(ParseIso8601Ms("2024-13-13T09:58:00Z"));
  EXPECT_FALSE(ParseIso8601Ms("2024-05-13T09:58:00.Z"));
  EXPECT_FALSE(ParseIso8601Ms("2024-05-13T09:58:00Zjunk"));
}

TEST(TimestampTest, TwitterLegacyDateIgnoresLocale) {
  EXPECT_EQ(ParseTwitterDateMs("Mon May 13 09:01:02 +0000 2024"), 1715590862000);
  // Impossible years appear in real exports and must still parse.
  EXPECT_EQ(ParseTwitterDateMs("Wed Jan 01 00:00:00 +0000 1997"), 852076800000);
  EXPECT_EQ(ParseTwitterDateMs("Mon May 13 11:01:02 +0200 2024"), 1715590862000);
  EXPECT_FALSE(ParseTwitterDateMs("Mon Mai 13 09:01:02 +0000 2024"));
  EXPECT_FALSE(ParseTwitterDateMs("2024-05-13T09:01:02Z"));
}

TEST(TimestampTest, ClassicSpacedDate) {
  EXPECT_EQ(ParseSpacedDateMs("2015-01-24 02:02:37 +0000"), 1422064957000);
  EXPECT_FALSE(ParseSpacedDateMs("2015-01-24 02:02:37"));
}

TEST(TimestampTest, FormatRoundTripsIncludingBeforeTheEpoch) {
  for (int64_t ms : {int64_t{0}, int64_t{1715594280123}, int64_t{852076800000}, int64_t{-1},
                     int64_t{-86400001}, int64_t{253402300799999}}) {
    const std::string text = FormatIso8601Ms(ms);
    EXPECT_EQ(ParseIso8601Ms(text), ms) << text;
  }
  EXPECT_EQ(FormatIso8601Ms(1715594280123), "2024-05-13T09:58:00.123Z");
}

}  // namespace
}  // namespace touchpoint
