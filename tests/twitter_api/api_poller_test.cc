// The X API v2 poller against a fake X on loopback: paging, cursors, faults, token refresh.
#include "connectors/twitter/api_poller.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <random>
#include <set>

#include "connectors/common/timestamp.h"
#include "connectors/connector.h"
#include "tests/daemon/log_capture.h"
#include "tests/support/fake_api_server.h"
#include "tests/support/fake_clock.h"
#include "tests/twitter_api/collect_sink.h"
#include "tests/twitter_api/fake_x_api.h"
#include "tests/support/journal_token_keeper.h"

namespace touchpoint {
namespace {

using std::chrono::milliseconds;
using test::CollectSink;
using test::FakeDm;
using test::FakeResponse;
using test::FakeTweet;
using test::FakeUser;
using test::FakeXApi;
using twitter::TwitterApiPoller;

const FakeUser kMe{"1000000000000000001", "me_handle", "Me Myself"};
const FakeUser kAda{"2000000000000000002", "ada_l", "Ada L"};
const FakeUser kBob{"3000000000000000003", "bob", "Bob B"};
const std::string kMentionsPath = "/2/users/" + kMe.id + "/mentions";
constexpr char kDmPath[] = "/2/dm_events";
constexpr char kTokenPath[] = "/2/oauth2/token";

std::string IdAt(uint64_t n) {
  // 18 digits first, then 19: ordering must go by length before letters.
  return std::to_string(999'999'999'999'999'900ULL + n * 10);
}

FakeResponse Unavailable() { return FakeResponse::Json(503, R"({"title":"Service Unavailable"})"); }

FakeResponse Truncated() {
  FakeResponse response = FakeResponse::Json(
      200, std::string(R"({"data":[{"id":"1"}],)") + std::string(4000, ' ') + "}");
  response.fault = FakeResponse::Fault::kTruncate;
  return response;
}

class ApiPollerTest : public ::testing::Test {
 protected:
  ApiPollerTest() {
    x_.AddUser(kAda);
    x_.AddUser(kBob);
    keeper_.stored = OAuthTokens{"access-0", "refresh-0", std::nullopt};
    policy_.max_attempts = 3;
    policy_.base_delay = milliseconds(100);
    policy_.max_delay = milliseconds(1000);
    policy_.seed = 7;
  }

  std::unique_ptr<ApiPoller> MakePoller() {
    HttpClientOptions http;
    http.connect_timeout = milliseconds(2000);
    http.total_timeout = milliseconds(2000);
    PollerSettings settings(clock_, keeper_);
    settings.api_base_url = server_.base_url() + "/";
    settings.account = "alice";
    settings.client_id = FakeXApi::kClientId;
    settings.client_secret = FakeXApi::kClientSecret;
    settings.http = http;
    settings.retry = policy_;
    Result<std::unique_ptr<ApiPoller>> poller = TwitterApiPoller::Create(settings);
    EXPECT_TRUE(poller) << poller.error().message();
    return poller ? std::move(*poller) : nullptr;
  }

  // One poll as the daemon runs it: on success the events are stored (deduplicated by id)
  // and the cursor taken; on failure both are dropped.
  Result<PollResult> Poll() {
    if (!poller_) poller_ = MakePoller();
    CollectSink sink;
    Result<PollResult> result = poller_->Poll(cursor_, sink);
    last_events_ = sink.events;
    last_skips_ = sink.skips;
    if (result) {
      for (Event& event : sink.events) stored_.insert_or_assign(event.external_id, event);
      cursor_ = result->cursor;
    }
    return result;
  }

  std::string NextId() { return IdAt(next_id_++); }

  std::string AddMention(const FakeUser& from, std::string text = "hi @me_handle") {
    FakeTweet tweet;
    tweet.id = NextId();
    tweet.author_id = from.id;
    tweet.text = std::move(text);
    tweet.mentions = {{kMe.id, kMe.username, ""}};
    x_.AddMention(tweet);
    return tweet.id;
  }

  std::string AddDm(const FakeUser& from, const std::string& conversation) {
    FakeDm dm;
    dm.id = NextId();
    dm.sender_id = from.id;
    dm.conversation_id = conversation;
    dm.text = "dm " + dm.id;
    x_.AddDm(dm);
    return dm.id;
  }

  size_t Requests(const std::string& path) const {
    const auto requests = server_.requests();
    return std::count_if(requests.begin(), requests.end(),
                         [&](const test::FakeRequest& r) { return r.path == path; });
  }

  std::set<std::string> StoredIds() const {
    std::set<std::string> ids;
    for (const auto& [id, event] : stored_) ids.insert(id);
    return ids;
  }

  test::FakeClock clock_;
  test::FakeApiServer server_{[this] { return clock_.Now(); }};
  FakeXApi x_{server_, kMe};
  test::JournalTokenKeeper<FakeXApi> keeper_{x_};
  RetryPolicy policy_;
  std::unique_ptr<ApiPoller> poller_;
  PollCursor cursor_;
  std::map<std::string, Event> stored_;
  std::vector<Event> last_events_;
  std::map<std::string, int> last_skips_;
  uint64_t next_id_ = 1;
};

TEST_F(ApiPollerTest, FirstPollResolvesMeOnceAndReadsMentionsAndDms) {
  const std::string mention = AddMention(kAda, "hey @me_handle &amp; all");
  const std::string dm = AddDm(kAda, kMe.id + "-" + kAda.id);

  Result<PollResult> first = Poll();
  ASSERT_TRUE(first) << first.error().message();
  EXPECT_EQ(cursor_.at(TwitterApiPoller::kMeId), kMe.id);
  EXPECT_EQ(cursor_.at(TwitterApiPoller::kMeUsername), kMe.username);
  EXPECT_EQ(cursor_.at(TwitterApiPoller::kMentionsSinceId), mention);
  EXPECT_EQ(cursor_.at(TwitterApiPoller::kDmNewestId), dm);
  ASSERT_TRUE(first->owner.has_value());
  EXPECT_EQ(first->owner->handle, kMe.username);
  ASSERT_EQ(stored_.size(), 2u);
  const Event& tweet = stored_.at(mention);
  EXPECT_EQ(tweet.kind, EventKind::kMention);
  EXPECT_EQ(tweet.direction, Direction::kInbound);
  EXPECT_EQ(tweet.author.handle, kAda.username);
  EXPECT_EQ(tweet.text, "hey @me_handle & all");
  EXPECT_EQ(tweet.source, "GET /2/users/:id/mentions");
  const Event& message = stored_.at(dm);
  EXPECT_EQ(message.kind, EventKind::kDm);
  EXPECT_EQ(message.direction, Direction::kInbound);
  EXPECT_EQ(message.conversation_key, kMe.id + "-" + kAda.id);

  const test::FakeRequest mentions = server_.requests()[1];
  ASSERT_EQ(mentions.path, kMentionsPath);
  EXPECT_EQ(mentions.query.count("since_id"), 0u);
  EXPECT_EQ(mentions.query.at("max_results"), "100");
  EXPECT_EQ(mentions.query.at("tweet.fields"),
            "created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets,entities");
  EXPECT_EQ(mentions.query.at("expansions"), "author_id");
  EXPECT_EQ(mentions.query.at("user.fields"), "username,name");

  AddMention(kBob);
  Result<PollResult> second = Poll();
  ASSERT_TRUE(second) << second.error().message();
  EXPECT_EQ(Requests("/2/users/me"), 1u);  // cached in the cursor
  EXPECT_EQ(server_.requests().back().path, kDmPath);
  EXPECT_EQ(server_.requests()[3].query.at("since_id"), mention);
  EXPECT_EQ(last_events_.size(), 1u);
}

TEST_F(ApiPollerTest, EveryPageOfAPollIsReadAndSinceIdIsTheNewestId) {
  x_.SetPageSize(3);
  std::vector<std::string> ids;
  for (int i = 0; i < 8; ++i) ids.push_back(AddMention(i % 2 == 0 ? kAda : kBob));
  // A mention that arrives while the poll pages is newer than the whole poll: the next poll
  // reads it.
  std::string late;
  x_.OnRequest([&](const test::FakeRequest& request) {
    if (late.empty() && request.query.count("pagination_token") != 0) late = AddMention(kBob);
  });

  Result<PollResult> first = Poll();
  ASSERT_TRUE(first) << first.error().message();
  EXPECT_EQ(Requests(kMentionsPath), 3u);
  EXPECT_EQ(last_events_.size(), 8u);
  EXPECT_EQ(cursor_.at(TwitterApiPoller::kMentionsSinceId), ids.back());
  ASSERT_FALSE(late.empty());
  EXPECT_EQ(stored_.count(late), 0u);

  Result<PollResult> second = Poll();
  ASSERT_TRUE(second) << second.error().message();
  ASSERT_EQ(last_events_.size(), 1u);
  EXPECT_EQ(last_events_[0].external_id, late);
  EXPECT_EQ(cursor_.at(TwitterApiPoller::kMentionsSinceId), late);
}

TEST_F(ApiPollerTest, NothingNewKeepsTheCursor) {
  Result<PollResult> empty = Poll();
  ASSERT_TRUE(empty) << empty.error().message();
  EXPECT_TRUE(last_events_.empty());
  EXPECT_EQ(cursor_.count(TwitterApiPoller::kMentionsSinceId), 0u);
  EXPECT_EQ(cursor_.count(TwitterApiPoller::kDmNewestId), 0u);

  const std::string id = AddMention(kAda);
  ASSERT_TRUE(Poll());
  ASSERT_TRUE(Poll());
  EXPECT_TRUE(last_events_.empty());
  EXPECT_EQ(cursor_.at(TwitterApiPoller::kMentionsSinceId), id);
}

TEST_F(ApiPollerTest, AMentionIndexedLateIsFoundByTheHourlyOverlapPass) {
  AddMention(kAda);
  const std::string newest = AddMention(kBob);
  const auto first_poll = clock_.Now();
  ASSERT_TRUE(Poll());
  EXPECT_EQ(cursor_.count(TwitterApiPoller::kMentionsOverlapAt), 1u);
  // X indexes a mention late: its id is below the since_id already read.
  FakeTweet late;
  late.id = "999999999999999915";
  late.author_id = kAda.id;
  late.text = "@me_handle indexed late";
  late.mentions = {{kMe.id, kMe.username, ""}};
  x_.AddMention(late);
  const auto start_times = [&] {
    std::vector<std::string> values;
    for (const test::FakeRequest& request : server_.requests()) {
      if (request.query.count("start_time") != 0) values.push_back(request.query.at("start_time"));
    }
    return values;
  };

  clock_.Advance(std::chrono::minutes(30));
  ASSERT_TRUE(Poll());
  EXPECT_EQ(StoredIds().count(late.id), 0u);  // since_id alone never sees it
  EXPECT_TRUE(start_times().empty());         // and the pass is not due yet

  clock_.Advance(std::chrono::minutes(31));
  Result<PollResult> due = Poll();
  ASSERT_TRUE(due) << due.error().message();
  EXPECT_EQ(StoredIds().count(late.id), 1u);
  const std::vector<std::string> passes = start_times();
  ASSERT_EQ(passes.size(), 1u);
  // From ten minutes before the previous pass (the first poll), in whole seconds.
  EXPECT_EQ(ParseIso8601Ms(passes[0]),
            std::chrono::duration_cast<std::chrono::milliseconds>(
                (first_poll - std::chrono::minutes(10)).time_since_epoch())
                .count());
  EXPECT_EQ(passes[0].find('.'), std::string::npos);
  EXPECT_EQ(cursor_.at(TwitterApiPoller::kMentionsSinceId), newest);  // not moved back

  ASSERT_TRUE(Poll());
  EXPECT_EQ(start_times().size(), 1u);  // the next pass is an hour away again
}

TEST_F(ApiPollerTest, DmPagingStopsAtTheNewestKnownEvent) {
  x_.SetPageSize(3);
  for (int i = 0; i < 7; ++i) AddDm(i % 2 == 0 ? kAda : kMe, kMe.id + "-" + kAda.id);
  ASSERT_TRUE(Poll());
  EXPECT_EQ(Requests(kDmPath), 3u);
  EXPECT_EQ(last_events_.size(), 7u);

  const std::string a = AddDm(kBob, kMe.id + "-" + kBob.id);
  const std::string b = AddDm(kMe, kMe.id + "-" + kBob.id);
  ASSERT_TRUE(Poll());
  EXPECT_EQ(Requests(kDmPath), 4u);  // one page reaches the known newest event
  ASSERT_EQ(last_events_.size(), 2u);
  EXPECT_EQ(cursor_.at(TwitterApiPoller::kDmNewestId), b);
  const Event& outbound = stored_.at(b);
  EXPECT_EQ(outbound.direction, Direction::kOutbound);
  EXPECT_EQ(outbound.author.user_id, kMe.id);
  ASSERT_EQ(outbound.counterparts.size(), 1u);
  EXPECT_EQ(outbound.counterparts[0].user_id, kBob.id);
  EXPECT_EQ(stored_.at(a).author.handle, kBob.username);
}

TEST_F(ApiPollerTest, GroupDmParticipantsComeFromAllEventsOfThePoll) {
  const std::string group = "1500000000000000000";
  FakeDm join;
  join.id = NextId();
  join.sender_id = kMe.id;
  join.conversation_id = group;
  join.event_type = "ParticipantsJoin";
  join.participant_ids = {kAda.id, kBob.id};
  x_.AddDm(join);
  const std::string message = AddDm(kAda, group);

  ASSERT_TRUE(Poll());
  ASSERT_EQ(last_events_.size(), 1u);
  EXPECT_EQ(last_skips_["group event (join, leave, rename, reaction)"], 1);
  const Event& event = stored_.at(message);
  EXPECT_EQ(event.conversation_key, group);
  std::set<std::string> counterparts;
  for (const Identity& someone : event.counterparts) counterparts.insert(someone.user_id);
  EXPECT_EQ(counterparts, (std::set<std::string>{kAda.id, kBob.id}));
}

TEST_F(ApiPollerTest, RateLimitWaitsForTheAdvertisedReset) {
  AddMention(kAda);
  const auto reset = std::chrono::system_clock::to_time_t(clock_.Now()) + 120;
  x_.QueueFault(kMentionsPath,
                FakeResponse::Json(429, R"({"title":"Too Many Requests","status":429})")
                    .WithHeader("x-rate-limit-remaining", "3")
                    .WithHeader("x-rate-limit-reset", std::to_string(reset)));
  const auto before = clock_.Now();
  Result<PollResult> result = Poll();
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(last_events_.size(), 1u);
  EXPECT_GE(clock_.Now() - before, std::chrono::seconds(120));
}

TEST_F(ApiPollerTest, TransientFailuresAreRetriedWithinThePoll) {
  x_.SetPageSize(2);
  for (int i = 0; i < 5; ++i) AddMention(kAda);
  for (int i = 0; i < 3; ++i) AddDm(kBob, kMe.id + "-" + kBob.id);
  x_.QueueFault(kMentionsPath, Unavailable());
  x_.QueueFault(kMentionsPath, FakeResponse::Html(502));
  x_.QueueFault(kDmPath, Truncated());
  Result<PollResult> result = Poll();
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(StoredIds(), x_.TouchpointIds());
  EXPECT_FALSE(clock_.sleeps().empty());  // backoff went through the fake clock
}

TEST_F(ApiPollerTest, AFailedPageFailsThePollAndTheNextPollStartsFromTheOldCursor) {
  x_.SetPageSize(2);
  const std::string first = AddMention(kAda);
  ASSERT_TRUE(Poll());
  const PollCursor before = cursor_;
  for (int i = 0; i < 5; ++i) AddMention(kBob);
  // Page 1 answers, page 2 keeps failing: the attempts run out.
  x_.OnRequest([&](const test::FakeRequest& request) {
    if (request.query.count("pagination_token") != 0) {
      for (int i = 0; i < policy_.max_attempts; ++i) x_.QueueFault(kMentionsPath, Unavailable());
      x_.OnRequest(nullptr);
    }
  });
  Result<PollResult> failed = Poll();
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().code(), StatusCode::kUnavailable);
  EXPECT_EQ(last_events_.size(), 2u);  // page 1 was emitted, and is discarded
  EXPECT_EQ(cursor_, before);
  EXPECT_EQ(cursor_.at(TwitterApiPoller::kMentionsSinceId), first);

  Result<PollResult> again = Poll();
  ASSERT_TRUE(again) << again.error().message();
  EXPECT_EQ(last_events_.size(), 5u);
  EXPECT_EQ(StoredIds(), x_.TouchpointIds());
}

TEST_F(ApiPollerTest, PartialErrorsAreReportedAndTheDataIsKept) {
  AddMention(kAda);
  AddMention(kBob);
  x_.AddPartialErrors(kMentionsPath, 1);
  Result<PollResult> result = Poll();
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(last_events_.size(), 2u);
  ASSERT_EQ(result->partial_errors.size(), 1u);
  EXPECT_EQ(result->partial_errors[0], "Forbidden: User has been suspended: [666].");
}

TEST_F(ApiPollerTest, AnExpiredTokenIsRefreshedSavedAndOnlyThenUsed) {
  AddMention(kAda);
  x_.oauth()->ExpireAccessToken();
  Result<PollResult> result = Poll();
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(last_events_.size(), 1u);
  EXPECT_EQ(x_.oauth()->refreshes(), 1);
  ASSERT_TRUE(keeper_.stored.has_value());
  EXPECT_EQ(keeper_.stored->access_token, "access-1");
  EXPECT_EQ(keeper_.stored->refresh_token, "refresh-1");
  EXPECT_EQ(keeper_.stored->refresh_token, x_.oauth()->refresh_token());
  ASSERT_TRUE(keeper_.stored->access_expires_at_ms.has_value());
  EXPECT_EQ(result->token_expires_at_ms, keeper_.stored->access_expires_at_ms);

  const std::vector<std::string> journal = x_.oauth()->journal();
  const auto at = [&](const std::string& prefix) {
    return std::find_if(journal.begin(), journal.end(),
                        [&](const std::string& e) { return e.starts_with(prefix); }) -
           journal.begin();
  };
  const auto refused = at("GET /2/users/me with access-0");
  const auto refresh = at("POST /2/oauth2/token -> access-1");
  const auto save = at("save access-1");
  const auto first_use = at("GET /2/users/me with access-1");
  ASSERT_LT(first_use, static_cast<long>(journal.size())) << testing::PrintToString(journal);
  EXPECT_LT(refused, refresh);
  EXPECT_LT(refresh, save);
  EXPECT_LT(save, first_use);

  // The old refresh token is spent: a second expiry refreshes with the rotated one.
  x_.oauth()->ExpireAccessToken();
  ASSERT_TRUE(Poll());
  EXPECT_EQ(x_.oauth()->refreshes(), 2);
  EXPECT_EQ(keeper_.stored->refresh_token, "refresh-2");
}

TEST_F(ApiPollerTest, ATokenExpiringWithinFiveMinutesIsRefreshedBeforeTheFirstCall) {
  const auto now_ms =
      std::chrono::duration_cast<milliseconds>(clock_.Now().time_since_epoch()).count();
  keeper_.stored->access_expires_at_ms = now_ms + 6 * 60 * 1000;
  ASSERT_TRUE(Poll());
  EXPECT_EQ(x_.oauth()->refreshes(), 0);

  keeper_.stored->access_expires_at_ms = now_ms + 4 * 60 * 1000;
  ASSERT_TRUE(Poll());
  EXPECT_EQ(x_.oauth()->refreshes(), 1);
  const std::vector<std::string> journal = x_.oauth()->journal();
  const auto refresh = std::find_if(journal.begin(), journal.end(),
                                    [](const std::string& e) { return e.starts_with("POST"); });
  ASSERT_NE(refresh, journal.end());
  EXPECT_EQ(*std::next(refresh), "save access-1");
  for (auto e = std::next(refresh, 2); e != journal.end(); ++e) {
    EXPECT_NE(e->find("with access-1"), std::string::npos) << *e;
  }
}

TEST_F(ApiPollerTest, AFailedEarlyRefreshGoesOnWithTheStillValidToken) {
  AddMention(kAda);
  const auto now_ms =
      std::chrono::duration_cast<milliseconds>(clock_.Now().time_since_epoch()).count();
  keeper_.stored->access_expires_at_ms = now_ms + 2 * 60 * 1000;
  x_.QueueFault(kTokenPath, Unavailable());
  Result<PollResult> early = Poll();
  ASSERT_TRUE(early) << early.error().message();
  EXPECT_EQ(last_events_.size(), 1u);
  EXPECT_EQ(x_.oauth()->refreshes(), 0);
  EXPECT_EQ(Requests(kTokenPath), 1u);  // a POST is not retried: X may have rotated already

  // Once expired, the same failure fails the poll.
  clock_.Advance(std::chrono::minutes(3));
  x_.QueueFault(kTokenPath, Unavailable());
  Result<PollResult> late = Poll();
  ASSERT_FALSE(late);
  EXPECT_EQ(late.error().code(), StatusCode::kUnavailable);
  EXPECT_FALSE(IsNeedsReauth(late.error()));
}

TEST_F(ApiPollerTest, ARejectedRefreshNeedsReauthAndIsNotRetried) {
  AddMention(kAda);
  x_.oauth()->ExpireAccessToken();
  x_.oauth()->RevokeRefreshToken();
  Result<PollResult> result = Poll();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code(), StatusCode::kPermission);
  EXPECT_TRUE(IsNeedsReauth(result.error())) << result.error().message();
  EXPECT_NE(result.error().message().find("invalid_request"), std::string::npos)
      << result.error().message();
  EXPECT_EQ(Requests(kTokenPath), 1u);
  EXPECT_EQ(keeper_.saves, 0);
}

TEST_F(ApiPollerTest, APlain403IsNotReauth) {
  AddMention(kAda);
  // The token works for users/me but not for mentions, even after a refresh.
  for (int i = 0; i < 2; ++i) {
    x_.QueueFault(kMentionsPath, FakeResponse::Json(403, R"({"title":"Forbidden"})"));
  }
  Result<PollResult> result = Poll();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code(), StatusCode::kPermission);
  EXPECT_FALSE(IsNeedsReauth(result.error()));
  EXPECT_EQ(x_.oauth()->refreshes(), 1);  // once per poll, never in a loop
}

TEST_F(ApiPollerTest, WithoutARefreshTokenAnExpiredTokenNeedsReauth) {
  keeper_.stored->refresh_token.clear();
  x_.oauth()->ExpireAccessToken();
  Result<PollResult> result = Poll();
  ASSERT_FALSE(result);
  EXPECT_TRUE(IsNeedsReauth(result.error())) << result.error().message();
  EXPECT_EQ(Requests(kTokenPath), 0u);
}

TEST_F(ApiPollerTest, ANewPairThatCannotBeSavedIsNotUsed) {
  x_.oauth()->ExpireAccessToken();
  keeper_.fail_saves = true;
  Result<PollResult> result = Poll();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code(), StatusCode::kIoError);
  for (const std::string& entry : x_.oauth()->journal()) {
    EXPECT_EQ(entry.find("with access-1"), std::string::npos) << entry;
  }
}

TEST_F(ApiPollerTest, TokensNeverReachTheLogOrAStatus) {
  const std::string access = "SENTINEL-ACCESS-7f3a";
  const std::string refresh = "SENTINEL-REFRESH-9b2c";
  x_.oauth()->SetTokens("other", refresh);  // the stored access token is refused
  x_.oauth()->SetIssuedTokenPrefix("SENTINEL-");
  keeper_.stored = OAuthTokens{access, refresh, std::nullopt};
  AddMention(kAda);
  AddDm(kAda, kMe.id + "-" + kAda.id);
  x_.QueueFault(kMentionsPath, Unavailable());
  x_.QueueFault(kDmPath, Truncated());

  test::LogCapture log;
  std::vector<std::string> messages;
  Result<PollResult> ok = Poll();
  ASSERT_TRUE(ok) << ok.error().message();
  for (const std::string& error : ok->partial_errors) messages.push_back(error);
  x_.oauth()->ExpireAccessToken();
  x_.oauth()->RevokeRefreshToken();
  Result<PollResult> failed = Poll();
  ASSERT_FALSE(failed);
  messages.push_back(failed.error().message());

  const std::string text = log.text();
  EXPECT_NE(text.find("attempt 2/3"), std::string::npos) << text;  // the log did capture
  EXPECT_NE(text.find("access token refreshed"), std::string::npos) << text;
  EXPECT_EQ(log.Count("SENTINEL"), 0) << text;
  for (const std::string& message : messages) {
    EXPECT_EQ(message.find("SENTINEL"), std::string::npos) << message;
  }
}

// Many polls while mentions and DMs keep arriving (also between the pages of a poll) and
// faults hit random requests: whatever fails, the store ends up with exactly the server's
// items, and after every successful poll nothing at or below its cursor is missing.
TEST_F(ApiPollerTest, ManyPollsWithFaultsLoseAndInventNothing) {
  x_.SetPageSize(3);
  std::mt19937 random(20261126);
  const auto chance = [&](int percent) {
    return std::uniform_int_distribution<int>(0, 99)(random) < percent;
  };
  const std::vector<FakeUser> people = {kAda, kBob};
  const auto arrive = [&] {
    const FakeUser& who = people[random() % people.size()];
    if (chance(50)) {
      FakeTweet tweet;
      tweet.id = NextId();
      tweet.author_id = who.id;
      tweet.text = "@me_handle question " + tweet.id;
      tweet.mentions = {{kMe.id, kMe.username, ""}};
      tweet.retweet = chance(10);
      x_.AddMention(tweet);
    } else {
      AddDm(chance(30) ? kMe : who, kMe.id + "-" + who.id);
    }
  };
  x_.OnRequest([&](const test::FakeRequest&) {
    if (chance(20)) arrive();
  });
  const std::vector<std::string> paths = {kMentionsPath, kDmPath, kTokenPath};
  int failures = 0;
  int successes = 0;
  for (int poll = 0; poll < 60; ++poll) {
    for (int i = static_cast<int>(random() % 8); i > 0; --i) arrive();
    if (chance(40)) {
      const std::string& path = paths[random() % 2];
      const int faults = 1 + static_cast<int>(random() % 3);  // 3 = the attempts run out
      for (int i = 0; i < faults; ++i) {
        x_.QueueFault(path, chance(50) ? Unavailable() : Truncated());
      }
    }
    if (chance(15)) x_.oauth()->ExpireAccessToken();
    if (chance(10)) {
      const auto reset = std::chrono::system_clock::to_time_t(clock_.Now()) + 60;
      x_.QueueFault(paths[random() % 2],
                    FakeResponse::Json(429, R"({"title":"Too Many Requests"})")
                        .WithHeader("x-rate-limit-reset", std::to_string(reset)));
    }
    Result<PollResult> result = Poll();
    if (!result) {
      ++failures;
      // Transient failures outlasted the attempts (kBusy when a 429 took the last one).
      EXPECT_TRUE(result.error().code() == StatusCode::kUnavailable ||
                  result.error().code() == StatusCode::kBusy)
          << result.error().message();
      continue;
    }
    ++successes;
    const std::set<std::string> stored = StoredIds();
    const auto covered = [&](const std::vector<std::string>& ids, const char* name) {
      const auto cursor = cursor_.find(name);
      if (cursor == cursor_.end()) return;
      for (const std::string& id : ids) {
        if (!twitter::IdLess(cursor->second, id)) {
          EXPECT_TRUE(stored.contains(id) || !x_.TouchpointIds().contains(id))
              << "poll " << poll << ": " << id << " at or below " << cursor->second;
        }
      }
    };
    covered(x_.MentionIds(), TwitterApiPoller::kMentionsSinceId);
    covered(x_.DmIds(), TwitterApiPoller::kDmNewestId);
  }
  x_.OnRequest(nullptr);
  ASSERT_TRUE(Poll());
  EXPECT_GT(failures, 3);
  EXPECT_GT(successes, 20);
  EXPECT_GT(x_.oauth()->refreshes(), 3);
  EXPECT_EQ(StoredIds(), x_.TouchpointIds());
  EXPECT_GT(StoredIds().size(), 100u);
  // Every stored event is an item of the server, as the server describes it.
  for (const auto& [id, event] : stored_) {
    EXPECT_EQ(event.platform, "twitter");
    EXPECT_TRUE(event.kind == EventKind::kDm || event.kind == EventKind::kMention) << id;
  }
}

TEST(TwitterPollerFactory, TheRegistryOffersItAndItChecksSettings) {
  const ConnectorDescriptor* twitter = nullptr;
  for (const ConnectorDescriptor* connector : Connectors()) {
    if (connector->name == "twitter") twitter = connector;
  }
  ASSERT_NE(twitter, nullptr);
  ASSERT_NE(twitter->make_api_poller, nullptr);
  test::FakeClock clock;
  test::FakeApiServer server;
  FakeXApi x(server, kMe);
  test::JournalTokenKeeper<FakeXApi> keeper(x);
  PollerSettings settings(clock, keeper);
  settings.account = "a";
  settings.client_id = "c";
  Result<std::unique_ptr<ApiPoller>> poller = twitter->make_api_poller(settings);
  ASSERT_FALSE(poller);
  EXPECT_EQ(poller.error().code(), StatusCode::kConfigError);
  settings.api_base_url = server.base_url();
  settings.client_id.clear();
  EXPECT_FALSE(twitter->make_api_poller(settings));
  settings.client_id = "c";
  EXPECT_TRUE(twitter->make_api_poller(settings));
}

}  // namespace
}  // namespace touchpoint
