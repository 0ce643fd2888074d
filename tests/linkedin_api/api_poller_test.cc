// The LinkedIn poller against a fake LinkedIn on loopback: changelog cursors, paging,
// organization notifications, throttling, faults, tokens, and a store fed poll after poll.
#include "connectors/linkedin/api_poller.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "connectors/common/timestamp.h"
#include "connectors/linkedin/api_events.h"
#include "core/store.h"
#include "tests/daemon/log_capture.h"
#include "tests/linkedin_api/fake_linkedin_api.h"
#include "tests/support/journal_token_keeper.h"
#include "tests/support/fake_clock.h"
#include "tests/support/temp_dir.h"
#include "tests/twitter_api/collect_sink.h"

namespace touchpoint {
namespace {

// "n" + std::to_string(i) without the temporary: GCC 12 at -O2 warns falsely (-Wrestrict) on
// a literal added to a temporary string, which breaks the Release build of the tests.
std::string Numbered(std::string prefix, int64_t n) {
  prefix += std::to_string(n);
  return prefix;
}

using linkedin::LinkedinApiPoller;
using std::chrono::milliseconds;
using test::CollectSink;
using test::FakeLinkedinApi;
using test::FakeResponse;

constexpr char kMe[] = "urn:li:person:me123";
constexpr char kAda[] = "urn:li:person:ada456";
constexpr char kBob[] = "urn:li:person:bob789";
constexpr char kThread[] = "urn:li:messagingThread:2-YWJjZGVm";
constexpr char kPost[] = "urn:li:activity:7000000000000000001";
constexpr char kOrg[] = "urn:li:organization:555";
const std::string kChangeLog = FakeLinkedinApi::kChangeLogPath;

std::string Message(const std::string& actor, const std::string& text,
                    const std::string& method = "CREATE") {
  return R"("resourceName":"messages","method":")" + method + R"(","owner":")" + kMe +
         R"(","actor":")" + actor + R"(","resourceId":"m-)" + text + R"(","activity":{"owner":")" +
         kMe + R"(","author":")" + actor +
         R"(","createdAt":1700000000123,"thread":{"entityUrn":")" + kThread +
         R"(","membership":[")" + kMe + R"(",")" + kAda + R"("]},"body":")" + text + R"("})";
}

std::string Comment(const std::string& actor, const std::string& text) {
  return R"("resourceName":"socialActions/comments","method":"CREATE","owner":")" +
         std::string(kMe) + R"(","actor":")" + actor + R"(","resourceId":"c-)" + text +
         R"(","activity":{"actor":")" + actor + R"(","object":")" + kPost +
         R"(","created":{"time":1700000000999},"message":{"text":")" + text + R"("}})";
}

FakeResponse Json(int status, std::string body) {
  return FakeResponse::Json(status, std::move(body));
}

class LinkedinPollerTest : public ::testing::Test {
 protected:
  LinkedinPollerTest() {
    keeper_.stored = OAuthTokens{"access-0", "refresh-0", std::nullopt};
    policy_.max_attempts = 4;
    policy_.base_delay = milliseconds(100);
    policy_.max_delay = milliseconds(1000);
    policy_.seed = 11;
  }

  std::unique_ptr<ApiPoller> MakePoller() {
    PollerSettings settings(clock_, keeper_);
    settings.api_base_url = server_.base_url() + "/";
    settings.account = "me";
    settings.client_id = FakeLinkedinApi::kClientId;
    settings.client_secret = FakeLinkedinApi::kClientSecret;
    settings.http.connect_timeout = milliseconds(2000);
    settings.http.total_timeout = milliseconds(1000);
    settings.retry = policy_;
    settings.api_version = api_version_;
    settings.organization = organization_;
    settings.max_pages = max_pages_;
    Result<std::unique_ptr<ApiPoller>> poller = LinkedinApiPoller::Create(settings);
    EXPECT_TRUE(poller) << poller.error().message();
    return poller ? std::move(*poller) : nullptr;
  }

  // One poll as the daemon runs it: on success the events are kept (by id) and the cursor
  // taken; on failure both are dropped.
  Result<PollResult> Poll() {
    if (!poller_) poller_ = MakePoller();
    CollectSink sink;
    Result<PollResult> result = poller_->Poll(cursor_, sink);
    last_ = sink;
    if (result) {
      for (Event& event : sink.events) stored_.insert_or_assign(event.external_id, event);
      cursor_ = result->cursor;
    }
    return result;
  }

  std::vector<test::FakeRequest> Requests(const std::string& path) const {
    std::vector<test::FakeRequest> found;
    for (const test::FakeRequest& request : server_.requests()) {
      if (request.path == path) found.push_back(request);
    }
    return found;
  }

  test::FakeClock clock_;
  test::FakeApiServer server_{[this] { return clock_.Now(); }};
  FakeLinkedinApi api_{server_, [this] { return clock_.Now(); }};
  test::JournalTokenKeeper<FakeLinkedinApi> keeper_{api_};
  RetryPolicy policy_;
  std::string api_version_;
  std::string organization_;
  int max_pages_ = 100;
  std::unique_ptr<ApiPoller> poller_;
  PollCursor cursor_;
  CollectSink last_;
  std::map<std::string, Event> stored_;
};

TEST_F(LinkedinPollerTest, FirstPollTurnsMessagesAndCommentsIntoArchiveShapedEvents) {
  api_.AddChange(Message(kAda, "hello from ada"));
  api_.AddChange(Message(kMe, "hi ada"), 10);
  api_.AddChange(Comment(kBob, "great post"), 20);
  api_.AddChange(Message(kAda, "hello from ada, edited", "UPDATE"), 30);
  api_.AddChange(
      R"("resourceName":"invitations","method":"CREATE","owner":")" + std::string(kMe) + "\"", 40);
  Result<PollResult> result = Poll();
  ASSERT_TRUE(result) << result.error().message();
  ASSERT_EQ(last_.events.size(), 3u);

  const Event& inbound = last_.events[0];
  EXPECT_EQ(inbound.platform, "linkedin");
  EXPECT_EQ(inbound.kind, EventKind::kDm);
  EXPECT_EQ(inbound.direction, Direction::kInbound);
  EXPECT_EQ(inbound.conversation_key, "2-YWJjZGVm");  // the archive's CONVERSATION ID
  EXPECT_EQ(inbound.author.user_id, kAda);
  ASSERT_EQ(inbound.counterparts.size(), 1u);
  EXPECT_EQ(inbound.counterparts[0].user_id, kAda);
  EXPECT_EQ(inbound.occurred_at_ms, 1700000000123);
  EXPECT_EQ(inbound.text, "hello from ada");
  EXPECT_TRUE(inbound.external_id.starts_with("li:msg:"));

  const Event& outbound = last_.events[1];
  EXPECT_EQ(outbound.direction, Direction::kOutbound);
  EXPECT_EQ(outbound.author.user_id, kMe);
  ASSERT_EQ(outbound.counterparts.size(), 1u);
  EXPECT_EQ(outbound.counterparts[0].user_id, kAda);

  const Event& comment = last_.events[2];
  EXPECT_EQ(comment.kind, EventKind::kComment);
  EXPECT_EQ(comment.direction, Direction::kInbound);
  EXPECT_EQ(comment.author.user_id, kBob);
  EXPECT_EQ(comment.conversation_key, linkedin::PostLink(kPost));
  EXPECT_EQ(comment.conversation_key,
            "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7000000000000000001");

  EXPECT_EQ(last_.skips["changelog messages UPDATE"], 1);
  EXPECT_EQ(last_.skips["changelog invitations"], 1);
  EXPECT_EQ(result->cursor.at(LinkedinApiPoller::kMemberUrn), kMe);
  ASSERT_TRUE(result->owner);
  EXPECT_EQ(result->owner->user_id, kMe);
  EXPECT_EQ(result->cursor.at(LinkedinApiPoller::kChangeLogStartTime),
            std::to_string(api_.NowMs() + 40));

  const auto requests = Requests(kChangeLog);
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].Header("linkedin-version"), linkedin::kDefaultApiVersion);
  EXPECT_EQ(requests[0].Header("x-restli-protocol-version"), "2.0.0");
  EXPECT_EQ(requests[0].Header("authorization"), "Bearer access-0");
  EXPECT_EQ(requests[0].query.at("count"), "50");
  EXPECT_EQ(requests[0].query.at("startTime"),
            std::to_string(api_.NowMs() - FakeLinkedinApi::kRetentionMs));
}

TEST_F(LinkedinPollerTest, TheInclusiveStartTimeBoundaryIsNotEmittedTwice) {
  api_.AddChange(Message(kAda, "one"), 5);
  api_.AddChange(Message(kAda, "two"), 5);  // the same processedAt
  ASSERT_TRUE(Poll());
  EXPECT_EQ(last_.events.size(), 2u);
  const PollCursor first = cursor_;

  clock_.Advance(std::chrono::hours(1));
  Result<PollResult> quiet = Poll();
  ASSERT_TRUE(quiet) << quiet.error().message();
  EXPECT_TRUE(last_.events.empty());
  EXPECT_EQ(cursor_, first);  // nothing new: the same startTime
  EXPECT_EQ(Requests(kChangeLog).back().query.at("startTime"),
            first.at(LinkedinApiPoller::kChangeLogStartTime));

  api_.AddChange(Message(kAda, "three"));
  ASSERT_TRUE(Poll());
  ASSERT_EQ(last_.events.size(), 1u);
  EXPECT_EQ(last_.events[0].text, "three");
  EXPECT_EQ(stored_.size(), 3u);
}

TEST_F(LinkedinPollerTest, EveryFullPageIsFollowedWithStart) {
  for (int i = 0; i < 120; ++i) api_.AddChange(Message(kAda, Numbered("n", i)), i);
  ASSERT_TRUE(Poll());
  EXPECT_EQ(last_.events.size(), 120u);
  const auto requests = Requests(kChangeLog);
  ASSERT_EQ(requests.size(), 3u);
  EXPECT_EQ(requests[1].query.at("start"), "50");
  EXPECT_EQ(requests[2].query.at("start"), "100");
}

TEST_F(LinkedinPollerTest, AscendingPagesBeyondMaxPagesAreReadOverSeveralPolls) {
  max_pages_ = 2;
  for (int i = 0; i < 120; ++i) api_.AddChange(Message(kAda, Numbered("n", i)), i / 7);
  ASSERT_TRUE(Poll());
  EXPECT_EQ(last_.events.size(), 100u);
  ASSERT_TRUE(Poll());
  EXPECT_EQ(last_.events.size(), 20u);
  EXPECT_EQ(stored_.size(), 120u);
  ASSERT_TRUE(Poll());
  EXPECT_TRUE(last_.events.empty());
}

TEST_F(LinkedinPollerTest, MaxPagesStopsAPagingLoopOutOfOrder) {
  max_pages_ = 2;
  const int64_t now = api_.NowMs();
  for (int page = 0; page < 3; ++page) {
    std::string elements;
    for (int i = 0; i < 2; ++i) {
      const int id = page * 2 + i + 1;
      if (!elements.empty()) elements += ",";
      elements += "{\"id\":" + std::to_string(id) + ",\"processedAt\":" + std::to_string(now - id) +
                  "," + Message(kAda, Numbered("d", id)) + "}";
    }
    api_.QueueFault(kChangeLog,
                    Json(200, "{\"elements\":[" + elements + "],\"paging\":{\"start\":" +
                                  std::to_string(page * 2) + ",\"count\":2}}"));
  }
  Result<PollResult> result = Poll();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code(), StatusCode::kDataError);
  EXPECT_NE(result.error().message().find("more than 2 pages"), std::string::npos);
  EXPECT_TRUE(cursor_.empty());
}

TEST_F(LinkedinPollerTest, AnAnswerWithoutElementsIsADataErrorNotAnEmptyPoll) {
  api_.AddChange(Message(kAda, "kept for later"));
  api_.QueueFault(kChangeLog, Json(200, R"({"paging":{"start":0,"count":50}})"));
  Result<PollResult> result = Poll();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code(), StatusCode::kDataError);
  ASSERT_TRUE(Poll());
  EXPECT_EQ(last_.events.size(), 1u);
}

TEST_F(LinkedinPollerTest, MalformedElementsArePartialErrorsAndTheRestIsKept) {
  const std::string good = "{\"id\":1,\"processedAt\":" + std::to_string(api_.NowMs()) + "," +
                           Message(kAda, "fine") + "}";
  const std::string no_thread =
      R"({"id":2,"resourceName":"messages","method":"CREATE","actor":"urn:li:person:x","activity":{"body":"?"}})";
  api_.QueueFault(kChangeLog, Json(200, "{\"elements\":[42," + no_thread + "," + good +
                                            R"(,{"id":3}],"paging":{"count":50}})"));
  Result<PollResult> result = Poll();
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(last_.events.size(), 1u);
  EXPECT_EQ(result->partial_errors.size(), 2u);
  EXPECT_EQ(last_.skips["changelog element without resourceName"], 1);
}

TEST_F(LinkedinPollerTest, ADailyQuotaStopsTheEndpointUntilMidnightUtc) {
  api_.AddChange(Message(kAda, "after midnight"));
  api_.QueueFault(
      kChangeLog,
      Json(429, R"({"serviceErrorCode":101,"message":"Resource level )"
                R"(throttle limit for calls to this resource is reached.","status":429})"));
  Result<PollResult> result = Poll();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code(), StatusCode::kBusy);
  EXPECT_NE(result.error().message().find("rate-limited until"), std::string::npos);
  const auto midnight = NextUtcMidnight(clock_.Now());
  EXPECT_NE(result.error().message().find(FormatIso8601(midnight).substr(0, 13)), std::string::npos)
      << result.error().message();
  EXPECT_EQ(Requests(kChangeLog).size(), 1u);

  clock_.Advance(std::chrono::hours(1));
  if (clock_.Now() < midnight) {
    Result<PollResult> again = Poll();
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code(), StatusCode::kBusy);
    EXPECT_EQ(Requests(kChangeLog).size(), 1u);  // no call before midnight
  }
  clock_.Advance(std::chrono::duration_cast<milliseconds>(midnight - clock_.Now()) +
                 std::chrono::minutes(11));
  Result<PollResult> later = Poll();
  ASSERT_TRUE(later) << later.error().message();
  EXPECT_EQ(last_.events.size(), 1u);
}

TEST_F(LinkedinPollerTest, ASporadic429BacksOffFromTenSeconds) {
  api_.AddChange(Message(kAda, "hello"));
  api_.QueueFault(kChangeLog, Json(429, R"({"status":429,"message":"Too many requests"})"));
  api_.QueueFault(kChangeLog, Json(429, R"({"status":429,"message":"Too many requests"})"));
  Result<PollResult> result = Poll();
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(last_.events.size(), 1u);
  const auto sleeps = clock_.sleeps();
  ASSERT_GE(sleeps.size(), 2u);
  EXPECT_GE(sleeps[0], std::chrono::seconds(10));
  EXPECT_GE(sleeps[1], std::chrono::seconds(20));
}

TEST_F(LinkedinPollerTest, TransientFailuresAreRetriedNeverTakenForNoData) {
  api_.AddChange(Message(kAda, "survivor"));
  FakeResponse truncated =
      Json(200, std::string(R"({"elements":[],)") + std::string(3000, ' ') + "}");
  truncated.fault = FakeResponse::Fault::kTruncate;
  FakeResponse reset;
  reset.fault = FakeResponse::Fault::kReset;
  api_.QueueFault(kChangeLog, Json(500, R"({"status":500,"message":"Internal error"})"));
  api_.QueueFault(kChangeLog, FakeResponse::Html(503));
  api_.QueueFault(kChangeLog, truncated);
  Result<PollResult> result = Poll();
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(last_.events.size(), 1u);

  api_.AddChange(Message(kAda, "second"), 1);
  api_.QueueFault(kChangeLog, reset);
  FakeResponse slow = Json(200, R"({"elements":[]})");
  slow.delay = milliseconds(3000);  // past the 1 s client timeout
  api_.QueueFault(kChangeLog, slow);
  result = Poll();
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(last_.events.size(), 1u);
  EXPECT_EQ(last_.events[0].text, "second");
  const auto journal = api_.oauth()->journal();
  EXPECT_EQ(std::count_if(
                journal.begin(), journal.end(),
                [](const std::string& line) { return line.find("-> fault") != std::string::npos; }),
            5);  // every fault was answered, and none ended a poll
}

TEST_F(LinkedinPollerTest, TransientFailuresThatOutlastTheRetriesFailThePoll) {
  api_.AddChange(Message(kAda, "hello"));
  for (int i = 0; i < 4; ++i) api_.QueueFault(kChangeLog, FakeResponse::Html(502));
  Result<PollResult> result = Poll();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code(), StatusCode::kUnavailable);
  EXPECT_TRUE(cursor_.empty());
}

TEST_F(LinkedinPollerTest, ASunsetVersionIsAConfigErrorNamingIt) {
  api_version_ = "202301";
  Result<PollResult> result = Poll();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code(), StatusCode::kConfigError);
  EXPECT_NE(result.error().message().find("202301"), std::string::npos) << result.error().message();
  EXPECT_NE(result.error().message().find("NONEXISTENT_VERSION"), std::string::npos);
}

TEST_F(LinkedinPollerTest, ARotatedRefreshTokenIsSavedBeforeItIsUsed) {
  api_.AddChange(Message(kAda, "hello"));
  api_.oauth()->ExpireAccessToken();
  Result<PollResult> result = Poll();
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(last_.events.size(), 1u);
  EXPECT_EQ(keeper_.stored->refresh_token, "refresh-2");
  EXPECT_EQ(keeper_.stored->access_token, "access-2");
  const auto journal = api_.oauth()->journal();
  const auto save = std::find(journal.begin(), journal.end(), "save access-2");
  ASSERT_NE(save, journal.end());
  const auto use = std::find(journal.begin(), journal.end(),
                             std::string("GET ") + kChangeLog + " with access-2");
  ASSERT_NE(use, journal.end());
  EXPECT_LT(save, use);
  const auto token = Requests(FakeLinkedinApi::kTokenPath);
  ASSERT_EQ(token.size(), 1u);
  EXPECT_EQ(token[0].form.at("client_secret"), FakeLinkedinApi::kClientSecret);
  EXPECT_EQ(token[0].Header("authorization"), "");
  EXPECT_TRUE(result->token_expires_at_ms.has_value());
}

TEST_F(LinkedinPollerTest, ARejectedRefreshNeedsReauth) {
  api_.oauth()->ExpireAccessToken();
  api_.oauth()->RevokeRefreshToken();
  Result<PollResult> result = Poll();
  ASSERT_FALSE(result);
  EXPECT_TRUE(IsNeedsReauth(result.error())) << result.error().message();
  EXPECT_EQ(Requests(FakeLinkedinApi::kTokenPath).size(), 1u);
}

TEST_F(LinkedinPollerTest, WithoutARefreshTokenA401NeedsReauth) {
  keeper_.stored = OAuthTokens{"access-0", "", std::nullopt};
  api_.oauth()->ExpireAccessToken();
  Result<PollResult> result = Poll();
  ASSERT_FALSE(result);
  EXPECT_TRUE(IsNeedsReauth(result.error())) << result.error().message();
  EXPECT_TRUE(Requests(FakeLinkedinApi::kTokenPath).empty());
}

TEST_F(LinkedinPollerTest, ARevokedTokenRightAfterConsentIsTriedOnceMore) {
  keeper_.stored = OAuthTokens{"access-0", "", std::nullopt};
  api_.AddChange(Message(kAda, "hello"));
  api_.ReportRevoked(1);
  Result<PollResult> result = Poll();
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(last_.events.size(), 1u);
  const auto sleeps = clock_.sleeps();
  EXPECT_NE(std::find(sleeps.begin(), sleeps.end(), milliseconds(5000)), sleeps.end());

  api_.ReportRevoked(5);
  Result<PollResult> revoked = Poll();
  ASSERT_FALSE(revoked);
  EXPECT_TRUE(IsNeedsReauth(revoked.error())) << revoked.error().message();
  const auto all = clock_.sleeps();
  EXPECT_EQ(std::count(all.begin(), all.end(), milliseconds(5000)), 2);  // once per poll
}

TEST_F(LinkedinPollerTest, TokensNeverReachTheLogOrAStatus) {
  api_.oauth()->SetTokens("other", "SENTINEL-REFRESH-1");
  api_.oauth()->SetIssuedTokenPrefix("SENTINEL-");
  keeper_.stored = OAuthTokens{"SENTINEL-ACCESS-0", "SENTINEL-REFRESH-1", std::nullopt};
  api_.AddChange(Message(kAda, "hello"));
  api_.QueueFault(kChangeLog, FakeResponse::Html(503));
  test::LogCapture log;
  std::vector<std::string> messages;
  Result<PollResult> ok = Poll();
  ASSERT_TRUE(ok) << ok.error().message();
  api_.ReportRevoked(3);
  Result<PollResult> revoked = Poll();
  ASSERT_FALSE(revoked);
  messages.push_back(revoked.error().message());
  api_.oauth()->ExpireAccessToken();
  api_.oauth()->RevokeRefreshToken();
  Result<PollResult> failed = Poll();
  ASSERT_FALSE(failed);
  messages.push_back(failed.error().message());
  const std::string text = log.text();
  EXPECT_NE(text.find("access token refreshed"), std::string::npos) << text;
  EXPECT_EQ(log.Count("SENTINEL"), 0) << text;
  for (const std::string& message : messages) {
    EXPECT_EQ(message.find("SENTINEL"), std::string::npos) << message;
  }
}

TEST_F(LinkedinPollerTest, OrganizationCommentsAndMentionsWithOverlappingWindows) {
  organization_ = "555";
  const int64_t now = api_.NowMs();
  const std::string comment_urn = "urn:li:comment:(urn:li:activity:7000000000000000001,42)";
  api_.AddNotification({"COMMENT", kPost, comment_urn, "", now - 1000});
  api_.AddNotification({"SHARE_MENTION", "urn:li:share:9", "urn:li:share:9", kBob, now - 500});
  api_.AddComment(kPost, {comment_urn, kAda, "Could we talk?", now - 1000});
  ASSERT_TRUE(Poll());
  ASSERT_EQ(last_.events.size(), 2u);
  EXPECT_EQ(last_.events[0].kind, EventKind::kComment);
  EXPECT_EQ(last_.events[0].author.user_id, kAda);
  EXPECT_EQ(last_.events[0].text, "Could we talk?");
  EXPECT_EQ(last_.events[0].conversation_key, linkedin::PostLink(kPost));
  EXPECT_EQ(last_.events[1].kind, EventKind::kMention);
  EXPECT_EQ(last_.events[1].author.user_id, kBob);
  const auto org = Requests(FakeLinkedinApi::kOrgPath);
  ASSERT_EQ(org.size(), 1u);
  EXPECT_NE(org[0].target.find("organizationalEntity=urn%3Ali%3Aorganization%3A555"),
            std::string::npos);

  clock_.Advance(std::chrono::minutes(10));  // the overlap brings both back
  ASSERT_TRUE(Poll());
  EXPECT_TRUE(last_.events.empty());
  const std::string range = Requests(FakeLinkedinApi::kOrgPath).back().query.at("timeRange");
  EXPECT_EQ(range, "(start:" + std::to_string(now - 3600 * 1000) +
                       ",end:" + std::to_string(now + 600 * 1000) + ")");
  api_.AddNotification({"COMMENT", kPost, comment_urn + "x", "", api_.NowMs()});
  api_.AddComment(kPost, {comment_urn + "x", std::string(kOrg), "Sure!", api_.NowMs()});
  ASSERT_TRUE(Poll());
  ASSERT_EQ(last_.events.size(), 1u);
  EXPECT_EQ(last_.events[0].direction, Direction::kOutbound);
}

std::vector<std::pair<std::string, std::string>> SnapshotRow(const std::string& conversation,
                                                             bool from_me, const std::string& other,
                                                             const std::string& date,
                                                             const std::string& text) {
  const std::string me = "https://www.linkedin.com/in/mira-kestrel";
  const std::string them = "https://www.linkedin.com/in/" + other;
  return {{"CONVERSATION ID", conversation},
          {"CONVERSATION TITLE", ""},
          {"FROM", from_me ? "Mira Kestrel" : other},
          {"SENDER PROFILE URL", from_me ? me : them},
          {"TO", from_me ? other : "Mira Kestrel"},
          {"RECIPIENT PROFILE URLS", from_me ? them : me},
          {"DATE", date},
          {"SUBJECT", ""},
          {"CONTENT", text},
          {"FOLDER", "INBOX"}};
}

TEST_F(LinkedinPollerTest, TheInboxSnapshotIsReadOncePartByPartLikeTheArchive) {
  max_pages_ = 2;  // 2 snapshot pages of 10 rows per poll
  for (int i = 0; i < 25; ++i) {
    const std::string other = "person-" + std::to_string(i % 3);
    api_.AddSnapshotRow(SnapshotRow(
        "2-conv" + std::to_string(i % 3), i % 2 == 0, other,
        "2023-10-0" + std::to_string(1 + i % 9) + " 10:00:" + std::to_string(10 + i) + " UTC",
        "history \"" + std::to_string(i) + "\", with, commas"));
  }
  ASSERT_TRUE(Poll());
  EXPECT_EQ(last_.events.size(), 20u);
  EXPECT_EQ(cursor_.at(LinkedinApiPoller::kSnapshotInbox), "20");
  EXPECT_EQ(cursor_.at(LinkedinApiPoller::kMemberProfileUrl),
            "https://www.linkedin.com/in/mira-kestrel");
  const Event first = last_.events[0];
  EXPECT_EQ(first.kind, EventKind::kDm);
  EXPECT_EQ(first.direction, Direction::kOutbound);
  EXPECT_EQ(first.conversation_key, "2-conv0");
  EXPECT_EQ(first.text, "history \"0\", with, commas");
  EXPECT_EQ(first.source, "GET /rest/memberSnapshotData?domain=INBOX");
  EXPECT_EQ(last_.events[1].direction, Direction::kInbound);
  EXPECT_EQ(last_.events[1].author.profile_url, "https://www.linkedin.com/in/person-1");

  ASSERT_TRUE(Poll());
  EXPECT_EQ(last_.events.size(), 5u);
  EXPECT_EQ(cursor_.at(LinkedinApiPoller::kSnapshotInbox), "done");
  EXPECT_EQ(stored_.size(), 25u);
  const size_t snapshot_calls = Requests(FakeLinkedinApi::kSnapshotPath).size();
  EXPECT_EQ(snapshot_calls, 3u);

  // The same message later seen in the changelog (no profile decorations): the owner's URL
  // learnt from the snapshot keys it like the archive, so it is stored once.
  api_.AddChange(
      R"("resourceName":"messages","method":"CREATE","owner":")" + std::string(kMe) +
      R"(","actor":")" + kMe + R"(","activity":{"author":")" + kMe + R"(","createdAt":)" +
      std::to_string(1696154410000 + 500) +
      R"(,"thread":"urn:li:messagingThread:2-conv0","body":"history \"0\", with, commas"})");
  ASSERT_TRUE(Poll());
  ASSERT_EQ(last_.events.size(), 1u);
  EXPECT_EQ(last_.events[0].external_id, first.external_id);
  EXPECT_EQ(stored_.size(), 25u);
  EXPECT_EQ(Requests(FakeLinkedinApi::kSnapshotPath).size(), snapshot_calls);
}

TEST_F(LinkedinPollerTest, AMessageInBothSnapshotAndChangelogIsEmittedOncePerPoll) {
  for (int i = 0; i < 3; ++i) {
    api_.AddSnapshotRow(SnapshotRow("2-conv" + std::to_string(i), true,
                                    "person-" + std::to_string(i), "2023-10-01 10:00:10 UTC",
                                    "hello " + std::to_string(i)));
  }
  api_.AddChange(R"("resourceName":"messages","method":"CREATE","owner":")" + std::string(kMe) +
                 R"(","actor":")" + kMe + R"(","activity":{"createdAt":1696154410999,)" +
                 R"("thread":"urn:li:messagingThread:2-conv1","body":"hello 1"})");
  Result<PollResult> result = Poll();
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(last_.events.size(), 3u);
  EXPECT_EQ(last_.skips["already emitted in this poll"], 1);
  std::set<std::string> ids;
  for (const Event& event : last_.events) ids.insert(event.external_id);
  EXPECT_EQ(ids.size(), 3u);
}

TEST_F(LinkedinPollerTest, EveryEndpointGetsTheVersionAndProtocolHeaders) {
  organization_ = "urn:li:organization:555";
  api_version_ = "202503";
  const std::string comment_urn = "urn:li:comment:(urn:li:activity:7000000000000000001,1)";
  api_.AddNotification({"COMMENT", kPost, comment_urn, "", api_.NowMs() - 10});
  api_.AddComment(kPost, {comment_urn, kAda, "hi", api_.NowMs() - 10});
  ASSERT_TRUE(Poll());
  const auto requests = server_.requests();
  ASSERT_EQ(requests.size(), 4u);  // snapshot, changelog, notifications, comments
  for (const test::FakeRequest& request : requests) {
    EXPECT_EQ(request.Header("linkedin-version"), "202503") << request.path;
    EXPECT_EQ(request.Header("x-restli-protocol-version"), "2.0.0") << request.path;
    EXPECT_EQ(request.Header("authorization"), "Bearer access-0") << request.path;
  }
  // The post URN is one encoded path segment.
  EXPECT_EQ(requests[3].path,
            "/rest/socialActions/urn%3Ali%3Aactivity%3A7000000000000000001/comments");
}

TEST_F(LinkedinPollerTest, ACursorOlderThanTheChangelogsRetentionIsReported) {
  ASSERT_TRUE(Poll());
  api_.AddChange(Message(kAda, "late"));
  cursor_[LinkedinApiPoller::kChangeLogStartTime] =
      std::to_string(api_.NowMs() - FakeLinkedinApi::kRetentionMs - 1000);
  Result<PollResult> result = Poll();
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(last_.events.size(), 1u);
  ASSERT_EQ(result->partial_errors.size(), 1u);
  EXPECT_NE(result->partial_errors[0].find("older than 28 days"), std::string::npos);
}

TEST_F(LinkedinPollerTest, SnapshotRowsWithoutAKnowableOwnerAreReportedNotRetried) {
  api_.AddSnapshotRow(SnapshotRow("2-solo", false, "ada", "2023-10-01 10:00:10 UTC", "hi"));
  api_.AddChange(Message(kAda, "live"));
  Result<PollResult> result = Poll();
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(last_.events.size(), 1u);  // the changelog still counts
  ASSERT_EQ(result->partial_errors.size(), 1u);
  EXPECT_NE(result->partial_errors[0].find("1 snapshot rows not imported"), std::string::npos)
      << result->partial_errors[0];
  EXPECT_EQ(cursor_.at(LinkedinApiPoller::kSnapshotInbox), "done");
  ASSERT_TRUE(Poll());
  EXPECT_EQ(Requests(FakeLinkedinApi::kSnapshotPath).size(), 1u);
}

// The daemon's loop over a real store: messages keep arriving between polls and while a poll
// pages, faults hit some requests; every message ends up stored exactly once.
TEST_F(LinkedinPollerTest, ManyPollsThroughAStoreStoreEachMessageExactlyOnce) {
  test::TempDir dir;
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  ASSERT_TRUE(store) << store.error().message();
  const PollSource source{"linkedin", "me"};
  api_.SetMaxCount(7);  // many pages per poll, read through paging.count
  int added_by_hook = 0;
  int next = 0;
  api_.OnRequest([&](const test::FakeRequest& request) {
    if (request.path == kChangeLog && request.query.contains("start") && added_by_hook < 20) {
      ++added_by_hook;
      // Processed after everything already served, possibly at the same millisecond
      // as the latest (offset 2): a tie at the next poll's inclusive startTime.
      api_.AddChange(Message(kAda, "during " + std::to_string(added_by_hook)), 2);
    }
  });
  const std::vector<std::string> names = {
      LinkedinApiPoller::kMemberUrn, LinkedinApiPoller::kMemberProfileUrl,
      LinkedinApiPoller::kChangeLogStartTime, LinkedinApiPoller::kChangeLogBoundaryIds,
      LinkedinApiPoller::kSnapshotInbox};
  int64_t added = 0;
  for (int round = 0; round < 8; ++round) {
    for (int i = 0; i < 30; ++i) {
      api_.AddChange(Message(round % 2 ? kMe : kAda,
                             Numbered("r", round) + "-" + std::to_string(next++)),
                     i % 3);  // shared processedAt values at the boundary
    }
    if (round % 3 == 1) api_.QueueFault(kChangeLog, FakeResponse::Html(503));
    if (round == 4) {
      for (int i = 0; i < 4; ++i) api_.QueueFault(kChangeLog, FakeResponse::Html(502));
    }
    PollCursor cursor;
    for (const std::string& name : names) {
      if (auto value = store->Cursor(source, name).value()) cursor[name] = *value;
    }
    if (!poller_) poller_ = MakePoller();
    auto session = store->BeginPoll(source);
    ASSERT_TRUE(session);
    struct SessionSink final : EventSink {
      PollSession& session;
      explicit SessionSink(PollSession& s) : session(s) {}
      Status Emit(Event event) override { return session.Emit(std::move(event)); }
      void Skip(std::string_view) override {}
      void Progress(uint64_t) override {}
    } sink(**session);
    Result<PollResult> result = poller_->Poll(cursor, sink);
    if (!result) {
      EXPECT_EQ(round, 4) << result.error().message();
      continue;  // the session is dropped uncommitted
    }
    if (result->owner) (*session)->SetOwner("linkedin", *result->owner);
    for (const auto& [name, value] : result->cursor)
      ASSERT_TRUE((*session)->SetCursor(name, value).ok());
    Result<PollCounts> counts = (*session)->Commit(api_.NowMs());
    ASSERT_TRUE(counts) << counts.error().message();
    added += counts->added;
    clock_.Advance(std::chrono::minutes(30));
  }
  // A last quiet pass picks up what arrived during the last poll.
  for (int round = 0; round < 2; ++round) {
    PollCursor cursor;
    for (const std::string& name : names) {
      if (auto value = store->Cursor(source, name).value()) cursor[name] = *value;
    }
    auto session = store->BeginPoll(source);
    ASSERT_TRUE(session);
    CollectSink collect;
    Result<PollResult> result = poller_->Poll(cursor, collect);
    ASSERT_TRUE(result) << result.error().message();
    for (Event& event : collect.events) ASSERT_TRUE((*session)->Emit(std::move(event)).ok());
    for (const auto& [name, value] : result->cursor)
      ASSERT_TRUE((*session)->SetCursor(name, value).ok());
    Result<PollCounts> counts = (*session)->Commit(api_.NowMs());
    ASSERT_TRUE(counts);
    added += counts->added;
  }
  const int64_t total = 8 * 30 + added_by_hook;
  EXPECT_GT(added_by_hook, 5);  // messages did arrive while polls paged
  EXPECT_EQ(added, total);
  EXPECT_EQ(store->connection().QueryInt("SELECT count(*) FROM events").value(), total);
  EXPECT_EQ(store->connection()
                .QueryInt("SELECT count(*) FROM (SELECT external_id FROM events GROUP BY "
                          "external_id HAVING count(*) > 1)")
                .value(),
            0);
}

TEST(LinkedinPollerFactory, TheRegistryOffersItAndItChecksSettings) {
  const ConnectorDescriptor* linkedin = nullptr;
  for (const ConnectorDescriptor* connector : Connectors()) {
    if (connector->name == "linkedin") linkedin = connector;
  }
  ASSERT_NE(linkedin, nullptr);
  ASSERT_NE(linkedin->make_api_poller, nullptr);
  test::FakeClock clock;
  test::FakeApiServer server;
  FakeLinkedinApi api(server, [&] { return clock.Now(); });
  test::JournalTokenKeeper<FakeLinkedinApi> keeper(api);
  PollerSettings settings(clock, keeper);
  Result<std::unique_ptr<ApiPoller>> poller = linkedin->make_api_poller(settings);
  ASSERT_FALSE(poller);
  EXPECT_EQ(poller.error().code(), StatusCode::kConfigError);
  settings.api_base_url = server.base_url();
  EXPECT_TRUE(linkedin->make_api_poller(settings));
  EXPECT_EQ(LinkedinApiPoller::DefaultTokenUrl("https://api.linkedin.com/"),
            "https://www.linkedin.com/oauth/v2/accessToken");
  EXPECT_EQ(LinkedinApiPoller::DefaultTokenUrl(server.base_url() + "/"),
            server.base_url() + "/oauth/v2/accessToken");
}

}  // namespace
}  // namespace touchpoint
