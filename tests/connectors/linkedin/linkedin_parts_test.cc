// Unit tests of the LinkedIn connector's parts: file names, date formats, recipient lists and
// natural keys.
#include <gtest/gtest.h>

#include "connectors/linkedin/archive_layout.h"
#include "connectors/linkedin/dates.h"
#include "connectors/linkedin/natural_key.h"
#include "connectors/linkedin/people.h"

namespace touchpoint::linkedin {
namespace {

TEST(LinkedinLayoutTest, ClassifiesByWholeNameIgnoringCaseSpacesAndNumbers) {
  EXPECT_EQ(Classify("messages.csv"), FileRole::kMessages);
  EXPECT_EQ(Classify("Export/MESSAGES.CSV"), FileRole::kMessages);
  EXPECT_EQ(Classify("Connections.csv"), FileRole::kConnections);
  EXPECT_EQ(Classify("Invitations.csv"), FileRole::kInvitations);
  EXPECT_EQ(Classify("Comments.csv"), FileRole::kComments);
  EXPECT_EQ(Classify("Comments_987654.csv"), FileRole::kComments);
  EXPECT_EQ(Classify("Profile.csv"), FileRole::kProfile);
  for (const char* other :
       {"guide_messages.csv", "coach_messages.csv", "learning_coach_messages.csv",
        "learning_role_play_messages.csv", "messages.txt", "messages.csv.bak", "Shares_1.csv",
        "Company Follows.csv", ".csv"}) {
    EXPECT_EQ(Classify(other), FileRole::kOther) << other;
  }
}

TEST(LinkedinDatesTest, MessageDatesAreUtc) {
  EXPECT_EQ(ParseDateTimeMs("2024-05-13 09:58:00 UTC"), 1715594280000);
  EXPECT_EQ(ParseDateTimeMs(" 2024-05-13 09:58:00 UTC "), 1715594280000);
  EXPECT_EQ(ParseDateTimeMs("2024/05/13 09:58:00 UTC"), 1715594280000);
  EXPECT_EQ(ParseDateTimeMs("2024-05-13T09:58:00Z"), 1715594280000);
  EXPECT_EQ(ParseDateTimeMs("2024-05-13 09:58:00"), 1715594280000);
  EXPECT_EQ(ParseDateTimeMs("2024-05-13 09:58 UTC"), 1715594280000);
  EXPECT_EQ(ParseDateTimeMs("2024-05-13 09:58:00.5 GMT"), 1715594280500);
  EXPECT_EQ(ParseDateTimeMs("2024-05-13 11:58:00 +02:00"), 1715594280000);
  EXPECT_EQ(ParseDateTimeMs("2024-5-3 9:58:00 UTC"), 1714730280000);
  EXPECT_EQ(ParseDateTimeMs("2024-02-29 00:00:00 UTC"), 1709164800000);
  for (const char* bad : {"", "2024-05-13", "2023-02-29 00:00:00 UTC", "2024-05-13 24:00:00 UTC",
                          "2024-05-13 09:58:00 CET", "13/05/2024 09:58", "2024-05/13 09:58:00",
                          "2024-05-13 09:58:00 UTC junk", "05/13/2024 9:58 AM"}) {
    EXPECT_FALSE(ParseDateTimeMs(bad)) << bad;
  }
}

TEST(LinkedinDatesTest, ConnectedOnAndItsExcelSpelling) {
  EXPECT_EQ(ParseConnectedOnMs("08 Feb 2026"), 1770508800000);
  EXPECT_EQ(ParseConnectedOnMs("8 Feb 2026"), 1770508800000);
  EXPECT_EQ(ParseConnectedOnMs("8-Feb-26"), 1770508800000);
  EXPECT_EQ(ParseConnectedOnMs("08-FEB-2026"), 1770508800000);
  for (const char* bad : {"", "Feb 08 2026", "08 Foo 2026", "31 Feb 2026", "08 Feb 202",
                          "08/02/2026", "08 Feb-2026", "2026-02-08"}) {
    EXPECT_FALSE(ParseConnectedOnMs(bad)) << bad;
  }
}

TEST(LinkedinDatesTest, InvitationSentAtIsUsOrderWithoutZone) {
  EXPECT_EQ(ParseInvitationSentAtMs("1/29/26, 2:37 PM"), 1769697420000);
  EXPECT_EQ(ParseInvitationSentAtMs("01/29/2026, 02:37 pm"), 1769697420000);
  EXPECT_EQ(ParseInvitationSentAtMs("1/29/26 14:37"), 1769697420000);
  EXPECT_EQ(ParseInvitationSentAtMs("1/29/26, 12:05 AM"), 1769645100000);
  EXPECT_EQ(ParseInvitationSentAtMs("1/29/26, 12:05 PM"), 1769688300000);
  EXPECT_EQ(ParseInvitationSentAtMs("1/29/26, 2:37:10 PM"), 1769697430000);
  for (const char* bad : {"", "29/1/26, 2:37 PM", "1/29/26", "1/29/26, 13:37 PM",
                          "1/29/26, 0:37 AM", "1/29/26, 2:37 XM", "2026-01-29 14:37:00"}) {
    EXPECT_FALSE(ParseInvitationSentAtMs(bad)) << bad;
  }
}

TEST(LinkedinRecipientsTest, SplitsUrlsOnCommasAndSemicolons) {
  EXPECT_EQ(
      SplitProfileUrls("https://www.linkedin.com/in/a/,https://www.linkedin.com/in/b"),
      (std::vector<std::string>{"https://www.linkedin.com/in/a", "https://www.linkedin.com/in/b"}));
  EXPECT_EQ(SplitProfileUrls(" https://www.linkedin.com/in/a ; ;x"),
            (std::vector<std::string>{"https://www.linkedin.com/in/a"}));
  EXPECT_TRUE(SplitProfileUrls("").empty());
}

TEST(LinkedinRecipientsTest, NamesWithCommasStayWhole) {
  using Names = std::vector<std::string>;
  EXPECT_EQ(SplitNames("Jane Doe, PhD", 1), Names{"Jane Doe, PhD"});
  EXPECT_EQ(SplitNames("Ada L, Jane Doe, PhD", 2), (Names{"Ada L", "Jane Doe, PhD"}));
  EXPECT_EQ(SplitNames("Ada L, Jane Doe, PhD", 3), (Names{"Ada L", "Jane Doe", "PhD"}));
  EXPECT_EQ(SplitNames("Ada L, Jane Doe, PhD, Sam Roe Jr., Bo", 0),
            (Names{"Ada L", "Jane Doe, PhD", "Sam Roe Jr.", "Bo"}));
  EXPECT_EQ(SplitNames("Sam Roe, Jr., Ada, MBA, CPA", 2), (Names{"Sam Roe, Jr.", "Ada, MBA, CPA"}));
  // Names that cannot be matched to the URLs are dropped rather than guessed.
  EXPECT_TRUE(SplitNames("Ada L, Bob K", 3).empty());
  EXPECT_TRUE(SplitNames("Ada L, Bob K, Cy", 2).empty());
  EXPECT_TRUE(SplitNames("  ", 0).empty());
}

TEST(LinkedinRecipientsTest, PairsNamesWithUrls) {
  const std::vector<Identity> people = Recipients(
      "Ada L, Jane Doe, PhD", "https://www.linkedin.com/in/ada;https://www.linkedin.com/in/jane/");
  ASSERT_EQ(people.size(), 2u);
  EXPECT_EQ(people[1].name, "Jane Doe, PhD");
  EXPECT_EQ(people[1].profile_url, "https://www.linkedin.com/in/jane");
  const std::vector<Identity> unpaired = Recipients(
      "Ada L, Bob K, Cy", "https://www.linkedin.com/in/ada,https://www.linkedin.com/in/b");
  ASSERT_EQ(unpaired.size(), 2u);
  EXPECT_EQ(unpaired[0].name, "");
  EXPECT_EQ(Recipients("Ada L, Bob K", "").size(), 2u);
  // A hidden member has a name but no URL; a trailing separator is no one.
  const std::vector<Identity> hidden =
      Recipients("Ada L, LinkedIn Member, Bob K",
                 "https://www.linkedin.com/in/ada,,https://www.linkedin.com/in/bob");
  ASSERT_EQ(hidden.size(), 3u);
  EXPECT_EQ(hidden[1].name, "LinkedIn Member");
  EXPECT_EQ(hidden[1].profile_url, "");
  EXPECT_EQ(hidden[2].name, "Bob K");
  const std::vector<Identity> trailing = Recipients(
      "Ada L, Bob K", "https://www.linkedin.com/in/ada,https://www.linkedin.com/in/bob,");
  ASSERT_EQ(trailing.size(), 2u);
  EXPECT_EQ(trailing[1].name, "Bob K");
}

TEST(LinkedinRecipientsTest, KeepsABoundedNumberOfRecipients) {
  std::string to, urls;
  for (int i = 0; i < 5000; ++i) {
    to += i ? ", Person " : "Person ";
    to += std::to_string(i);
    urls += (i ? ",https://www.linkedin.com/in/p" : "https://www.linkedin.com/in/p") +
            std::to_string(i);
  }
  EXPECT_EQ(Recipients(to, urls).size(), kMaxRecipients);
  EXPECT_EQ(Recipients(to, "").size(), kMaxRecipients);
}

TEST(LinkedinNaturalKeyTest, KeysAreStableAndUnambiguous) {
  const std::string key = NaturalKey("li:msg:", {"2-abc", "1715594280000", "url", "hi"});
  EXPECT_EQ(key.size(), 7u + 32u);
  EXPECT_EQ(key, NaturalKey("li:msg:", {"2-abc", "1715594280000", "url", "hi"}));
  EXPECT_NE(key, NaturalKey("li:msg:", {"2-ab", "c1715594280000", "url", "hi"}));
  EXPECT_NE(key, NaturalKey("li:msg:", {"2-abc", "1715594280000", "url", "hi", ""}));
}

TEST(LinkedinNaturalKeyTest, RepeatsAreNumberedWithinTheirGroup) {
  RepeatNumbering numbering;
  EXPECT_EQ(numbering.Number("c1\n1", "k"), "k");
  EXPECT_EQ(numbering.Number("c1\n1", "k"), "k-2");
  EXPECT_EQ(numbering.Number("c1\n1", "j"), "j");
  EXPECT_EQ(numbering.Number("c1\n1", "k"), "k-3");
  EXPECT_EQ(numbering.Number("c1\n2", "k"), "k");
}

}  // namespace
}  // namespace touchpoint::linkedin
