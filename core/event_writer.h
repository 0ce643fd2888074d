#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/event.h"
#include "core/import_session.h"
#include "core/sqlite.h"

namespace touchpoint {

// Writes touchpoint events into the SQLite store: resolves identities, assigns
// conversations, inserts events idempotently on (platform, external_id), and threads replies.
// The one code path for events from archive imports and API polls alike.
//
// The writer owns the write transaction it opens (Begin .. Commit or Rollback); destroying
// it rolls back a transaction still open. Caches of identity and conversation ids speed up
// large imports; conversation ids are forgotten when a transaction begins (another writer may
// have dropped an emptied conversation in between) and all ids when one rolls back. Not
// thread-safe; one per connection at a time, and it must not outlive `connection`.
class EventWriter {
 public:
  // Prepares the statements. Errors: the SQLite error of the failing statement.
  static Result<std::unique_ptr<EventWriter>> Create(Connection& connection);
  ~EventWriter();
  EventWriter(const EventWriter&) = delete;
  EventWriter& operator=(const EventWriter&) = delete;

  // Records `owner` as the owner's identity on `platform`; it is written with the first
  // event of each transaction, so a transaction that writes no event leaves no trace of it.
  void SetOwner(std::string_view platform, const Identity& owner);

  // BEGIN IMMEDIATE: a second writer waits for the connection's busy_timeout here, then
  // fails with kBusy, instead of deadlocking halfway through. `what` names the step in the
  // error ("<db path>: starting an import entry: database is locked").
  Status Begin(std::string_view what);
  Status Commit(std::string_view what);
  // Drops everything written since Begin(). No-op without an open transaction.
  void Rollback() noexcept;
  bool in_transaction() const noexcept { return in_transaction_; }

  // Stores one event idempotently inside the open transaction: an event with the same
  // (platform, external_id) is left as it is and reported as kAlreadyPresent. Identities are
  // resolved (and updated with what the event newly tells) even for events already stored.
  Result<WriteOutcome> Write(const Event& event);

  // Inside the open transaction: moves replies whose parent is stored into the conversation
  // of their topmost stored ancestor — events not threaded yet (of any writer), and earlier
  // events whose parent arrived now (with their replies, recorded in table rethreaded for the
  // scorer) — and drops conversations created since this writer's first Begin() that were
  // left empty. Resumable: store_state 'threaded_through' records how far it got.
  Status ThreadReplies();

 private:
  struct Statements;
  // What the store already holds for one identity, so unchanged identities cost no write.
  struct KnownIdentity {
    int64_t id = 0;
    Identity fields;
  };

  EventWriter(Connection& connection, std::unique_ptr<Statements> statements);
  Result<int64_t> IdentityId(std::string_view platform, const Identity& identity,
                             bool is_owner = false);
  Result<int64_t> ConversationId(std::string_view platform, std::string_view key);
  void ForgetCaches() noexcept;

  Connection& db_;
  std::unique_ptr<Statements> statements_;
  std::string owner_platform_;
  Identity owner_;
  bool owner_written_ = false;
  bool in_transaction_ = false;
  std::unordered_map<std::string, KnownIdentity> identities_;
  std::unordered_map<std::string, int64_t> conversations_;
  // The highest conversation id when the first transaction began: conversations above it
  // were created by this writer (or after it started) and are dropped when left empty.
  std::optional<int64_t> conversations_before_;
};

}  // namespace touchpoint
