#include "core/store.h"

#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

#include "tests/support/temp_dir.h"

namespace touchpoint {
namespace {

using test::TempDir;

std::string ReadBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

Event MakeEvent(std::string id, std::string conversation = "c1") {
  Event event;
  event.platform = "twitter";
  event.external_id = std::move(id);
  event.kind = EventKind::kDm;
  event.direction = Direction::kInbound;
  event.conversation_key = std::move(conversation);
  event.author = Identity{"42", "ada", "Ada", "", ""};
  event.counterparts = {event.author};
  event.occurred_at_ms = 1715590862000;
  event.text = "hello";
  event.source = "data/direct-messages.js";
  return event;
}

int64_t Count(Store& store, std::string_view table) {
  return store.connection().QueryInt("SELECT count(*) FROM " + std::string(table)).value();
}

TEST(StoreTest, FreshDatabaseHasPragmasAndLatestSchema) {
  TempDir dir;
  Result<Store> store = Store::Open(dir.path() / "sub" / "tp.db");
  ASSERT_TRUE(store) << store.error().message();
  Connection& db = store->connection();
  EXPECT_EQ(db.QueryText("PRAGMA journal_mode").value(), "wal");
  EXPECT_EQ(db.QueryInt("PRAGMA foreign_keys").value(), 1);
  EXPECT_EQ(db.QueryInt("PRAGMA busy_timeout").value(), 5000);
  EXPECT_EQ(db.QueryInt("PRAGMA synchronous").value(), 1);  // NORMAL
  EXPECT_EQ(db.QueryInt("PRAGMA application_id").value(), kApplicationId);
  EXPECT_EQ(db.QueryInt("PRAGMA user_version").value(),
            static_cast<int64_t>(Migrations().size()));
  EXPECT_EQ(std::filesystem::status(dir.path() / "sub").permissions() &
                std::filesystem::perms::all,
            std::filesystem::perms::owner_all);
}

TEST(StoreTest, ReopeningChangesNothing) {
  TempDir dir;
  const auto path = dir.path() / "tp.db";
  { ASSERT_TRUE(Store::Open(path)); }
  Result<Store> again = Store::Open(path);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->connection().QueryInt("PRAGMA user_version").value(),
            static_cast<int64_t>(Migrations().size()));
  EXPECT_EQ(again->connection().QueryInt("SELECT count(*) FROM sqlite_master WHERE name = 'events'")
                .value(),
            1);
}

TEST(StoreTest, NewerSchemaIsRefusedAndLeftUntouched) {
  TempDir dir;
  const auto path = dir.path() / "tp.db";
  {
    Result<Store> store = Store::Open(path);
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->connection().Exec("PRAGMA user_version=999; PRAGMA journal_mode=DELETE").ok());
  }
  const std::string before = ReadBytes(path);
  Result<Store> refused = Store::Open(path);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code(), StatusCode::kDataError);
  EXPECT_NE(refused.error().message().find("newer touchpoint"), std::string::npos);
  EXPECT_EQ(ReadBytes(path), before);
  EXPECT_FALSE(std::filesystem::exists(path.string() + "-wal"));
}

TEST(StoreTest, ForeignDatabaseIsRefused) {
  TempDir dir;
  const auto path = dir.path() / "other.db";
  {
    Result<Connection> db = Connection::Open(path, Connection::Mode::kReadWriteCreate);
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->Exec("CREATE TABLE notes(x)").ok());
  }
  Result<Store> refused = Store::Open(path);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code(), StatusCode::kDataError);
}

TEST(StoreTest, GarbageFileIsRefused) {
  TempDir dir;
  const auto path = dir.Write("garbage.db", std::string(8192, 'x'));
  Result<Store> refused = Store::Open(path);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code(), StatusCode::kDataError);
  EXPECT_EQ(ReadBytes(path), std::string(8192, 'x'));
}

TEST(StoreTest, MissingDatabaseIsNoInputWhenNotCreating) {
  TempDir dir;
  StoreOptions options;
  options.create_if_missing = false;
  Result<Store> missing = Store::Open(dir.path() / "absent.db", options);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code(), StatusCode::kNoInput);
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "absent.db"));
}

TEST(StoreTest, FailingMigrationLeavesVersionAndSchemaUnchanged) {
  TempDir dir;
  const auto path = dir.path() / "tp.db";
  { ASSERT_TRUE(Store::Open(path)); }
  Result<Connection> db = Connection::Open(path, Connection::Mode::kReadWrite);
  ASSERT_TRUE(db);
  const int next = static_cast<int>(Migrations().size()) + 1;
  const Migration broken[] = {
      {next, "9999_broken.sql", "CREATE TABLE half_done(x); INSERT INTO no_such_table VALUES (1);"}};
  const Status status = Store::Migrate(*db, broken);
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("9999_broken.sql"), std::string::npos);
  EXPECT_EQ(db->QueryInt("PRAGMA user_version").value(), next - 1);
  EXPECT_EQ(db->QueryInt("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").value(), 0);
}

TEST(StoreTest, WritingTheSameEventTwiceChangesNothing) {
  TempDir dir;
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  ASSERT_TRUE(store);
  for (int round = 0; round < 2; ++round) {
    auto session = store->BeginImport({"a.zip", "hash", "twitter"});
    ASSERT_TRUE(session);
    ASSERT_TRUE((*session)->BeginEntry().ok());
    Result<WriteOutcome> outcome = (*session)->Write(MakeEvent("1"));
    ASSERT_TRUE(outcome);
    EXPECT_EQ(*outcome, round == 0 ? WriteOutcome::kAdded : WriteOutcome::kAlreadyPresent);
    ASSERT_TRUE((*session)->CommitEntry().ok());
    ASSERT_TRUE((*session)->Finish(ImportRecord{}));
  }
  EXPECT_EQ(Count(*store, "events"), 1);
  EXPECT_EQ(Count(*store, "event_counterparts"), 1);
  EXPECT_EQ(Count(*store, "identities"), 1);
  EXPECT_EQ(Count(*store, "conversations"), 1);
}

TEST(StoreTest, AbortedEntryAddsNothingAndLaterEntriesStillWork) {
  TempDir dir;
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  ASSERT_TRUE(store);
  auto session = store->BeginImport({"a.zip", "hash", "twitter"});
  ASSERT_TRUE(session);
  ASSERT_TRUE((*session)->BeginEntry().ok());
  ASSERT_TRUE((*session)->Write(MakeEvent("1", "doomed")));
  (*session)->AbortEntry();
  // The identity and conversation cached during the aborted entry must be created again.
  ASSERT_TRUE((*session)->BeginEntry().ok());
  ASSERT_TRUE((*session)->Write(MakeEvent("2", "kept")));
  ASSERT_TRUE((*session)->CommitEntry().ok());
  ASSERT_TRUE((*session)->Finish(ImportRecord{}));
  EXPECT_EQ(Count(*store, "events"), 1);
  EXPECT_EQ(store->connection().QueryText("SELECT external_id FROM events").value(), "2");
  Result<Statement> violations = store->connection().Prepare("PRAGMA foreign_key_check");
  ASSERT_TRUE(violations);
  EXPECT_FALSE(violations->Step().value());
}

TEST(StoreTest, SessionDestroyedMidEntryKeepsOnlyCommittedEntries) {
  TempDir dir;
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  ASSERT_TRUE(store);
  {
    auto session = store->BeginImport({"a.zip", "hash", "twitter"});
    ASSERT_TRUE(session);
    ASSERT_TRUE((*session)->BeginEntry().ok());
    ASSERT_TRUE((*session)->Write(MakeEvent("1")));
    ASSERT_TRUE((*session)->CommitEntry().ok());
    ASSERT_TRUE((*session)->BeginEntry().ok());
    ASSERT_TRUE((*session)->Write(MakeEvent("2")));
    // Destroyed here, as when a process dies between two entries' commits.
  }
  EXPECT_EQ(Count(*store, "events"), 1);
  EXPECT_EQ(Count(*store, "imports"), 0);
  // A re-run completes the import, and threading catches up with the earlier entry.
  auto session = store->BeginImport({"a.zip", "hash", "twitter"});
  ASSERT_TRUE(session);
  ASSERT_TRUE((*session)->BeginEntry().ok());
  Event reply = MakeEvent("3", "own-key");
  reply.parent_id = "1";
  ASSERT_TRUE((*session)->Write(MakeEvent("1")));
  ASSERT_TRUE((*session)->Write(MakeEvent("2")));
  ASSERT_TRUE((*session)->Write(reply));
  ASSERT_TRUE((*session)->CommitEntry().ok());
  ASSERT_TRUE((*session)->Finish(ImportRecord{}));
  EXPECT_EQ(Count(*store, "events"), 3);
  EXPECT_EQ(Count(*store, "conversations"), 1);
  EXPECT_EQ(Count(*store, "imports"), 1);
}

TEST(StoreTest, EntryWithoutEventsLeavesNoOwnerBehind) {
  TempDir dir;
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  ASSERT_TRUE(store);
  auto session = store->BeginImport({"a.zip", "hash", "twitter"});
  ASSERT_TRUE(session);
  ASSERT_TRUE((*session)->SetOwner("twitter", Identity{"1000", "me", "Me", "", ""}).ok());
  ASSERT_TRUE((*session)->BeginEntry().ok());
  ASSERT_TRUE((*session)->CommitEntry().ok());
  EXPECT_EQ(Count(*store, "identities"), 0);
  ASSERT_TRUE((*session)->BeginEntry().ok());
  ASSERT_TRUE((*session)->Write(MakeEvent("1")));
  ASSERT_TRUE((*session)->CommitEntry().ok());
  EXPECT_EQ(store->connection().QueryInt("SELECT count(*) FROM identities WHERE is_owner").value(),
            1);
}

TEST(StoreTest, RepliesJoinTheirStoredParentsConversation) {
  TempDir dir;
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  ASSERT_TRUE(store);
  auto session = store->BeginImport({"a.zip", "hash", "twitter"});
  ASSERT_TRUE(session);
  ASSERT_TRUE((*session)->BeginEntry().ok());
  // Written child first: archives are not sorted.
  Event grandchild = MakeEvent("3", "2");
  grandchild.parent_id = "2";
  Event child = MakeEvent("2", "1");
  child.parent_id = "1";
  Event root = MakeEvent("1", "root-key");
  for (const Event& event : {grandchild, child, root}) ASSERT_TRUE((*session)->Write(event));
  ASSERT_TRUE((*session)->CommitEntry().ok());
  ASSERT_TRUE((*session)->Finish(ImportRecord{}));
  EXPECT_EQ(Count(*store, "conversations"), 1);
  EXPECT_EQ(store->connection().QueryText("SELECT conversation_key FROM conversations").value(),
            "root-key");
}

TEST(StoreTest, SecondWriterGetsBusyNotCorruption) {
  TempDir dir;
  StoreOptions options;
  options.busy_timeout_ms = 50;
  Result<Store> first = Store::Open(dir.path() / "tp.db", options);
  Result<Store> second = Store::Open(dir.path() / "tp.db", options);
  ASSERT_TRUE(first && second);
  auto session = first->BeginImport({"a.zip", "hash", "twitter"});
  auto other = second->BeginImport({"b.zip", "hash2", "twitter"});
  ASSERT_TRUE(session && other);
  ASSERT_TRUE((*session)->BeginEntry().ok());
  const Status blocked = (*other)->BeginEntry();
  ASSERT_FALSE(blocked.ok());
  EXPECT_EQ(blocked.code(), StatusCode::kBusy);
  ASSERT_TRUE((*session)->Write(MakeEvent("1")));
  ASSERT_TRUE((*session)->CommitEntry().ok());
  ASSERT_TRUE((*other)->BeginEntry().ok());
}

}  // namespace
}  // namespace touchpoint
