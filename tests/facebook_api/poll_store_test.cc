// Exactly-once capture: the Graph poller driven through real SqlitePollSessions of a store
// while messages and comments keep arriving between and during polls, some of which fail.
#include <gtest/gtest.h>

#include <random>

#include "connectors/facebook/api_poller.h"
#include "core/store.h"
#include "tests/facebook_api/graph_poller_fixture.h"
#include "tests/support/temp_dir.h"

namespace touchpoint {
namespace {

using facebook::GraphApiPoller;
using test::FakeComment;
using test::FakeGraphApi;
using test::FakeMessage;
using test::FakePerson;
using test::FakeRequest;
using test::FakeResponse;
using test::kAda;
using test::kBob;
using test::kPage;
using test::kPagePath;

const PollSource kSource{"facebook", kPage.id};

// Every cursor name the poller documents: a store loads cursor values by name.
constexpr const char* kCursorNames[] = {
    GraphApiPoller::kPageId,
    GraphApiPoller::kPageName,
    GraphApiPoller::kConversationsWatermark,
    GraphApiPoller::kConversationsHorizon,
    GraphApiPoller::kConversationsRead,
    GraphApiPoller::kCommentsWatermark,
};

class SessionSink final : public EventSink {
 public:
  explicit SessionSink(PollSession& session) : session_(session) {}
  Status Emit(Event event) override { return session_.Emit(std::move(event)); }
  void Skip(std::string_view) override {}
  void Progress(uint64_t) override {}

 private:
  PollSession& session_;
};

class PollStoreTest : public test::GraphPollerTest {
 protected:
  PollStoreTest() : store_(Store::Open(dir_.path() / "tp.db")) {
    EXPECT_TRUE(store_) << store_.error().message();
  }

  PollCursor LoadCursor() {
    PollCursor cursor;
    for (const char* name : kCursorNames) {
      Result<std::optional<std::string>> value = store_->Cursor(kSource, name);
      EXPECT_TRUE(value);
      if (value && *value) cursor[name] = **value;
    }
    return cursor;
  }

  // One poll as the daemon runs it: collected in a session, committed only on success.
  Status PollIntoStore() {
    if (!poller_) poller_ = MakePoller();
    Result<std::unique_ptr<PollSession>> session = store_->BeginPoll(kSource);
    if (!session) return session.error();
    SessionSink sink(**session);
    Result<PollResult> result = poller_->Poll(LoadCursor(), sink);
    if (!result) return result.error();
    if (result->owner) (*session)->SetOwner("facebook", *result->owner);
    for (const auto& [name, value] : result->cursor) {
      if (Status status = (*session)->SetCursor(name, value); !status.ok()) return status;
    }
    Result<PollCounts> counts = (*session)->Commit(1'700'000'000'000);
    return counts ? Status::Ok() : counts.error();
  }

  std::vector<std::string> StoredExternalIds() {
    std::vector<std::string> ids;
    Result<Statement> statement =
        store_->connection().Prepare("SELECT external_id FROM events WHERE platform = 'facebook'");
    EXPECT_TRUE(statement);
    while (statement && statement->Step().value_or(false)) {
      ids.emplace_back(statement->Text(0));
    }
    return ids;
  }

  test::TempDir dir_;
  Result<Store> store_;
};

TEST_F(PollStoreTest, ItemsArrivingBetweenAndDuringPollsAreStoredExactlyOnce) {
  std::mt19937 random(20241126);
  const std::vector<FakePerson> people = {kAda, kBob, {"5003", "Cy D", ""}, {"5004", "Di E", ""}};
  std::vector<std::string> posts;
  std::map<std::string, std::vector<std::string>> comments_of;
  const auto pick = [&](size_t n) { return static_cast<size_t>(random() % n); };
  const auto add_message = [&] {
    const FakePerson& person = people[pick(people.size())];
    FakeMessage message;
    message.from = pick(3) == 0 ? kPage : person;
    message.text = pick(5) == 0 ? "" : "message " + std::to_string(random());
    graph_.AddMessage("t_" + person.id + "_" + std::to_string(pick(12)), {person}, message);
  };
  const auto add_comment = [&] {
    // Within the newest FeedReader::kPosts posts: comments on older ones are missed by
    // design (apis.md 2.6).
    if (posts.empty() || (posts.size() < 12 && pick(8) == 0)) {
      posts.push_back(kPage.id + "_" + std::to_string(posts.size() + 1));
      graph_.AddPost(posts.back());
    }
    const std::string& post = posts[pick(posts.size())];
    FakeComment comment;
    if (pick(6) != 0) comment.from = pick(4) == 0 ? kPage : people[pick(people.size())];
    comment.text = "comment " + std::to_string(random());
    std::vector<std::string>& earlier = comments_of[post];
    if (!earlier.empty() && pick(3) == 0) comment.parent_id = earlier[pick(earlier.size())];
    earlier.push_back(graph_.AddComment(post, comment));
  };
  const auto add_some = [&](int count) {
    for (int i = 0; i < count; ++i) {
      // Mostly minutes apart, sometimes within one second (Graph times have whole seconds).
      graph_.Advance(pick(3) == 0 ? 0 : static_cast<long long>(pick(180)));
      pick(2) == 0 ? add_message() : add_comment();
    }
  };
  graph_.SetStep(0);

  add_some(80);
  // During polls: every few requests, new items arrive (also in conversations and posts the
  // poll has already read or is paging through).
  std::mutex hook_mutex;
  graph_.OnRequest([&](const FakeRequest&) {
    std::lock_guard lock(hook_mutex);
    if (pick(4) == 0) add_some(1 + static_cast<int>(pick(3)));
  });
  int failed = 0;
  for (int round = 0; round < 12; ++round) {
    add_some(static_cast<int>(pick(40)));
    if (pick(3) == 0) graph_.QueueFault(kPagePath + "/feed", FakeResponse::Html(503));
    if (pick(4) == 0) graph_.oauth()->ExpireAccessToken();
    // Every fourth poll fails late, after the inbox was read: all it emitted is dropped.
    if (round % 4 == 2) {
      for (int i = 0; i < policy_.max_attempts; ++i) {
        graph_.QueueFault(kPagePath + "/feed", FakeResponse::Json(200, "{\"da"));
      }
    }
    if (!PollIntoStore().ok()) ++failed;
    clock_.Advance(std::chrono::minutes(10));
  }
  graph_.OnRequest({});
  for (int quiet = 0; quiet < 2; ++quiet) ASSERT_TRUE(PollIntoStore().ok());

  EXPECT_EQ(failed, 3);
  const std::vector<std::string> ids = StoredExternalIds();
  const std::set<std::string> unique(ids.begin(), ids.end());
  EXPECT_EQ(ids.size(), unique.size()) << "an item stored twice";
  EXPECT_EQ(unique, graph_.AllIds());
  EXPECT_GT(unique.size(), 150u);
  EXPECT_TRUE(graph_.violations().empty());
}

}  // namespace
}  // namespace touchpoint
