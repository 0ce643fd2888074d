// The Graph API poller against a fake Graph API on loopback: what it reads, its cursors,
// paging, tokens and appsecret_proof.
#include "connectors/facebook/api_poller.h"

#include <gtest/gtest.h>

#include "connectors/facebook/inbox_reader.h"
#include "tests/facebook_api/graph_poller_fixture.h"

namespace touchpoint {
namespace {

using facebook::GraphApiPoller;
using test::FakeComment;
using test::FakeGraphApi;
using test::FakeMessage;
using test::FakeRequest;
using test::FakeResponse;
using test::kAda;
using test::kBob;
using test::kPage;
using test::kPagePath;

class PollerTest : public test::GraphPollerTest {};

TEST_F(PollerTest, FirstPollReadsMessagesAndCommentsAsTheArchiveNormalisesThem) {
  const std::string asked = Message("t_1", kAda, "Could we have a call?");
  const std::string answered = Message("t_1", kPage, "Sure, Tuesday?");
  FakeMessage photo;
  photo.from = kAda;  // an attachment only: empty text
  const std::string attachment = graph_.AddMessage("t_1", {kAda}, photo);
  graph_.AddPost("100200300_1");
  const std::string top = Comment("100200300_1", kBob);
  const std::string reply = Comment("100200300_1", kPage, top);
  FakeComment anonymous;
  anonymous.text = "who am I";
  const std::string hidden = graph_.AddComment("100200300_1", anonymous);

  Result<PollResult> result = Poll();
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(StoredIds(), graph_.AllIds());
  ASSERT_TRUE(result->owner);
  EXPECT_EQ(result->owner->user_id, kPage.id);
  EXPECT_EQ(result->owner->name, kPage.name);

  const Event& in = *Stored(asked);
  EXPECT_EQ(in.platform, "facebook");
  EXPECT_EQ(in.kind, EventKind::kDm);
  EXPECT_EQ(in.direction, Direction::kInbound);
  EXPECT_EQ(in.conversation_key, "t_1");
  EXPECT_EQ(in.author.user_id, kAda.id);
  EXPECT_EQ(in.author.email, kAda.email);
  ASSERT_EQ(in.counterparts.size(), 1u);
  EXPECT_EQ(in.counterparts[0].user_id, kAda.id);
  EXPECT_EQ(in.text, "Could we have a call?");
  EXPECT_EQ(in.source, "GET /{conversation-id}/messages");
  const Event& out = *Stored(answered);
  EXPECT_EQ(out.direction, Direction::kOutbound);
  EXPECT_EQ(out.author.user_id, kPage.id);
  EXPECT_EQ(out.author.name, kPage.name);
  ASSERT_EQ(out.counterparts.size(), 1u);
  EXPECT_EQ(out.counterparts[0].user_id, kAda.id);
  EXPECT_EQ(Stored(attachment)->text, "");

  const Event& comment = *Stored(top);
  EXPECT_EQ(comment.kind, EventKind::kComment);
  EXPECT_EQ(comment.direction, Direction::kInbound);
  EXPECT_EQ(comment.conversation_key, "100200300_1");
  EXPECT_EQ(comment.parent_id, "100200300_1");
  EXPECT_EQ(comment.author.user_id, kBob.id);
  const Event& page_reply = *Stored(reply);
  EXPECT_EQ(page_reply.direction, Direction::kOutbound);
  EXPECT_EQ(page_reply.parent_id, top);
  EXPECT_EQ(page_reply.conversation_key, "100200300_1");
  ASSERT_EQ(page_reply.counterparts.size(), 1u);
  EXPECT_EQ(page_reply.counterparts[0].user_id, kBob.id);
  EXPECT_TRUE(Stored(hidden)->author.empty());

  for (const char* name :
       {GraphApiPoller::kPageId, GraphApiPoller::kPageName, GraphApiPoller::kConversationsWatermark,
        GraphApiPoller::kConversationsRead, GraphApiPoller::kCommentsWatermark}) {
    EXPECT_EQ(cursor_.count(name), 1u) << name;
  }
  EXPECT_EQ(cursor_[GraphApiPoller::kConversationsRead], R"({"t_1":1700000183000})");
  // The version is in every path, the token only in the header.
  for (const FakeRequest& request : server_.requests()) {
    EXPECT_TRUE(request.path.starts_with("/v19.0/")) << request.path;
    EXPECT_EQ(request.Header("authorization"), "Bearer page-0");
  }
  EXPECT_TRUE(graph_.violations().empty());
}

TEST_F(PollerTest, EveryPageIsReadWithCursorsRebuiltFromAfter) {
  // 30 conversations (2 pages of 25), one with 120 messages (3 pages of 50), a post with 140
  // comments (25 in the feed, then 2 pages of 100). Cursors hold '+', '/' and '='.
  for (int i = 0; i < 30; ++i) Message("t_" + std::to_string(i), kAda);
  for (int i = 0; i < 119; ++i) Message("t_busy", kBob);
  graph_.AddPost("100200300_1");
  for (int i = 0; i < 140; ++i) Comment("100200300_1", i % 2 ? kAda : kBob);

  ASSERT_TRUE(Poll());
  EXPECT_EQ(StoredIds(), graph_.AllIds());
  EXPECT_EQ(Requests(kPagePath + "/conversations"), 2u);
  EXPECT_EQ(Requests("/t_busy/messages"), 3u);
  EXPECT_EQ(Requests("/100200300_1/comments"), 2u);
  EXPECT_TRUE(graph_.violations().empty());
}

TEST_F(PollerTest, ItemsRepeatedAcrossPageBoundariesAreEmittedOnce) {
  graph_.SetInclusiveCursors(true);
  for (int i = 0; i < 30; ++i) Message("t_" + std::to_string(i), kAda);
  for (int i = 0; i < 119; ++i) Message("t_busy", kBob);
  graph_.AddPost("100200300_1");
  for (int i = 0; i < 140; ++i) Comment("100200300_1", kAda);
  ASSERT_TRUE(Poll());  // the fixture fails on an id emitted twice
  EXPECT_EQ(StoredIds(), graph_.AllIds());
  EXPECT_EQ(last_events_.size(), graph_.AllIds().size());
}

TEST_F(PollerTest, IncrementalPollsReadOnlyChangedConversationsAndNewComments) {
  // Two minutes apart: only the newest item lies within the overlap of a watermark.
  graph_.AddPost("100200300_1");
  for (int i = 0; i < 30; ++i) {
    graph_.Advance(120);
    Message("t_" + std::to_string(i), kAda);
    Comment("100200300_1", kAda);
  }
  ASSERT_TRUE(Poll());
  EXPECT_EQ(Requests("/100200300_1/comments"), 1u);  // 25 in the feed, 5 more
  const size_t requests = server_.request_count();

  graph_.Advance(120);
  const std::string fresh = Message("t_3", kAda, "back again");
  const std::string comment = Comment("100200300_1", kBob);
  ASSERT_TRUE(Poll());
  EXPECT_TRUE(Stored(fresh));
  EXPECT_TRUE(Stored(comment));
  EXPECT_EQ(StoredIds(), graph_.AllIds());
  // One page of conversations, the messages of the changed conversation and of the one at
  // the watermark (>=: timestamps have whole seconds), one feed call.
  EXPECT_EQ(server_.request_count() - requests, 4u);
  EXPECT_EQ(Requests("/t_3/messages"), 2u);
  EXPECT_EQ(Requests("/t_29/messages"), 2u);
  EXPECT_EQ(Requests("/t_10/messages"), 1u);
  EXPECT_EQ(Requests("/100200300_1/comments"), 1u);
  // New items, and boundary items the store dedupes.
  EXPECT_LE(last_events_.size(), 5u);
}

TEST_F(PollerTest, NothingNewKeepsTheCursor) {
  Message("t_1", kAda);
  graph_.AddPost("100200300_1");
  Comment("100200300_1", kAda);
  ASSERT_TRUE(Poll());
  const PollCursor before = cursor_;
  ASSERT_TRUE(Poll());
  EXPECT_EQ(cursor_, before);
}

TEST_F(PollerTest, AConversationThatJumpsToTheTopWhilePagingIsCaughtByTheNextPoll) {
  for (int i = 0; i < 30; ++i) Message("t_" + std::to_string(i), kAda);
  ASSERT_TRUE(Poll());
  // Every conversation changes: the next poll pages through 2 pages of them.
  for (int i = 0; i < 30; ++i) Message("t_" + std::to_string(i), kBob);
  std::string jumped;
  bool once = false;
  graph_.OnRequest([&](const FakeRequest& request) {
    // While page 2 is asked for, the oldest changed conversation (on page 2) gets a message
    // and moves to the top, behind the client's cursor.
    if (!once && request.path.ends_with("/conversations") && request.query.count("after")) {
      once = true;
      jumped = Message("t_0", kBob, "jumped");
    }
  });
  ASSERT_TRUE(Poll());
  ASSERT_TRUE(once);
  EXPECT_FALSE(Stored(jumped));
  graph_.OnRequest({});
  ASSERT_TRUE(Poll());
  EXPECT_TRUE(Stored(jumped));
  EXPECT_EQ(StoredIds(), graph_.AllIds());
}

TEST_F(PollerTest, ConversationEntriesStayBounded) {
  const int count = static_cast<int>(facebook::InboxReader::kMaxConversations) + 20;
  for (int i = 0; i < count; ++i) Message("t_" + std::to_string(i), kAda);
  max_pages_ = 20;
  ASSERT_TRUE(Poll());
  rapidjson::Document read;
  read.Parse(cursor_[GraphApiPoller::kConversationsRead].c_str());
  ASSERT_TRUE(read.IsObject());
  EXPECT_EQ(read.MemberCount(), facebook::InboxReader::kMaxConversations);
  EXPECT_EQ(cursor_.count(GraphApiPoller::kConversationsHorizon), 1u);
  // A pruned conversation that changes is read from the horizon on.
  const std::string late = Message("t_0", kBob, "late");
  ASSERT_TRUE(Poll());
  EXPECT_TRUE(Stored(late));
  EXPECT_EQ(StoredIds(), graph_.AllIds());
}

TEST_F(PollerTest, ACursorThisPollerDidNotWriteIsADataError) {
  cursor_[GraphApiPoller::kConversationsWatermark] = "yesterday";
  Result<PollResult> result = Poll();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code(), StatusCode::kDataError);
  cursor_[GraphApiPoller::kConversationsWatermark] = "1700000000000";
  cursor_[GraphApiPoller::kConversationsRead] = "[1,2]";
  result = Poll();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code(), StatusCode::kDataError);
}

TEST_F(PollerTest, PagingThatNeverEndsFailsThePoll) {
  for (int i = 0; i < 30; ++i) Message("t_" + std::to_string(i), kAda);
  max_pages_ = 1;
  Result<PollResult> result = Poll();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code(), StatusCode::kDataError);
  EXPECT_NE(result.error().message().find("more than 1 pages"), std::string::npos);
  EXPECT_TRUE(cursor_.empty());
}

TEST_F(PollerTest, APageRepeatingItsCursorFailsThePoll) {
  graph_.QueueFault(kPagePath + "/conversations",
                    FakeResponse::Json(200, R"({"data":[],"paging":{"cursors":{"after":"QQ=="},)"
                                            R"("next":"https://x/?after=QQ=="}})"));
  graph_.QueueFault(kPagePath + "/conversations",
                    FakeResponse::Json(200, R"({"data":[],"paging":{"cursors":{"after":"QQ=="},)"
                                            R"("next":"https://x/?after=QQ=="}})"));
  Result<PollResult> result = Poll();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code(), StatusCode::kDataError);
  EXPECT_NE(result.error().message().find("repeats its after cursor"), std::string::npos);
}

TEST_F(PollerTest, AnExpiredPageTokenIsRederivedSavedAndOnlyThenUsed) {
  Message("t_1", kAda);
  graph_.oauth()->ExpireAccessToken();
  Result<PollResult> result = Poll();
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(graph_.oauth()->refreshes(), 1);
  const std::string token = graph_.oauth()->access_token();
  ASSERT_TRUE(keeper_.stored);
  EXPECT_EQ(keeper_.stored->access_token, token);
  EXPECT_EQ(keeper_.stored->refresh_token, "user-0");
  const std::vector<std::string> journal = graph_.oauth()->journal();
  const auto derived = std::find(journal.begin(), journal.end(),
                                 "GET /v19.0" + kPagePath + " with user-0 -> " + token);
  const auto saved = std::find(journal.begin(), journal.end(), "save " + token);
  const auto used = std::find_if(journal.begin(), journal.end(), [&](const std::string& entry) {
    return entry.ends_with(" with " + token);
  });
  ASSERT_NE(derived, journal.end());
  ASSERT_NE(saved, journal.end());
  ASSERT_NE(used, journal.end());
  EXPECT_LT(derived, saved);
  EXPECT_LT(saved, used);
  EXPECT_EQ(StoredIds(), graph_.AllIds());
}

TEST_F(PollerTest, ARejectedUserTokenNeedsReauthAndIsNotRetried) {
  Message("t_1", kAda);
  graph_.oauth()->ExpireAccessToken();
  graph_.oauth()->RevokeRefreshToken();
  Result<PollResult> result = Poll();
  ASSERT_FALSE(result);
  EXPECT_TRUE(IsNeedsReauth(result.error())) << result.error().message();
  EXPECT_EQ(keeper_.saves, 0);
  EXPECT_EQ(server_.request_count(), 2u);  // the refused call and the refused derivation
}

TEST_F(PollerTest, WithoutAUserTokenAnExpiredPageTokenNeedsReauth) {
  keeper_.stored->refresh_token.clear();
  graph_.oauth()->ExpireAccessToken();
  Result<PollResult> result = Poll();
  ASSERT_FALSE(result);
  EXPECT_TRUE(IsNeedsReauth(result.error())) << result.error().message();
  EXPECT_EQ(server_.request_count(), 1u);
}

TEST_F(PollerTest, OnlyAUserTokenStoredDerivesAPageTokenFirst) {
  Message("t_1", kAda);
  keeper_.stored->access_token.clear();
  Result<PollResult> result = Poll();
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(graph_.oauth()->refreshes(), 1);
  EXPECT_EQ(keeper_.stored->access_token, graph_.oauth()->access_token());
}

TEST_F(PollerTest, ANewPageTokenThatCannotBeSavedIsNotUsed) {
  graph_.oauth()->ExpireAccessToken();
  keeper_.fail_saves = true;
  Result<PollResult> result = Poll();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code(), StatusCode::kIoError);
  const std::string token = graph_.oauth()->access_token();
  for (const std::string& entry : graph_.oauth()->journal()) {
    EXPECT_FALSE(entry.ends_with(" with " + token)) << entry;
  }
}

TEST_F(PollerTest, AppSecretProofGoesWithEveryCall) {
  Message("t_1", kAda);
  graph_.AddPost("100200300_1");
  Comment("100200300_1", kAda);
  graph_.oauth()->ExpireAccessToken();  // the derivation call needs a proof for the user token
  graph_.RequireAppSecret("app-secret-1");
  app_secret_ = "app-secret-1";
  Result<PollResult> result = Poll();
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(StoredIds(), graph_.AllIds());
  for (const FakeRequest& request : server_.requests()) {
    EXPECT_EQ(request.query.count("appsecret_proof"), 1u) << request.path;
  }
}

TEST_F(PollerTest, AMissingProofIsAUsageErrorNotRetried) {
  graph_.RequireAppSecret("app-secret-1");
  Result<PollResult> result = Poll();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code(), StatusCode::kUsage);
  EXPECT_NE(result.error().message().find("(#100)"), std::string::npos);
  EXPECT_EQ(server_.request_count(), 1u);
}

TEST_F(PollerTest, ReduceTheAmountOfDataAsksAgainWithSmallerLimits) {
  graph_.AddPost("100200300_1");
  const std::string comment = Comment("100200300_1", kAda);
  graph_.QueueFault(kPagePath + "/feed",
                    FakeGraphApi::Error(500, 1,
                                        "Please reduce the amount of data you're asking for, "
                                        "then retry your request"));
  Result<PollResult> result = Poll();
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_TRUE(Stored(comment));
  std::vector<std::string> limits;
  for (const FakeRequest& request : server_.requests()) {
    if (request.path.ends_with("/feed")) limits.push_back(request.query.at("limit"));
  }
  EXPECT_EQ(limits, (std::vector<std::string>{"25", "12"}));
}

TEST_F(PollerTest, ReduceTheAmountOfDataIsBounded) {
  for (int i = 0; i <= facebook::kMaxShrinks; ++i) {
    graph_.QueueFault(kPagePath + "/conversations",
                      FakeGraphApi::Error(500, 1,
                                          "Please reduce the amount of data you're "
                                          "asking for, then retry your request"));
  }
  Result<PollResult> result = Poll();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code(), StatusCode::kUsage);
  EXPECT_EQ(Requests(kPagePath + "/conversations"), static_cast<size_t>(facebook::kMaxShrinks) + 1);
}

TEST_F(PollerTest, ABadParameterIsAUsageError) {
  graph_.QueueFault(kPagePath + "/conversations",
                    FakeGraphApi::Error(400, 100, "(#100) Tried accessing nonexisting field"));
  Result<PollResult> result = Poll();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code(), StatusCode::kUsage);
  EXPECT_EQ(Requests(kPagePath + "/conversations"), 1u);
}

TEST_F(PollerTest, TheVersionComesFromTheSettings) {
  PollerSettings settings = Settings();
  settings.api_version = "v20.0";
  Result<std::unique_ptr<ApiPoller>> poller = GraphApiPoller::Create(settings);
  ASSERT_TRUE(poller);
  test::CollectSink sink;
  EXPECT_FALSE((*poller)->Poll({}, sink));  // the fake serves v19.0 only
  ASSERT_GE(server_.request_count(), 1u);
  EXPECT_TRUE(server_.requests()[0].path.starts_with("/v20.0/"));
}

TEST(GraphPollerFactory, TheRegistryOffersItAndItChecksSettings) {
  const ConnectorDescriptor* facebook = nullptr;
  for (const ConnectorDescriptor* descriptor : Connectors()) {
    if (descriptor->name == "facebook") facebook = descriptor;
  }
  ASSERT_NE(facebook, nullptr);
  ASSERT_NE(facebook->make_api_poller, nullptr);
  test::FakeClock clock;
  test::FakeApiServer server;
  FakeGraphApi graph(server, kPage);
  test::JournalTokenKeeper<FakeGraphApi> keeper(graph);
  PollerSettings settings(clock, keeper);
  settings.account = kPage.id;
  Result<std::unique_ptr<ApiPoller>> poller = facebook->make_api_poller(settings);
  ASSERT_FALSE(poller);
  EXPECT_EQ(poller.error().code(), StatusCode::kConfigError);
  settings.api_base_url = "https://graph.facebook.com";
  settings.account.clear();
  poller = facebook->make_api_poller(settings);
  ASSERT_FALSE(poller);
  EXPECT_EQ(poller.error().code(), StatusCode::kConfigError);
  settings.account = kPage.id;
  EXPECT_TRUE(facebook->make_api_poller(settings));
}

}  // namespace
}  // namespace touchpoint
