#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/event.h"
#include "core/secret.h"
#include "core/status.h"

namespace touchpoint {

// One connector account: what a poll, its cursors, its tokens and its health belong to.
struct PollSource {
  std::string connector;  // the connector's registry name: "twitter", "facebook", ...
  std::string account;    // the account as configured (user id, page id, member URN)
};

// An account's committed cursor values by stream name; the same map a connector's poller
// reads (PollCursor in connectors/connector.h).
using StoredCursor = std::map<std::string, std::string, std::less<>>;

// What one committed poll stored.
struct PollCounts {
  int64_t emitted = 0;  // events the connector emitted
  int64_t added = 0;    // new rows
  int64_t present = 0;  // already stored, or emitted twice in this poll (boundary items)
};

// One API poll, written exactly once: Emit() and SetCursor() only collect; Commit() writes
// the events (normalised, identities resolved, conversations assigned, deduplicated on
// (platform, external_id), replies threaded, as an import writes them), the new cursor
// values and the connector's health in one transaction. A crash at any moment leaves either
// all of it or none of it. Destroying the session without Commit() discards everything.
//
// Collecting first keeps the store's write lock out of network time: fetch every page, then
// Commit(). A poll is held in memory, so split a large backfill into several polls, each
// advancing its own cursor. Not thread-safe.
class PollSession {
 public:
  virtual ~PollSession() = default;

  // The owner's identity on `platform` (users/me), written with the events.
  virtual void SetOwner(std::string_view platform, const Identity& owner) = 0;

  // Adds an event to the poll. kDataError when it has no platform or external_id.
  virtual Status Emit(Event event) = 0;

  // Sets cursor `stream` (e.g. "mentions", "dm", "conv:<id>") to `value` at commit. The value
  // is opaque to the store; the last call per stream wins. kUsage when `stream` is empty.
  virtual Status SetCursor(std::string_view stream, std::string_view value) = 0;

  // Writes everything in one transaction (BEGIN IMMEDIATE) and records a successful poll at
  // `now_ms` in the connector's health: state ok (or quiet when nothing was added),
  // failures reset. Returns the counts. On error nothing is written and the session may be
  // committed again (kBusy when another writer held the store past busy_timeout). Must not
  // be called again after it succeeded.
  virtual Result<PollCounts> Commit(int64_t now_ms) = 0;
};

// OAuth tokens of one connector account. Never logged: Secret prints "[redacted]".
struct ApiTokens {
  Secret access_token;
  Secret refresh_token;                      // empty when the platform issued none
  std::optional<int64_t> access_expires_ms;  // UTC ms; nullopt when unknown or never
  std::optional<int64_t> refresh_expires_ms;
  int64_t updated_ms = 0;  // when they were saved (set by LoadTokens)
  // A fingerprint of the credential files the pair was seeded from; empty when saving keeps
  // the stored one (a refresh). Not secret: it tells new files from ones already seeded.
  std::string seeded_from;
};

// A connector account's state for `touchpoint status`.
enum class ConnectorState {
  kOk,           // the last poll committed and added events
  kQuiet,        // the last poll committed and found nothing new
  kRateLimited,  // waiting for the advertised reset (`until_ms`)
  kBackingOff,   // a poll failed in a retryable way; next attempt at `until_ms`
  kNeedsReauth,  // the refresh grant or the token was rejected; the user must authorize again
  kFailing,      // polls fail for a reason retrying will not fix (`detail` says which)
};

// "ok", "quiet", "rate_limited", "backing_off", "needs_reauth", "failing".
std::string_view ConnectorStateName(ConnectorState state) noexcept;
std::optional<ConnectorState> ParseConnectorState(std::string_view name) noexcept;

// A poll that ended without committing.
struct PollProblem {
  ConnectorState state = ConnectorState::kFailing;  // any state but kOk and kQuiet
  std::string detail;  // the last error, for the user; never a token or a URL carrying one
  std::optional<int64_t> until_ms;  // kRateLimited: the reset; kBackingOff: the next attempt
  int64_t at_ms = 0;
};

// What the store knows about one connector account's polling.
struct ConnectorHealth {
  PollSource source;
  ConnectorState state = ConnectorState::kOk;
  std::string detail;
  std::optional<int64_t> until_ms;
  int64_t consecutive_failures = 0;           // problems since the last committed poll
  std::optional<int64_t> last_ok_ms;          // the last committed poll
  std::optional<int64_t> last_new_ms;         // the last committed poll that added events
  PollCounts last_counts;                     // of the last committed poll
  std::optional<int64_t> token_expires_ms;    // the stored access token's, if known
  std::optional<int64_t> refresh_expires_ms;  // the stored refresh token's, if known
  int64_t updated_ms = 0;
};

// Where polls, cursors, tokens and health are kept: the SQLite store, or another backend
// behind the same contract. Calls must not be made while a session of the same target is
// committing (one writer per target). Not thread-safe.
class PollTarget {
 public:
  virtual ~PollTarget() = default;

  // Starts collecting one poll of `source`. kUsage when connector or account is empty.
  virtual Result<std::unique_ptr<PollSession>> BeginPoll(const PollSource& source) = 0;
  // The committed value of cursor `stream`, or nullopt when it was never set.
  virtual Result<std::optional<std::string>> Cursor(const PollSource& source,
                                                    std::string_view stream) = 0;

  // Replaces the account's tokens and returns only once they are durable: its own
  // transaction, synced to disk even when the store runs with synchronous=NORMAL, so a
  // rotated refresh token is stored before it is used. kUsage when the access token is
  // empty; kInternal when a transaction is open on the connection. No error message ever
  // contains a token.
  virtual Status SaveTokens(const PollSource& source, const ApiTokens& tokens, int64_t now_ms) = 0;
  virtual Result<std::optional<ApiTokens>> LoadTokens(const PollSource& source) = 0;

  // Records a poll that did not commit: state, detail and until as given, and one more
  // consecutive failure unless the state is kRateLimited (a wait, not a failure).
  // kUsage when `problem.state` is kOk or kQuiet (Commit() records those).
  virtual Status RecordPollProblem(const PollSource& source, const PollProblem& problem) = 0;
  // nullopt when the account was never polled.
  virtual Result<std::optional<ConnectorHealth>> Health(const PollSource& source) = 0;
  // Every account ever polled, by connector then account.
  virtual Result<std::vector<ConnectorHealth>> AllHealth() = 0;
};

}  // namespace touchpoint
