// API v2 items normalise like the archive's: the same tweet or DM gives the same event, so
// seeing it through both dedupes on (platform, external_id) without a difference.
#include "connectors/twitter/api_items.h"

#include <gtest/gtest.h>

#include "connectors/twitter/dm_reader.h"
#include "connectors/twitter/snowflake.h"
#include "connectors/twitter/tweet_reader.h"
#include "tests/twitter_api/collect_sink.h"

namespace touchpoint::twitter {
namespace {

using test::CollectSink;

const Identity kOwner{"1234567", "me_handle", "Me", "", ""};

rapidjson::Document Parse(const char* json) {
  rapidjson::Document document;
  document.Parse(json);
  EXPECT_FALSE(document.HasParseError()) << json;
  return document;
}

// The fields both sources must agree on.
void ExpectSameEvent(const Event& archive, const Event& api) {
  EXPECT_EQ(archive.platform, api.platform);
  EXPECT_EQ(archive.external_id, api.external_id);
  EXPECT_EQ(EventKindName(archive.kind), EventKindName(api.kind));
  EXPECT_EQ(DirectionName(archive.direction), DirectionName(api.direction));
  EXPECT_EQ(archive.conversation_key, api.conversation_key);
  EXPECT_EQ(archive.parent_id, api.parent_id);
  EXPECT_EQ(archive.author.user_id, api.author.user_id);
  EXPECT_EQ(archive.occurred_at_ms, api.occurred_at_ms);
  EXPECT_EQ(archive.text, api.text);
  ASSERT_EQ(archive.counterparts.size(), api.counterparts.size());
  for (size_t i = 0; i < archive.counterparts.size(); ++i) {
    EXPECT_EQ(archive.counterparts[i].user_id, api.counterparts[i].user_id);
    EXPECT_EQ(archive.counterparts[i].handle, api.counterparts[i].handle);
  }
}

TEST(ApiItemsTest, AnOwnReplyIsTheEventTheArchiveMakes) {
  const Owner owner(kOwner);
  const rapidjson::Document archive = Parse(R"({"tweet": {
    "id_str": "1790000000000000001", "id": "1790000000000000001",
    "created_at": "Mon May 13 09:01:02 +0000 2024",
    "full_text": "@ada_l agreed &amp; measured it https://t.co/AbCdEf1234",
    "in_reply_to_status_id_str": "1789999999999999999",
    "in_reply_to_user_id_str": "7654321", "in_reply_to_screen_name": "ada_l",
    "entities": {"user_mentions": [{"name": "Ada L", "screen_name": "ada_l", "id_str": "7654321"}],
                 "urls": [{"url": "https://t.co/AbCdEf1234",
                           "expanded_url": "https://example.com/x"}]}}})");
  const rapidjson::Document api = Parse(R"({"data": [{
    "id": "1790000000000000001", "author_id": "1234567",
    "created_at": "2024-05-13T09:01:02.000Z",
    "text": "@ada_l agreed &amp; measured it https://t.co/AbCdEf1234",
    "conversation_id": "1789999999999999999", "in_reply_to_user_id": "7654321",
    "referenced_tweets": [{"type": "replied_to", "id": "1789999999999999999"}],
    "entities": {"mentions": [{"start": 0, "end": 6, "username": "ada_l", "id": "7654321"}],
                 "urls": [{"url": "https://t.co/AbCdEf1234",
                           "expanded_url": "https://example.com/x"}]}}],
    "includes": {"users": [{"id": "1234567", "username": "me_handle", "name": "Me"}]}})");

  CollectSink from_archive, from_api;
  ASSERT_TRUE(ReadTweet(archive, owner, "data/tweets.js", from_archive).ok());
  UserIndex users;
  users.AddIncludes(api);
  ASSERT_TRUE(ReadApiTweet(api["data"][0], users, owner, "api", from_api).ok());
  ASSERT_EQ(from_archive.events.size(), 1u);
  ASSERT_EQ(from_api.events.size(), 1u);
  ExpectSameEvent(from_archive.events[0], from_api.events[0]);
  const Event& event = from_api.events[0];
  EXPECT_EQ(event.kind, EventKind::kReply);
  EXPECT_EQ(event.direction, Direction::kOutbound);
  EXPECT_EQ(event.author.handle, "me_handle");
  EXPECT_EQ(event.text, "@ada_l agreed & measured it https://example.com/x");
}

TEST(ApiItemsTest, AReplyToMeIsAnInboundReplyInItsConversation) {
  const Owner owner(kOwner);
  const rapidjson::Document api = Parse(R"({"data": [{
    "id": "1790000000000000100", "author_id": "7654321",
    "created_at": "2024-05-13T10:00:00.000Z", "text": "@me_handle @bob can we talk?",
    "conversation_id": "1789000000000000000", "in_reply_to_user_id": "1234567",
    "referenced_tweets": [{"type": "replied_to", "id": "1790000000000000001"},
                          {"type": "quoted", "id": "42"}],
    "entities": {"mentions": [{"username": "me_handle", "id": "1234567"},
                              {"username": "bob", "id": "999"}]}}],
    "includes": {"users": [{"id": "7654321", "username": "ada_l", "name": "Ada L"}]}})");
  UserIndex users;
  users.AddIncludes(api);
  CollectSink sink;
  ASSERT_TRUE(ReadApiTweet(api["data"][0], users, owner, "api", sink).ok());
  ASSERT_EQ(sink.events.size(), 1u);
  const Event& event = sink.events[0];
  EXPECT_EQ(event.kind, EventKind::kReply);
  EXPECT_EQ(event.direction, Direction::kInbound);
  EXPECT_EQ(event.parent_id, "1790000000000000001");
  EXPECT_EQ(event.conversation_key, "1789000000000000000");
  EXPECT_EQ(event.author.user_id, "7654321");
  EXPECT_EQ(event.author.handle, "ada_l");
  EXPECT_EQ(event.author.name, "Ada L");
  ASSERT_EQ(event.counterparts.size(), 2u);  // the author and @bob; never the owner
  EXPECT_EQ(event.counterparts[0].handle, "ada_l");
  EXPECT_EQ(event.counterparts[1].user_id, "999");
}

TEST(ApiItemsTest, MentionsRetweetsAndSelfThreads) {
  const Owner owner(kOwner);
  const rapidjson::Document api = Parse(R"({"data": [
    {"id": "11", "author_id": "7654321", "created_at": "2024-05-13T10:00:00Z",
     "text": "hello @me_handle", "conversation_id": "11",
     "entities": {"mentions": [{"username": "Me_Handle"}]}},
    {"id": "12", "author_id": "7654321", "created_at": "2024-05-13T10:00:00Z",
     "text": "RT @x: hello @me_handle", "conversation_id": "12",
     "referenced_tweets": [{"type": "retweeted", "id": "5"}]},
    {"id": "13", "author_id": "7654321", "created_at": "2024-05-13T10:00:00Z",
     "text": "and more", "conversation_id": "11", "in_reply_to_user_id": "7654321",
     "referenced_tweets": [{"type": "replied_to", "id": "11"}]},
    {"id": "14", "author_id": "7654321", "text": "no date"}]})");
  CollectSink sink;
  for (const rapidjson::Value& tweet : api["data"].GetArray()) {
    ASSERT_TRUE(ReadApiTweet(tweet, UserIndex(), owner, "api", sink).ok());
  }
  ASSERT_EQ(sink.events.size(), 2u);
  EXPECT_EQ(sink.events[0].kind, EventKind::kMention);
  EXPECT_EQ(sink.events[0].conversation_key, "11");
  EXPECT_EQ(sink.events[1].kind, EventKind::kPost);  // the author continuing their thread
  EXPECT_EQ(sink.events[1].parent_id, "11");
  EXPECT_EQ(sink.skips["retweet"], 1);
  EXPECT_EQ(sink.skips["tweet with unreadable created_at"], 1);
}

TEST(ApiItemsTest, ADmIsTheEventTheArchiveMakes) {
  const Owner owner(kOwner);
  const rapidjson::Document archive = Parse(R"({"dmConversation": {
    "conversationId": "1234567-7654321",
    "messages": [
      {"messageCreate": {"recipientId": "1234567", "senderId": "7654321",
       "id": "1790000000000000123", "createdAt": "2024-05-13T09:58:00.123Z",
       "text": "hey! https://t.co/x",
       "urls": [{"url": "https://t.co/x", "expanded": "https://example.com"}]}},
      {"messageCreate": {"recipientId": "7654321", "senderId": "1234567",
       "id": "1790000000000000100", "createdAt": "2024-05-13T09:50:00.000Z", "text": "hi"}}]}})");
  const rapidjson::Document api = Parse(R"({"data": [
    {"id": "1790000000000000123", "event_type": "MessageCreate", "text": "hey! https://t.co/x",
     "sender_id": "7654321", "dm_conversation_id": "1234567-7654321",
     "created_at": "2024-05-13T09:58:00.123Z",
     "entities": {"urls": [{"url": "https://t.co/x", "expanded_url": "https://example.com"}]}},
    {"id": "1790000000000000100", "event_type": "MessageCreate", "text": "hi",
     "sender_id": "1234567", "dm_conversation_id": "1234567-7654321",
     "created_at": "2024-05-13T09:50:00.000Z"}],
    "includes": {"users": [{"id": "7654321", "username": "ada_l", "name": "Ada L"}]}})");
  CollectSink from_archive, from_api;
  ASSERT_TRUE(ReadDmConversation(archive, owner, "data/direct-messages.js", from_archive).ok());
  UserIndex users;
  users.AddIncludes(api);
  ApiDmBatch batch;
  for (const rapidjson::Value& event : api["data"].GetArray()) batch.Add(event);
  ASSERT_TRUE(batch.Emit(users, owner, "api", from_api).ok());
  ASSERT_EQ(from_archive.events.size(), 2u);
  ASSERT_EQ(from_api.events.size(), 2u);
  for (size_t i = 0; i < 2; ++i) ExpectSameEvent(from_archive.events[i], from_api.events[i]);
  EXPECT_EQ(from_api.events[0].direction, Direction::kInbound);
  EXPECT_EQ(from_api.events[0].text, "hey! https://example.com");
  EXPECT_EQ(from_api.events[0].author.handle, "ada_l");  // the API also knows the handle
  EXPECT_EQ(from_api.events[1].direction, Direction::kOutbound);
  EXPECT_EQ(from_api.events[1].author.handle, "me_handle");
}

TEST(ApiItemsTest, PageShapes) {
  const rapidjson::Document empty = Parse(R"({"meta": {"result_count": 0}})");
  Result<const rapidjson::Value*> data = PageData(empty);
  ASSERT_TRUE(data);
  EXPECT_TRUE((*data)->IsArray());
  EXPECT_TRUE((*data)->Empty());
  EXPECT_FALSE(PageData(Parse(R"({"data": {"id": "1"}})")));
  EXPECT_FALSE(PageData(Parse(R"([1, 2])")));

  std::vector<std::string> errors;
  CollectPartialErrors(Parse(R"({"data": [], "errors": [
    {"title": "Not Found Error", "detail": "Could not find tweet with ids: [9].",
     "type": "https://api.twitter.com/2/problems/resource-not-found"},
    {"message": "odd"}, {}]})"),
                       errors);
  EXPECT_EQ(errors,
            (std::vector<std::string>{"Not Found Error: Could not find tweet with ids: [9].", "odd",
                                      "an error without a title"}));
}

TEST(SnowflakeTest, IdsCompareAsNumbersBeyondADoublesPrecision) {
  EXPECT_TRUE(IdLess("999999999999999999", "1000000000000000000"));
  EXPECT_FALSE(IdLess("1000000000000000000", "999999999999999999"));
  // 2^53 + 1 and 2^53 + 2 are one double apart from nothing.
  EXPECT_TRUE(IdLess("9007199254740993", "9007199254740994"));
  EXPECT_FALSE(IdLess("9007199254740994", "9007199254740994"));
  EXPECT_TRUE(IdLess("", "1"));
  EXPECT_EQ(NewerId("18446744073709551615", "18446744073709551614"), "18446744073709551615");
  EXPECT_EQ(NewerId("", "5"), "5");
}

}  // namespace
}  // namespace touchpoint::twitter
