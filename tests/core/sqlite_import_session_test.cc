#include "core/sqlite_import_session.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>

#include "core/feature_store.h"
#include "core/store.h"
#include "tests/support/temp_dir.h"

namespace touchpoint {
namespace {

using test::TempDir;

constexpr int64_t kDay = 24 * 3600 * 1000;
constexpr int64_t kStart = 1715590862000;

// A Twitter-like event; a reply's own conversation key is its parent's id, as a tweet's is.
Event MakeEvent(std::string id, std::string parent, int64_t at,
                Direction direction = Direction::kInbound) {
  Event event;
  event.platform = "twitter";
  event.external_id = std::move(id);
  event.kind = parent.empty() ? EventKind::kDm : EventKind::kReply;
  event.direction = direction;
  event.conversation_key = parent.empty() ? event.external_id : parent;
  event.parent_id = std::move(parent);
  event.author = direction == Direction::kInbound ? Identity{"42", "ada", "Ada", "", ""}
                                                  : Identity{"7", "me", "Me", "", ""};
  event.counterparts = {Identity{"42", "ada", "Ada", "", ""}};
  event.occurred_at_ms = at;
  event.text = "Could we have a call about the rollout next week?";
  event.source = "data/tweets.js";
  return event;
}

// Imports `events` as one archive in one entry.
void Import(Store& store, const std::string& name, std::initializer_list<Event> events) {
  auto session = store.BeginImport({name, "hash-" + name, "twitter"});
  ASSERT_TRUE(session) << session.error().message();
  ASSERT_TRUE((*session)->SetOwner("twitter", Identity{"7", "me", "Me", "", ""}).ok());
  ASSERT_TRUE((*session)->BeginEntry().ok());
  for (const Event& event : events) ASSERT_TRUE((*session)->Write(event));
  ASSERT_TRUE((*session)->CommitEntry().ok());
  ASSERT_TRUE((*session)->Finish(ImportRecord{}));
}

// The conversation key an event ended up in.
std::string KeyOf(Store& store, const std::string& external_id) {
  return store.connection()
      .QueryText(
          "SELECT c.conversation_key FROM events e JOIN conversations c ON "
          "c.id = e.conversation_id WHERE e.external_id = '" +
          external_id + "'")
      .value_or("<missing>");
}

int64_t Count(Store& store, std::string_view sql) {
  return store.connection().QueryInt(sql).value();
}

TEST(ThreadingTest, ParentArrivingLaterPullsInItsEarlierRepliesTransitively) {
  TempDir dir;
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  ASSERT_TRUE(store);
  // First import: a reply to "p" and a reply to that reply; "p" is not known yet.
  Import(*store, "replies.zip",
         {MakeEvent("c", "p", kStart + 1000), MakeEvent("g", "c", kStart + 2000)});
  EXPECT_EQ(KeyOf(*store, "c"), "p");
  EXPECT_EQ(KeyOf(*store, "g"), "p");
  // Second import: "p" itself, which answers "root" (stored) — so the root's conversation
  // is where the whole thread belongs.
  Import(*store, "root.zip", {MakeEvent("root", "", kStart)});
  Import(*store, "parent.zip", {MakeEvent("p", "root", kStart + 500)});
  for (const char* id : {"root", "p", "c", "g"}) EXPECT_EQ(KeyOf(*store, id), "root") << id;
  EXPECT_EQ(Count(*store, "SELECT count(*) FROM conversations"), 1);
  EXPECT_EQ(Count(*store, "SELECT count(*) FROM rethreaded"), 2);  // c and g, for the scorer
}

TEST(ThreadingTest, ReimportingEverythingChangesNothing) {
  TempDir dir;
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  ASSERT_TRUE(store);
  const Event child = MakeEvent("c", "p", kStart + 1000);
  const Event grandchild = MakeEvent("g", "c", kStart + 2000);
  const Event parent = MakeEvent("p", "", kStart);
  const Event other = MakeEvent("x", "", kStart + 3000);
  Import(*store, "replies.zip", {child, grandchild, other});
  Import(*store, "parent.zip", {parent});
  const int64_t events = Count(*store, "SELECT count(*) FROM events");
  const std::string before = store->connection()
                                 .QueryText(
                                     "SELECT group_concat(e.external_id || '=' || "
                                     "c.conversation_key, ',') FROM events e JOIN "
                                     "conversations c ON c.id = e.conversation_id")
                                 .value();
  Import(*store, "replies.zip", {child, grandchild, other});
  Import(*store, "parent.zip", {parent});
  Import(*store, "all.zip", {grandchild, parent, child, other});
  EXPECT_EQ(Count(*store, "SELECT count(*) FROM events"), events);
  EXPECT_EQ(store->connection()
                .QueryText("SELECT group_concat(e.external_id || '=' || c.conversation_key, ',') "
                           "FROM events e JOIN conversations c ON c.id = e.conversation_id")
                .value(),
            before);
  EXPECT_EQ(KeyOf(*store, "g"), "p");
  EXPECT_EQ(KeyOf(*store, "x"), "x");
  EXPECT_EQ(Count(*store, "SELECT count(*) FROM conversations"), 2);
}

TEST(ThreadingTest, ConversationLeftByRethreadedRepliesIsRescored) {
  TempDir dir;
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  ASSERT_TRUE(store);
  // Conversation "p" holds a reply to the unknown "p" and a message that stays there.
  Event stays = MakeEvent("s", "", kStart + 500);
  stays.conversation_key = "p";
  Import(*store, "first.zip", {MakeEvent("c", "p", kStart + 1000), stays});
  FeatureStore features(store->connection());
  ASSERT_TRUE(features.Refresh());
  const std::string inbound_of_p =
      "SELECT f.inbound FROM conversation_features f JOIN conversations c ON "
      "c.id = f.conversation_id WHERE c.conversation_key = 'p'";
  EXPECT_EQ(Count(*store, inbound_of_p), 2);
  // "p" arrives as a reply to "root", so "c" moves to conversation "root".
  Import(*store, "second.zip",
         {MakeEvent("root", "", kStart + 100), MakeEvent("p", "root", kStart + 200)});
  Result<int64_t> rescored = features.Refresh();
  ASSERT_TRUE(rescored);
  EXPECT_EQ(Count(*store, inbound_of_p), 1);
  EXPECT_EQ(Count(*store,
                  "SELECT f.inbound FROM conversation_features f JOIN conversations c "
                  "ON c.id = f.conversation_id WHERE c.conversation_key = 'root'"),
            3);
  EXPECT_EQ(Count(*store, "SELECT count(*) FROM rethreaded"), 0);
  // Nothing new: a second refresh recomputes nothing.
  EXPECT_EQ(features.Refresh().value(), 0);
}

TEST(ThreadingTest, ParentOnAnotherPlatformIsNotAParent) {
  TempDir dir;
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  ASSERT_TRUE(store);
  Import(*store, "replies.zip", {MakeEvent("c", "p", kStart + kDay)});
  Event elsewhere = MakeEvent("p", "root", kStart);
  elsewhere.platform = "facebook";
  auto session = store->BeginImport({"fb.zip", "hash-fb", "facebook"});
  ASSERT_TRUE(session);
  ASSERT_TRUE((*session)->BeginEntry().ok());
  ASSERT_TRUE((*session)->Write(elsewhere));
  ASSERT_TRUE((*session)->CommitEntry().ok());
  ASSERT_TRUE((*session)->Finish(ImportRecord{}));
  EXPECT_EQ(KeyOf(*store, "c"), "p");
  EXPECT_EQ(Count(*store, "SELECT count(*) FROM rethreaded"), 0);
}

TEST(ThreadingTest, ConversationEmptiedByAnotherWriterBetweenEntriesIsNotReused) {
  TempDir dir;
  const auto path = dir.path() / "tp.db";
  Result<Store> first = Store::Open(path);
  Result<Store> second = Store::Open(path);
  ASSERT_TRUE(first && second);
  // A long import's first entry stores "x", a reply to the unknown "p", in conversation "p".
  auto slow = first->BeginImport({"slow.zip", "hash-slow", "twitter"});
  ASSERT_TRUE(slow);
  ASSERT_TRUE((*slow)->BeginEntry().ok());
  ASSERT_TRUE((*slow)->Write(MakeEvent("x", "p", kStart + 1000)));
  ASSERT_TRUE((*slow)->CommitEntry().ok());
  // Meanwhile another writer stores "p", which answers "root": "x" follows it, and the
  // emptied conversation "p" is dropped.
  Import(*second, "parent.zip", {MakeEvent("p", "root", kStart)});
  EXPECT_EQ(KeyOf(*first, "x"), "root");
  // The slow import's next entry names conversation "p" again: a fresh row, not the id of
  // the dropped one.
  ASSERT_TRUE((*slow)->BeginEntry().ok());
  Result<WriteOutcome> written = (*slow)->Write(MakeEvent("y", "p", kStart + 2000));
  ASSERT_TRUE(written) << written.error().message();
  ASSERT_TRUE((*slow)->CommitEntry().ok());
  ASSERT_TRUE((*slow)->Finish(ImportRecord{}));
  for (const char* id : {"p", "x", "y"}) EXPECT_EQ(KeyOf(*first, id), "root") << id;
  EXPECT_EQ(Count(*first, "SELECT count(*) FROM conversations"), 1);
  EXPECT_EQ(Count(*first, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
}

}  // namespace
}  // namespace touchpoint
