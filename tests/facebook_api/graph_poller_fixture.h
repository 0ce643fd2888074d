#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "connectors/connector.h"
#include "connectors/facebook/api_poller.h"
#include "tests/facebook_api/fake_graph_api.h"
#include "tests/support/journal_token_keeper.h"
#include "tests/support/fake_api_server.h"
#include "tests/support/fake_clock.h"
#include "tests/twitter_api/collect_sink.h"

namespace touchpoint::test {

inline const FakePerson kPage{"100200300", "Acme Studio", ""};
inline const FakePerson kAda{"5001", "Ada L", "ada@example.com"};
inline const FakePerson kBob{"5002", "Bob B", ""};
inline const std::string kPagePath = "/" + kPage.id;

// The Graph poller against FakeGraphApi on loopback, polled as the daemon polls: a
// successful poll's events are kept (deduplicated by id) with its cursor; a failed poll's are
// dropped.
class GraphPollerTest : public ::testing::Test {
 protected:
  GraphPollerTest() {
    graph_.oauth()->SetTokens("page-0", "user-0");
    keeper_.stored = OAuthTokens{"page-0", "user-0", std::nullopt};
    policy_.max_attempts = 3;
    policy_.base_delay = std::chrono::milliseconds(100);
    policy_.max_delay = std::chrono::milliseconds(1000);
    policy_.seed = 7;
    http_.connect_timeout = std::chrono::milliseconds(2000);
    http_.total_timeout = std::chrono::milliseconds(2000);
  }

  PollerSettings Settings() {
    PollerSettings settings(clock_, keeper_);
    settings.api_base_url = server_.base_url() + "/";
    settings.account = kPage.id;
    settings.client_secret = app_secret_;
    settings.http = http_;
    settings.retry = policy_;
    settings.max_pages = max_pages_;
    return settings;
  }

  std::unique_ptr<ApiPoller> MakePoller() {
    Result<std::unique_ptr<ApiPoller>> poller = facebook::GraphApiPoller::Create(Settings());
    EXPECT_TRUE(poller) << poller.error().message();
    return poller ? std::move(*poller) : nullptr;
  }

  Result<PollResult> Poll() {
    if (!poller_) poller_ = MakePoller();
    CollectSink sink;
    Result<PollResult> result = poller_->Poll(cursor_, sink);
    last_events_ = sink.events;
    std::set<std::string> ids;
    for (const Event& event : sink.events) {
      EXPECT_TRUE(ids.insert(event.external_id).second)
          << event.external_id << " emitted twice in one poll";
    }
    if (result) {
      for (Event& event : sink.events) stored_.insert_or_assign(event.external_id, event);
      cursor_ = result->cursor;
    }
    return result;
  }

  std::string Message(const std::string& conversation, const FakePerson& from,
                      std::string text = "") {
    FakeMessage message;
    message.from = from;
    message.text = text.empty() ? "hello from " + from.name : std::move(text);
    const FakePerson& other = from.id == kPage.id ? kAda : from;
    return graph_.AddMessage(conversation, {other}, message);
  }

  std::string Comment(const std::string& post, const FakePerson& from,
                      const std::string& parent = "") {
    FakeComment comment;
    comment.from = from;
    comment.text = "comment by " + from.name;
    comment.parent_id = parent;
    return graph_.AddComment(post, comment);
  }

  size_t Requests(const std::string& path_without_version) const {
    const auto requests = server_.requests();
    const std::string path = std::string("/") + FakeGraphApi::kVersion + path_without_version;
    return std::count_if(requests.begin(), requests.end(),
                         [&](const FakeRequest& r) { return r.path == path; });
  }

  std::set<std::string> StoredIds() const {
    std::set<std::string> ids;
    for (const auto& [id, event] : stored_) ids.insert(id);
    return ids;
  }

  const Event* Stored(const std::string& id) const {
    const auto found = stored_.find(id);
    return found != stored_.end() ? &found->second : nullptr;
  }

  FakeClock clock_;
  FakeApiServer server_{[this] { return clock_.Now(); }};
  FakeGraphApi graph_{server_, kPage};
  JournalTokenKeeper<FakeGraphApi> keeper_{graph_};
  RetryPolicy policy_;
  HttpClientOptions http_;
  std::string app_secret_;
  int max_pages_ = 100;
  std::unique_ptr<ApiPoller> poller_;
  PollCursor cursor_;
  std::map<std::string, Event> stored_;
  std::vector<Event> last_events_;
};

}  // namespace touchpoint::test
