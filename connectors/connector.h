#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "connectors/common/archive_reader.h"
#include "connectors/common/clock.h"
#include "connectors/common/http_client.h"
#include "connectors/common/oauth2_session.h"
#include "connectors/common/retry_policy.h"
#include "connectors/event_sink.h"
#include "core/event.h"
#include "core/poll_session.h"
#include "core/status.h"

namespace touchpoint {

// What an archive importer will read: the owner and the entries that hold touchpoints, in
// reading order.
struct ArchivePlan {
  Identity owner;
  std::vector<ArchiveEntry> entries;
  // Set when the archive is this platform's but holds nothing to import by design (a
  // media-only part of a split export): the import then succeeds with this note instead of
  // failing for having no events.
  std::string nothing_to_import;
};

// Reads one platform's export archives. One instance per import; not thread-safe.
class ArchiveImporter {
 public:
  virtual ~ArchiveImporter() = default;

  // True when `archive` holds this platform's export, judged by content (entry names and
  // their first bytes), never by the archive's file name.
  virtual bool Recognizes(ArchiveReader& archive) = 0;

  // Reads the archive's metadata (who the owner is) and lists the data entries to import.
  // `known_owner` is the owner an earlier import of this platform recorded, or nullptr: one
  // part of a split export may not say who the owner is. kDataError when the archive is this
  // platform's but unusable (no owner can be found).
  virtual Result<ArchivePlan> Plan(ArchiveReader& archive, const Identity* known_owner) = 0;

  // Streams one planned entry into `sink`. On error the caller discards everything the entry
  // emitted; the message names the entry, the item and the position.
  virtual Status ReadEntry(ArchiveReader& archive, const ArchiveEntry& entry,
                           EventSink& sink) = 0;
};

// What an API poll starts from and hands back: named cursor values, opaque to the caller
// ("user_id", "mentions.since_id", ...). Each connector documents its names.
using PollCursor = StoredCursor;

// What one successful poll produced besides its events.
struct PollResult {
  // Covers exactly what the poll emitted: store it with the events, in one transaction.
  PollCursor cursor;
  // Problems the API reported beside valid data (X `errors[]` in a 200: a suspended author,
  // a deleted tweet). The data was kept; these are for the log and `touchpoint status`.
  std::vector<std::string> partial_errors;
  // The account's own identity on the platform, when the poller knows it.
  std::optional<Identity> owner;
  // When the access token in use expires (UTC ms), if known.
  std::optional<int64_t> token_expires_at_ms;
};

// Polls one account's API incrementally. One poll at a time per instance (the daemon runs
// one poller per account on one thread), which also makes the token refresh single-flight:
// no two refreshes of one account can overlap. Not thread-safe.
class ApiPoller {
 public:
  virtual ~ApiPoller() = default;

  // Fetches everything new since `cursor` (empty on the first poll), emits it into `sink`,
  // and returns the cursor covering exactly what was emitted, which may repeat items that
  // were emitted before (the store dedupes on (platform, external_id)). On any error the
  // caller discards what was emitted and keeps the old cursor; the next poll then starts
  // again from there. Errors: kBusy ("rate-limited until T"), kUnavailable (transient
  // failures exhausted, or stopped), kPermission (IsNeedsReauth() tells whether the user must
  // authorise again), kDataError (an answer that breaks the API's contract), the sink's or
  // the TokenKeeper's own status.
  virtual Result<PollResult> Poll(const PollCursor& cursor, EventSink& sink) = 0;
};

// What a connector needs to poll one account, as values (from the config file).
struct PollerOptions {
  std::string api_base_url;   // "https://api.x.com"; a loopback fake in tests
  // The account as configured: rate-limit buckets, messages. Facebook: the Page id;
  // LinkedIn: the member ("me" or a person URN); X: a name of the user's choosing.
  std::string account;
  std::string client_id;      // the OAuth app's client id (token refresh)
  // The app secret: OAuth refresh of a confidential client, Facebook's appsecret_proof.
  // Empty for a public client (PKCE without a secret).
  std::string client_secret;
  // Where tokens are refreshed; empty: the connector's default for api_base_url.
  std::string token_url;
  // Facebook "v19.0", LinkedIn "202411" (LinkedIn-Version); empty: the connector's default.
  std::string api_version;
  // LinkedIn only: the organization whose Page comments and mentions are polled
  // ("urn:li:organization:123" or "123"); empty: none.
  std::string organization;
  HttpClientOptions http;  // the stop flag goes here
  RetryPolicy retry;
  int max_pages = 100;  // per stream and poll; more fails the poll (a paging loop)
};

// The options and the objects a poller works with. References must outlive the poller.
struct PollerSettings : PollerOptions {
  PollerSettings(Clock& clock_in, TokenKeeper& tokens_in) : clock(clock_in), tokens(tokens_in) {}

  Clock& clock;
  TokenKeeper& tokens;
};

// A connector is data: its name (also the events' platform), a description, and factories for
// what it can do; a factory is null when the connector cannot do that. Registered in
// connectors/registry.cc.
struct ConnectorDescriptor {
  std::string_view name;
  std::string_view description;
  std::unique_ptr<ArchiveImporter> (*make_archive_importer)();
  // kConfigError when the settings cannot work (no base URL, no client id).
  Result<std::unique_ptr<ApiPoller>> (*make_api_poller)(const PollerSettings& settings);
};
// Every connector compiled in (TOUCHPOINT_CONNECTOR_* CMake options), in a fixed order.
std::span<const ConnectorDescriptor* const> Connectors() noexcept;

}  // namespace touchpoint
