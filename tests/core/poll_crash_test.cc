// Exactly-once polling under kill -9: a child process polls in a loop and is killed at
// random moments; after every kill the store must be intact and hold exactly the batches its
// cursor covers, and finishing the run must give what a run without kills gives.

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <random>
#include <string>
#include <thread>

#include "core/store.h"
#include "tests/support/temp_dir.h"

namespace touchpoint {
namespace {

using test::TempDir;

constexpr int kBatches = 200;
constexpr int kPerBatch = 12;
constexpr int kKills = 50;
constexpr int64_t kStart = 1715590862000;
const PollSource kSource{"twitter", "7"};

std::string EventId(int batch, int item) {
  return fmt::format("e{}-{}", batch, item);
}

// Item `item` of batch `batch`, with the same content in every run. Each item answers the
// same item of the previous batch, except that every fifth batch answers the next one (its
// parent arrives later, so threading moves it afterwards).
Event MakeEvent(int batch, int item) {
  Event event;
  event.platform = "twitter";
  event.external_id = EventId(batch, item);
  event.kind = EventKind::kReply;
  event.direction = item % 3 == 0 ? Direction::kOutbound : Direction::kInbound;
  const int parent = batch % 5 == 4 ? batch + 1 : batch - 1;
  if (parent >= 0 && parent < kBatches) event.parent_id = EventId(parent, item);
  event.conversation_key = event.parent_id.empty() ? event.external_id : event.parent_id;
  event.author = event.direction == Direction::kOutbound
                     ? Identity{"7", "me", "Me", "", ""}
                     : Identity{"u" + std::to_string(item % 4), "", "", "", ""};
  event.counterparts = {Identity{"u" + std::to_string(item % 4), "", "", "", ""}};
  event.occurred_at_ms = kStart + batch * 1000 + item;
  event.text = "message " + event.external_id;
  event.source = "GET /2/users/7/mentions";
  return event;
}

// Polls from the stored cursor to the last batch. Each poll first saves the token it is
// about to "use" (refresh "r<batch>"), then commits its events with cursor = batch. The
// boundary item (the last one of the previous batch) comes back in every poll.
Status RunPolls(const std::filesystem::path& path) {
  Result<Store> store = Store::Open(path);
  if (!store) return store.error();
  Result<std::optional<std::string>> cursor = store->Cursor(kSource, "mentions");
  if (!cursor) return cursor.error();
  const int first = *cursor ? std::stoi(**cursor) + 1 : 0;
  for (int batch = first; batch < kBatches; ++batch) {
    ApiTokens tokens;
    tokens.access_token = Secret("a" + std::to_string(batch));
    tokens.refresh_token = Secret("r" + std::to_string(batch));
    if (Status status = store->SaveTokens(kSource, tokens, kStart + batch); !status.ok()) {
      return status;
    }
    Result<std::unique_ptr<PollSession>> session = store->BeginPoll(kSource);
    if (!session) return session.error();
    (*session)->SetOwner("twitter", Identity{"7", "me", "Me", "", ""});
    if (batch > 0) {
      if (Status status = (*session)->Emit(MakeEvent(batch - 1, kPerBatch - 1)); !status.ok()) {
        return status;
      }
    }
    for (int item = 0; item < kPerBatch; ++item) {
      if (Status status = (*session)->Emit(MakeEvent(batch, item)); !status.ok()) return status;
    }
    if (Status status = (*session)->SetCursor("mentions", std::to_string(batch)); !status.ok()) {
      return status;
    }
    Result<PollCounts> counts = (*session)->Commit(kStart + batch);
    if (!counts) return counts.error();
  }
  return Status::Ok();
}

// Everything the polls determine, in one comparable text: each event with its conversation,
// author and counterparts, the cursor, and the conversation and identity counts.
std::string Dump(Store& store) {
  Result<std::string> events = store.connection().QueryText(
      "SELECT group_concat(line, char(10)) FROM (SELECT e.external_id || ' ' || e.kind || ' ' ||"
      " e.direction || ' ' || c.conversation_key || ' ' || coalesce(e.parent_id, '-') || ' ' ||"
      " a.key || ' ' || e.occurred_at || ' ' || e.text || ' ' ||"
      " (SELECT group_concat(i.key) FROM event_counterparts ec JOIN identities i"
      "   ON i.id = ec.identity_id WHERE ec.event_id = e.id) AS line"
      " FROM events e JOIN conversations c ON c.id = e.conversation_id"
      " JOIN identities a ON a.id = e.author_id ORDER BY e.external_id)");
  Result<int64_t> conversations = store.connection().QueryInt("SELECT count(*) FROM conversations");
  Result<int64_t> identities = store.connection().QueryInt("SELECT count(*) FROM identities");
  Result<std::optional<std::string>> cursor = store.Cursor(kSource, "mentions");
  EXPECT_TRUE(events && conversations && identities && cursor);
  return events.value_or("?") + "\nconversations " + std::to_string(conversations.value_or(-1)) +
         "\nidentities " + std::to_string(identities.value_or(-1)) + "\ncursor " +
         cursor.value_or(std::nullopt).value_or("none");
}

// After a kill: the file is intact, every batch up to the cursor is fully stored and none
// beyond it is there at all, nothing is stored twice, and the token saved before the last
// committed poll is there. Returns the cursor (-1 when none).
int CheckConsistent(const std::filesystem::path& path) {
  Result<Store> store = Store::Open(path);
  EXPECT_TRUE(store) << store.error().message();
  if (!store) return -2;
  Connection& db = store->connection();
  EXPECT_EQ(db.QueryText("PRAGMA integrity_check").value_or("?"), "ok");
  EXPECT_EQ(db.QueryInt("SELECT count(*) FROM pragma_foreign_key_check").value_or(-1), 0);
  const std::optional<std::string> cursor = store->Cursor(kSource, "mentions").value();
  const int through = cursor ? std::stoi(*cursor) : -1;
  // Batch number of each stored event, counted per batch.
  Result<Statement> per_batch = db.Prepare(
      "SELECT CAST(substr(external_id, 2, instr(external_id, '-') - 2) AS INTEGER) AS batch,"
      " count(*) FROM events GROUP BY batch ORDER BY batch");
  EXPECT_TRUE(per_batch);
  int expected_batch = 0;
  while (per_batch && per_batch->Step().value_or(false)) {
    const int batch = static_cast<int>(per_batch->Int(0));
    EXPECT_EQ(batch, expected_batch) << "a batch is missing before " << batch;
    EXPECT_LE(batch, through) << "batch " << batch << " is stored beyond the cursor";
    EXPECT_EQ(per_batch->Int(1), kPerBatch) << "batch " << batch << " is partial";
    expected_batch = batch + 1;
  }
  EXPECT_EQ(expected_batch, through + 1) << "batches up to the cursor are missing";
  EXPECT_EQ(db.QueryInt("SELECT count(*) FROM events").value_or(-1),
            static_cast<int64_t>(through + 1) * kPerBatch);
  // Stored before used: the token of the last committed poll, or of the one after it.
  std::optional<ApiTokens> tokens = store->LoadTokens(kSource).value();
  if (through >= 0) {
    EXPECT_TRUE(tokens);
    if (tokens) {
      const int token_batch = std::stoi(tokens->refresh_token.reveal().substr(1));
      EXPECT_TRUE(token_batch == through || token_batch == through + 1)
          << "token r" << token_batch << " with cursor " << through;
    }
  }
  std::optional<ConnectorHealth> health = store->Health(kSource).value();
  EXPECT_EQ(health.has_value(), through >= 0);
  if (health) {
    EXPECT_EQ(health->last_ok_ms, kStart + through);
  }
  return through;
}

// Runs RunPolls() in a child process; kills it with SIGKILL after `kill_after` unless it is
// nullopt. Returns whether the child was killed (false: it finished by itself).
bool RunChild(const std::filesystem::path& path,
              std::optional<std::chrono::microseconds> kill_after) {
  const pid_t child = ::fork();
  if (child == 0) {
    const Status status = RunPolls(path);
    if (!status.ok()) std::fprintf(stderr, "child: %s\n", status.message().c_str());
    ::_exit(status.ok() ? 0 : 1);
  }
  EXPECT_GT(child, 0);
  if (kill_after) {
    std::this_thread::sleep_for(*kill_after);
    ::kill(child, SIGKILL);
  }
  int wait_status = 0;
  EXPECT_EQ(::waitpid(child, &wait_status, 0), child);
  if (WIFSIGNALED(wait_status)) {
    EXPECT_EQ(WTERMSIG(wait_status), SIGKILL);
    return true;
  }
  EXPECT_TRUE(WIFEXITED(wait_status));
  EXPECT_EQ(WEXITSTATUS(wait_status), 0) << "the child failed (see its stderr)";
  return false;
}

TEST(PollCrashTest, KillNineAtAnyMomentLosesAndDuplicatesNothing) {
  TempDir dir;
  const auto clean = dir.path() / "clean.db";
  const auto began = std::chrono::steady_clock::now();
  ASSERT_TRUE(RunPolls(clean).ok());
  // Kill within about twice a clean run's share per round, so that the kills spread over the
  // whole run on any machine and build (a Release child is many times faster than ASan's).
  const auto clean_us = std::chrono::duration_cast<std::chrono::microseconds>(
                            std::chrono::steady_clock::now() - began)
                            .count();
  const int max_delay_us = static_cast<int>(std::max<int64_t>(2000, 2 * clean_us / kKills));
  const auto crashed = dir.path() / "crashed.db";
  const unsigned seed = std::random_device{}();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937 random(seed);
  // Early kills land in Store::Open and the migrations; later ones anywhere in a poll.
  std::uniform_int_distribution<int> delay_us(0, max_delay_us);
  int killed = 0;
  int last = -1;
  int progressed = 0;
  for (int round = 0; round < kKills && last < kBatches - 1; ++round) {
    if (RunChild(crashed, std::chrono::microseconds(delay_us(random)))) ++killed;
    const int through = CheckConsistent(crashed);
    ASSERT_FALSE(HasFailure()) << "after round " << round;
    ASSERT_GE(through, last) << "the cursor went back";
    if (through > last) ++progressed;
    last = through;
  }
  EXPECT_GE(killed, kKills / 2) << "the child finished before most kills";
  EXPECT_GT(progressed, 1);
  RunChild(crashed, std::nullopt);
  EXPECT_EQ(CheckConsistent(crashed), kBatches - 1);
  Result<Store> a = Store::Open(clean);
  Result<Store> b = Store::Open(crashed);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(Dump(*b), Dump(*a));
}

}  // namespace
}  // namespace touchpoint
