// Graph API items as events, apart from HTTP: the same kinds, directions and identities as
// the export readers give, and the appsecret_proof algorithm.
#include "connectors/facebook/graph_items.h"

#include <gtest/gtest.h>

#include "connectors/facebook/app_secret_proof.h"
#include "tests/twitter_api/collect_sink.h"

namespace touchpoint::facebook {
namespace {

const Identity kPage{"100", "", "Acme Studio", "", ""};

rapidjson::Document Parse(const char* json) {
  rapidjson::Document document;
  document.Parse(json);
  EXPECT_FALSE(document.HasParseError());
  return document;
}

TEST(AppSecretProofTest, IsHexHmacSha256OfTheTokenKeyedWithTheSecret) {
  // RFC 4231 test case 2.
  EXPECT_EQ(AppSecretProof("Jefe", "what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST(GraphItemsTest, GraphTimesHaveAnOffsetWithoutColon) {
  EXPECT_EQ(ParseGraphTime("2024-05-01T12:34:56+0000"), 1714566896000);
  EXPECT_EQ(ParseGraphTime("2024-05-01T14:34:56+0200"), 1714566896000);
  EXPECT_EQ(ParseGraphTime("yesterday"), std::nullopt);
}

TEST(GraphItemsTest, PagingEndsWhereNextIsAbsentEvenWithAnAfterCursor) {
  EXPECT_EQ(NextAfter(Parse(R"({"data":[],"paging":{"cursors":{"after":"QQ+/=="}}})")), "");
  EXPECT_EQ(NextAfter(Parse(R"({"data":[],"paging":{"cursors":{"after":"QQ+/=="},)"
                            R"("next":"https://x/?access_token=t&after=QQ"}})")),
            "QQ+/==");
  EXPECT_FALSE(GraphData(Parse(R"({"paging":{}})")));
}

TEST(GraphItemsTest, AMessageFromSomeoneIsAnInboundDmOfTheConversation) {
  const rapidjson::Document message =
      Parse(R"({"id":"m_1","message":"Could we talk?","created_time":"2024-05-01T12:34:56+0000",)"
            R"("from":{"id":"7","name":"Ada L","email":"ada@example.com"},)"
            R"("to":{"data":[{"id":"100","name":"Acme Studio"}]}})");
  test::CollectSink sink;
  ASSERT_TRUE(EmitGraphMessage(message, "t_9", {}, kPage, "GET /m", sink).ok());
  ASSERT_EQ(sink.events.size(), 1u);
  const Event& event = sink.events[0];
  EXPECT_EQ(event.platform, "facebook");
  EXPECT_EQ(event.kind, EventKind::kDm);
  EXPECT_EQ(event.direction, Direction::kInbound);
  EXPECT_EQ(event.external_id, "m_1");
  EXPECT_EQ(event.conversation_key, "t_9");
  EXPECT_EQ(event.author.user_id, "7");
  EXPECT_EQ(event.author.name, "Ada L");
  EXPECT_EQ(event.author.email, "ada@example.com");
  ASSERT_EQ(event.counterparts.size(), 1u);
  EXPECT_EQ(event.counterparts[0].user_id, "7");
  EXPECT_EQ(event.occurred_at_ms, 1714566896000);
  EXPECT_EQ(event.text, "Could we talk?");
}

TEST(GraphItemsTest, APageReplyIsAnOutboundCommentThreadedUnderItsParent) {
  const rapidjson::Document comment =
      Parse(R"({"id":"1_3","message":"Sure!","created_time":"2024-05-01T12:34:56+0000",)"
            R"("from":{"id":"100","name":"Acme Studio"},"parent":{"id":"1_2","from":{"id":"7",)"
            R"("name":"Ada L"}}})");
  test::CollectSink sink;
  ASSERT_TRUE(EmitGraphComment(comment, "1", kPage, "GET /c", sink).ok());
  ASSERT_EQ(sink.events.size(), 1u);
  const Event& event = sink.events[0];
  EXPECT_EQ(event.kind, EventKind::kComment);
  EXPECT_EQ(event.direction, Direction::kOutbound);
  EXPECT_EQ(event.author.user_id, "100");
  EXPECT_EQ(event.author.name, "Acme Studio");
  EXPECT_EQ(event.parent_id, "1_2");
  EXPECT_EQ(event.conversation_key, "1");
  ASSERT_EQ(event.counterparts.size(), 1u);
  EXPECT_EQ(event.counterparts[0].name, "Ada L");
}

TEST(GraphItemsTest, ACommentWithoutFromIsKeptWithAnUnknownAuthor) {
  const rapidjson::Document comment =
      Parse(R"({"id":"1_4","message":"hi","created_time":"2024-05-01T12:34:56+0000"})");
  test::CollectSink sink;
  ASSERT_TRUE(EmitGraphComment(comment, "1", kPage, "GET /c", sink).ok());
  ASSERT_EQ(sink.events.size(), 1u);
  EXPECT_EQ(sink.events[0].direction, Direction::kInbound);
  EXPECT_TRUE(sink.events[0].author.empty());
  EXPECT_TRUE(sink.events[0].counterparts.empty());
  EXPECT_EQ(sink.events[0].parent_id, "1");
}

TEST(GraphItemsTest, EscapedSurrogatePairsDecodeToUtf8) {
  // Graph escapes every non-ASCII character, emoji as surrogate pairs (apis.md 0.6).
  const rapidjson::Document message = Parse(
      R"({"id":"m_3","message":"caf\u00e9 \ud83d\ude00","created_time":"2024-05-01T12:34:56+0000",)"
      R"("from":{"id":"7","name":"Jos\u00e9"}})");
  test::CollectSink sink;
  ASSERT_TRUE(EmitGraphMessage(message, "t_9", {}, kPage, "GET /m", sink).ok());
  ASSERT_EQ(sink.events.size(), 1u);
  EXPECT_EQ(sink.events[0].text, "caf\xC3\xA9 \xF0\x9F\x98\x80");
  EXPECT_EQ(sink.events[0].author.name, "Jos\xC3\xA9");
}

TEST(GraphItemsTest, ItemsWithoutIdOrTimeAreSkippedWithAReason) {
  test::CollectSink sink;
  ASSERT_TRUE(EmitGraphMessage(Parse(R"({"id":"m_2","created_time":"soon"})"), "t", {}, kPage,
                               "GET /m", sink)
                  .ok());
  ASSERT_TRUE(EmitGraphComment(Parse(R"({"created_time":"2024-05-01T12:34:56+0000"})"), "1", kPage,
                               "GET /c", sink)
                  .ok());
  EXPECT_TRUE(sink.events.empty());
  EXPECT_EQ(sink.skips["message without id or created_time"], 1);
  EXPECT_EQ(sink.skips["comment without id or created_time"], 1);
}

}  // namespace
}  // namespace touchpoint::facebook
