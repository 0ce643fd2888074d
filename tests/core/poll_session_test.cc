#include "core/poll_session.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/feature_store.h"
#include "core/store.h"
#include "tests/support/temp_dir.h"

namespace touchpoint {
namespace {

using test::TempDir;

constexpr int64_t kNow = 1715590862000;
const PollSource kTwitter{"twitter", "7"};

Event MakeEvent(std::string id, std::string parent = "") {
  Event event;
  event.platform = "twitter";
  event.external_id = std::move(id);
  event.kind = parent.empty() ? EventKind::kMention : EventKind::kReply;
  event.direction = Direction::kInbound;
  event.conversation_key = parent.empty() ? event.external_id : parent;
  event.parent_id = std::move(parent);
  event.author = Identity{"42", "ada", "Ada", "", ""};
  event.counterparts = {Identity{"7", "me", "Me", "", ""}};
  event.occurred_at_ms = kNow;
  event.text = "Could we have a call next week?";
  event.source = "GET /2/users/7/mentions";
  return event;
}

int64_t Count(Store& store, const std::string& sql) {
  return store.connection().QueryInt(sql).value();
}

std::string KeyOf(Store& store, const std::string& external_id) {
  return store.connection()
      .QueryText(
          "SELECT c.conversation_key FROM events e JOIN conversations c ON "
          "c.id = e.conversation_id WHERE e.external_id = '" +
          external_id + "'")
      .value_or("<missing>");
}

// One poll of kTwitter with `events` and cursor "mentions" = `cursor`.
PollCounts Poll(Store& store, const std::vector<Event>& events, const std::string& cursor) {
  auto session = store.BeginPoll(kTwitter);
  EXPECT_TRUE(session) << session.error().message();
  if (!session) return {};
  (*session)->SetOwner("twitter", Identity{"7", "me", "Me", "", ""});
  for (const Event& event : events) EXPECT_TRUE((*session)->Emit(event).ok());
  EXPECT_TRUE((*session)->SetCursor("mentions", cursor).ok());
  Result<PollCounts> counts = (*session)->Commit(kNow);
  EXPECT_TRUE(counts) << counts.error().message();
  return counts.value_or(PollCounts{});
}

TEST(PollSessionTest, CommitStoresEventsCursorAndHealthTogether) {
  TempDir dir;
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  ASSERT_TRUE(store);
  EXPECT_EQ(store->Cursor(kTwitter, "mentions").value(), std::nullopt);
  const PollCounts counts = Poll(*store, {MakeEvent("100"), MakeEvent("101")}, "101");
  EXPECT_EQ(counts.emitted, 2);
  EXPECT_EQ(counts.added, 2);
  EXPECT_EQ(counts.present, 0);
  EXPECT_EQ(store->Cursor(kTwitter, "mentions").value(), std::optional<std::string>("101"));
  EXPECT_EQ(store->Cursor(kTwitter, "dm").value(), std::nullopt);
  EXPECT_EQ(store->Cursor({"twitter", "8"}, "mentions").value(), std::nullopt);
  EXPECT_EQ(Count(*store, "SELECT count(*) FROM events"), 2);
  // Identities resolved as an import resolves them, the owner marked.
  EXPECT_EQ(Count(*store, "SELECT count(*) FROM identities WHERE is_owner = 1 AND user_id = '7'"),
            1);
  EXPECT_EQ(Count(*store, "SELECT count(*) FROM identities WHERE user_id = '42'"), 1);
  std::optional<ConnectorHealth> health = store->Health(kTwitter).value();
  ASSERT_TRUE(health);
  EXPECT_EQ(health->state, ConnectorState::kOk);
  EXPECT_EQ(health->last_ok_ms, kNow);
  EXPECT_EQ(health->last_new_ms, kNow);
  EXPECT_EQ(health->last_counts.added, 2);
}

TEST(PollSessionTest, BoundaryItemsReturnedTwiceAreStoredOnce) {
  TempDir dir;
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  ASSERT_TRUE(store);
  Poll(*store, {MakeEvent("100"), MakeEvent("101")}, "101");
  // The next poll returns the boundary item again, and one item twice within the poll.
  const PollCounts counts =
      Poll(*store, {MakeEvent("101"), MakeEvent("102"), MakeEvent("102")}, "102");
  EXPECT_EQ(counts.emitted, 3);
  EXPECT_EQ(counts.added, 1);
  EXPECT_EQ(counts.present, 2);
  EXPECT_EQ(Count(*store, "SELECT count(*) FROM events"), 3);
  EXPECT_EQ(store->Cursor(kTwitter, "mentions").value(), std::optional<std::string>("102"));
}

TEST(PollSessionTest, DestroyingWithoutCommitWritesNothing) {
  TempDir dir;
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  ASSERT_TRUE(store);
  Poll(*store, {MakeEvent("100")}, "100");
  {
    auto session = store->BeginPoll(kTwitter);
    ASSERT_TRUE(session);
    ASSERT_TRUE((*session)->Emit(MakeEvent("200")).ok());
    ASSERT_TRUE((*session)->SetCursor("mentions", "200").ok());
  }
  EXPECT_EQ(Count(*store, "SELECT count(*) FROM events"), 1);
  EXPECT_EQ(store->Cursor(kTwitter, "mentions").value(), std::optional<std::string>("100"));
  // The store is free for the next writer.
  Poll(*store, {MakeEvent("201")}, "201");
  EXPECT_EQ(Count(*store, "SELECT count(*) FROM events"), 2);
}

TEST(PollSessionTest, FailedCommitRollsBackEventsAndCursorAndCanBeRetried) {
  TempDir dir;
  const auto path = dir.path() / "tp.db";
  Result<Store> store = Store::Open(path);
  ASSERT_TRUE(store);
  Result<Store> other = Store::Open(path, StoreOptions{.busy_timeout_ms = 50});
  ASSERT_TRUE(other);
  // Another connection holds the write lock: the commit fails with kBusy after the timeout.
  ASSERT_TRUE(store->connection().Exec("BEGIN IMMEDIATE").ok());
  auto session = other->BeginPoll(kTwitter);
  ASSERT_TRUE(session);
  ASSERT_TRUE((*session)->Emit(MakeEvent("100")).ok());
  ASSERT_TRUE((*session)->SetCursor("mentions", "100").ok());
  Result<PollCounts> busy = (*session)->Commit(kNow);
  ASSERT_FALSE(busy);
  EXPECT_EQ(busy.error().code(), StatusCode::kBusy);
  ASSERT_TRUE(store->connection().Exec("ROLLBACK").ok());
  EXPECT_EQ(Count(*store, "SELECT count(*) FROM events"), 0);
  EXPECT_EQ(store->Cursor(kTwitter, "mentions").value(), std::nullopt);
  Result<PollCounts> retried = (*session)->Commit(kNow);
  ASSERT_TRUE(retried) << retried.error().message();
  EXPECT_EQ(retried->added, 1);
  EXPECT_EQ(store->Cursor(kTwitter, "mentions").value(), std::optional<std::string>("100"));
}

TEST(PollSessionTest, AFailingEventAbortsTheWholePoll) {
  TempDir dir;
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  ASSERT_TRUE(store);
  // A kind the schema refuses stands in for any write error in the middle of a poll.
  ASSERT_TRUE(store->connection()
                  .Exec("CREATE TRIGGER refuse BEFORE INSERT ON events WHEN "
                        "new.external_id = 'bad' BEGIN SELECT RAISE(ABORT, 'refused'); END")
                  .ok());
  auto session = store->BeginPoll(kTwitter);
  ASSERT_TRUE(session);
  ASSERT_TRUE((*session)->Emit(MakeEvent("100")).ok());
  ASSERT_TRUE((*session)->Emit(MakeEvent("bad")).ok());
  ASSERT_TRUE((*session)->SetCursor("mentions", "bad").ok());
  Result<PollCounts> failed = (*session)->Commit(kNow);
  ASSERT_FALSE(failed);
  EXPECT_NE(failed.error().message().find("twitter/7: poll: event twitter/bad"), std::string::npos)
      << failed.error().message();
  EXPECT_EQ(Count(*store, "SELECT count(*) FROM events"), 0);
  EXPECT_EQ(Count(*store, "SELECT count(*) FROM identities"), 0);
  EXPECT_EQ(store->Cursor(kTwitter, "mentions").value(), std::nullopt);
  EXPECT_EQ(store->Health(kTwitter).value(), std::nullopt);
}

TEST(PollSessionTest, RepliesAreThreadedLikeImportedOnes) {
  TempDir dir;
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  ASSERT_TRUE(store);
  // A reply arrives before its parent; the parent answers a tweet that an import stored.
  Poll(*store, {MakeEvent("c", "p")}, "1");
  {
    auto import = store->BeginImport({"archive.zip", "hash", "twitter"});
    ASSERT_TRUE(import);
    ASSERT_TRUE((*import)->BeginEntry().ok());
    ASSERT_TRUE((*import)->Write(MakeEvent("root")));
    ASSERT_TRUE((*import)->CommitEntry().ok());
    ASSERT_TRUE((*import)->Finish(ImportRecord{}));
  }
  Poll(*store, {MakeEvent("p", "root")}, "2");
  for (const char* id : {"root", "p", "c"}) EXPECT_EQ(KeyOf(*store, id), "root") << id;
  EXPECT_EQ(Count(*store, "SELECT count(*) FROM conversations"), 1);
  EXPECT_EQ(Count(*store, "SELECT count(*) FROM rethreaded"), 1);  // "c" left conversation "p"
  // The scorer sees polled events like imported ones.
  FeatureStore features(store->connection());
  ASSERT_TRUE(features.Refresh());
  EXPECT_EQ(Count(*store, "SELECT inbound FROM conversation_features"), 3);
}

TEST(PollSessionTest, InvalidInputIsRefused) {
  TempDir dir;
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  ASSERT_TRUE(store);
  EXPECT_EQ(store->BeginPoll({"twitter", ""}).error().code(), StatusCode::kUsage);
  auto session = store->BeginPoll(kTwitter);
  ASSERT_TRUE(session);
  Event no_id = MakeEvent("");
  EXPECT_EQ((*session)->Emit(no_id).code(), StatusCode::kDataError);
  EXPECT_EQ((*session)->SetCursor("", "1").code(), StatusCode::kUsage);
  // An empty poll still records that the account was polled, quietly.
  Result<PollCounts> counts = (*session)->Commit(kNow);
  ASSERT_TRUE(counts);
  EXPECT_EQ(counts->emitted, 0);
  EXPECT_EQ(store->Health(kTwitter).value()->state, ConnectorState::kQuiet);
}

}  // namespace
}  // namespace touchpoint
