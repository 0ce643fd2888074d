// One memberChangeLogs element at a time: the shapes the docs leave open, and bad ones.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "connectors/linkedin/api_change_log.h"

namespace touchpoint::linkedin {
namespace {

constexpr char kMe[] = "urn:li:person:me123";

ChangeLogItem Read(const char* json, std::string_view member = kMe) {
  rapidjson::Document element;
  element.Parse(json);
  Identity identity;
  identity.user_id = std::string(member);
  return ReadChangeLogElement(element, identity);
}

TEST(ChangeLogElementTest, AThreadGivenAsAPlainUrnAndAStringIdAreRead) {
  const ChangeLogItem item =
      Read(R"({"id":"77","processedAt":5,"actor":"urn:li:person:ada","resourceName":"messages",)"
           R"("method":"CREATE","activity":{"thread":"urn:li:messagingThread:2-xyz",)"
           R"("content":{"format":"TEXT","fallback":"hi"}}})");
  ASSERT_TRUE(item.event) << item.problem;
  EXPECT_EQ(item.id, "77");
  EXPECT_EQ(item.processed_at, 5);
  EXPECT_EQ(item.event->conversation_key, "2-xyz");
  EXPECT_EQ(item.event->text, "hi");
  EXPECT_EQ(item.event->direction, Direction::kInbound);
  EXPECT_EQ(item.event->occurred_at_ms, 5);  // no createdAt or capturedAt: processedAt
}

TEST(ChangeLogElementTest, MissingOptionalFieldsNeverCrash) {
  const ChangeLogItem bare =
      Read(R"({"resourceName":"messages","method":"CREATE","actor":"urn:li:person:ada",)"
           R"("activity":{"thread":{"membership":[{"member":"urn:li:person:bob"},7,null]},)"
           R"("entityUrn":null}})");
  // No thread URN: a problem, not a crash.
  EXPECT_FALSE(bare.event);
  EXPECT_FALSE(bare.problem.empty());
  EXPECT_TRUE(bare.id.empty());
  EXPECT_FALSE(bare.processed_at);

  const ChangeLogItem membership = Read(
      R"({"id":1,"processedAt":9,"resourceName":"messages","method":"CREATE","actor":"urn:li:person:ada",)"
      R"("activity":{"thread":{"entityUrn":"urn:li:messagingThread:t","membership":[)"
      R"({"member":"urn:li:person:bob"},7,null,"urn:li:person:me123"]}}})");
  ASSERT_TRUE(membership.event) << membership.problem;
  ASSERT_EQ(membership.event->counterparts.size(), 2u);  // ada (sender) and bob, not me
  EXPECT_EQ(membership.event->counterparts[1].user_id, "urn:li:person:bob");
  EXPECT_EQ(membership.event->text, "");
}

TEST(ChangeLogElementTest, TheOwnerComesFromTheElementWhenTheMemberIsUnknown) {
  const ChangeLogItem item =
      Read(R"({"id":2,"capturedAt":3,"owner":"urn:li:person:me123","actor":"urn:li:person:me123",)"
           R"("resourceName":"messages","method":"CREATE","activity":{"thread":"t"}})",
           "");
  ASSERT_TRUE(item.event);
  EXPECT_EQ(item.owner, kMe);
  EXPECT_EQ(item.event->direction, Direction::kOutbound);
  EXPECT_EQ(item.event->author.user_id, kMe);
}

TEST(ChangeLogElementTest, EditsDeletionsAndOtherResourcesAreSkippedByName) {
  EXPECT_EQ(Read(R"({"resourceName":"messages","method":"DELETE"})").skip_reason,
            "changelog messages DELETE");
  EXPECT_EQ(Read(R"({"resourceName":"socialActions/comments","method":"UPDATE"})").skip_reason,
            "changelog socialActions/comments UPDATE");
  EXPECT_EQ(Read(R"({"resourceName":"ugcPosts","method":"CREATE"})").skip_reason,
            "changelog ugcPosts");
  EXPECT_EQ(Read(R"({"id":9})").skip_reason, "changelog element without resourceName");
}

TEST(ChangeLogElementTest, BadShapesAreProblems) {
  EXPECT_FALSE(Read("[1,2]").problem.empty());
  EXPECT_FALSE(Read(R"({"resourceName":"messages","method":"CREATE"})").problem.empty());
  EXPECT_FALSE(
      Read(R"({"resourceName":"messages","method":"CREATE","activity":"x"})").problem.empty());
  EXPECT_FALSE(
      Read(R"({"resourceName":"comments","method":"CREATE","activity":{}})").problem.empty());
  EXPECT_EQ(Read(R"({"id":8,"resourceName":"messages","method":"CREATE","actor":"a",)"
                 R"("activity":{"thread":"t"}})")
                .problem,
            "message 8 without a time");
  // A fractional id is not taken for a number it is not.
  EXPECT_EQ(Read(R"({"id":1.5,"resourceName":"x"})").id, "");
}

TEST(ChangeLogElementTest, ACommentOnTheMembersPostIsInbound) {
  const ChangeLogItem item = Read(
      R"({"id":4,"actor":"urn:li:person:bob","resourceName":"comments","method":"CREATE",)"
      R"("activity":{"object":"urn:li:ugcPost:1","message":{"text":"Agreed"},"created":{"time":9000}}})");
  ASSERT_TRUE(item.event) << item.problem;
  EXPECT_EQ(item.event->kind, EventKind::kComment);
  EXPECT_EQ(item.event->direction, Direction::kInbound);
  EXPECT_EQ(item.event->author.user_id, "urn:li:person:bob");
  EXPECT_EQ(item.event->occurred_at_ms, 9000);
  EXPECT_EQ(item.event->conversation_key,
            "https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A1");
}

}  // namespace
}  // namespace touchpoint::linkedin
