#include "connectors/common/profile_url.h"

#include <gtest/gtest.h>

namespace touchpoint {
namespace {

constexpr const char* kCanonical = "https://www.linkedin.com/in/ines-okafor-3b2a91";

TEST(ProfileUrlTest, SpellingsOfOneProfileAreOneUrl) {
  for (const char* url : {
           "https://www.linkedin.com/in/ines-okafor-3b2a91",
           "https://www.linkedin.com/in/ines-okafor-3b2a91/",
           "http://www.linkedin.com/in/ines-okafor-3b2a91",
           "HTTPS://WWW.LinkedIn.com/in/Ines-Okafor-3B2A91/",
           "https://linkedin.com/in/ines-okafor-3b2a91",
           "https://uk.linkedin.com/in/ines-okafor-3b2a91",
           "https://m.linkedin.com/in/ines-okafor-3b2a91//",
           "https://www.linkedin.com/in/ines-okafor-3b2a91?trk=public_profile#about",
           "https://www.linkedin.com:443/in/ines-okafor-3b2a91",
           "www.linkedin.com/in/ines-okafor-3b2a91",
           "  https://www.linkedin.com/in/ines-okafor-3b2a91  ",
           "https://www.linkedin.com//in/ines%2Dokafor%2D3b2a91",
       }) {
    EXPECT_EQ(NormalizeProfileUrl(url), kCanonical) << url;
  }
}

TEST(ProfileUrlTest, DecodesUtf8AndUnreservedEscapesOnly) {
  // "jürgen" percent-encoded in either case, or raw.
  EXPECT_EQ(NormalizeProfileUrl("https://www.linkedin.com/in/j%C3%BCrgen-m"),
            "https://www.linkedin.com/in/j\xC3\xBCrgen-m");
  EXPECT_EQ(NormalizeProfileUrl("https://www.linkedin.com/in/j%c3%bcrgen-m"),
            "https://www.linkedin.com/in/j\xC3\xBCrgen-m");
  EXPECT_EQ(NormalizeProfileUrl("https://www.linkedin.com/in/j\xC3\xBCrgen-m"),
            "https://www.linkedin.com/in/j\xC3\xBCrgen-m");
  // Escapes that would change the path's meaning stay, with upper-case hex.
  EXPECT_EQ(NormalizeProfileUrl("https://www.linkedin.com/in/a%2fb%3Fc%23d%25e%20f"),
            "https://www.linkedin.com/in/a%2Fb%3Fc%23d%25e%20f");
  // Broken UTF-8 and stray percent signs stay escaped.
  EXPECT_EQ(NormalizeProfileUrl("https://www.linkedin.com/in/x%C3%28y%FF"),
            "https://www.linkedin.com/in/x%C3%28y%FF");
  EXPECT_EQ(NormalizeProfileUrl("https://www.linkedin.com/in/100%-x%4"),
            "https://www.linkedin.com/in/100%25-x%254");
  EXPECT_EQ(NormalizeProfileUrl("https://www.linkedin.com/in/a b"),
            "https://www.linkedin.com/in/a%20b");
}

TEST(ProfileUrlTest, OtherHostsKeepTheirHost) {
  EXPECT_EQ(NormalizeProfileUrl("http://Example.COM/People/Ada/"),
            "https://example.com/people/ada");
  EXPECT_EQ(NormalizeProfileUrl("https://user:pw@example.com:8080/x"), "https://example.com/x");
  // "notlinkedin.com" is not LinkedIn.
  EXPECT_EQ(NormalizeProfileUrl("https://notlinkedin.com/in/x"), "https://notlinkedin.com/in/x");
}

TEST(ProfileUrlTest, RejectsWhatIsNoWebUrl) {
  for (const char* url : {"", "   ", "N/A", "LinkedIn Member", "ftp://www.linkedin.com/in/x",
                          "mailto:ada@example.com", "https:///in/x", "https://exa mple.com/x",
                          "https://localhost/x"}) {
    EXPECT_EQ(NormalizeProfileUrl(url), "") << url;
  }
}

TEST(ProfileUrlTest, IsIdempotent) {
  for (const char* url :
       {"https://uk.linkedin.com/in/J%C3%BCrgen/?x=1",
        "https://www.linkedin.com/in/a%2fb%25c%e2%82", "www.linkedin.com/pub/x/1/2/3/"}) {
    const std::string once = NormalizeProfileUrl(url);
    EXPECT_EQ(NormalizeProfileUrl(once), once) << url;
  }
}

}  // namespace
}  // namespace touchpoint
