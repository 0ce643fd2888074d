#include "connectors/common/url_encoding.h"

#include <gtest/gtest.h>

namespace touchpoint {
namespace {

TEST(UrlEncodingTest, PercentEncodeKeepsOnlyUnreservedBytes) {
  EXPECT_EQ(PercentEncode("AZaz09-._~"), "AZaz09-._~");
  EXPECT_EQ(PercentEncode("a b+c&d=e/f?g"), "a%20b%2Bc%26d%3De%2Ff%3Fg");
  EXPECT_EQ(PercentEncode("created_at,author_id"), "created_at%2Cauthor_id");
  EXPECT_EQ(PercentEncode("\xC3\xA9"), "%C3%A9");
  EXPECT_EQ(PercentEncode(std::string("\0", 1)), "%00");
  EXPECT_EQ(PercentEncode(""), "");
}

TEST(UrlEncodingTest, EncodeParamsJoinsInOrder) {
  EXPECT_EQ(EncodeParams({{"grant_type", "refresh_token"}, {"refresh_token", "a/b=="}}),
            "grant_type=refresh_token&refresh_token=a%2Fb%3D%3D");
  EXPECT_EQ(EncodeParams({}), "");
}

TEST(UrlEncodingTest, Base64MatchesRfc4648Vectors) {
  EXPECT_EQ(Base64Encode(""), "");
  EXPECT_EQ(Base64Encode("f"), "Zg==");
  EXPECT_EQ(Base64Encode("fo"), "Zm8=");
  EXPECT_EQ(Base64Encode("foo"), "Zm9v");
  EXPECT_EQ(Base64Encode("foob"), "Zm9vYg==");
  EXPECT_EQ(Base64Encode("fooba"), "Zm9vYmE=");
  EXPECT_EQ(Base64Encode("foobar"), "Zm9vYmFy");
  EXPECT_EQ(Base64Encode("\xFF\xFE\xFD"), "//79");
  EXPECT_EQ(Base64Encode("client-1:secret"), "Y2xpZW50LTE6c2VjcmV0");
}

}  // namespace
}  // namespace touchpoint
