#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "connectors/common/api_fetch.h"
#include "connectors/common/http_client.h"
#include "connectors/common/oauth2_session.h"
#include "connectors/common/rate_limiter.h"
#include "connectors/connector.h"
#include "connectors/twitter/owner.h"

namespace touchpoint::twitter {

// Polls one X account through API v2 with an OAuth 2.0 user-context token (apis.md 1):
//   1. GET /2/users/me once, cached in the cursor ("me.id", "me.username", "me.name");
//   2. GET /2/users/:id/mentions with since_id = "mentions.since_id", every page of the poll
//      (pagination_token, max_results=100); the new since_id is the newest id read;
//   3. GET /2/dm_events newest first (the endpoint has no since_id), paging until an event at
//      or below "dm.newest_id"; the new value is the newest event id read;
//   4. once an hour ("mentions.overlap_at", UTC ms of the last pass), mentions again without
//      since_id, from kOverlap before the last pass: X indexes some mentions late, below a
//      since_id already read, and only such a window finds them (repeats are deduplicated).
// A cursor value moves only over what this poll emitted; a failure on any page fails the
// poll. Events are normalised as the archive importer normalises the same tweet or DM
// (tweet_event.h, dm_event.h). Token handling: OAuth2Session, refreshing through
// POST {api_base_url}/2/oauth2/token. Rate-limit buckets "<account>/x.users_me",
// "<account>/x.mentions", "<account>/x.dm", "<account>/x.oauth2". Not thread-safe: one poll
// at a time, which makes the token refresh single-flight.
class TwitterApiPoller final : public ApiPoller {
 public:
  static constexpr char kMeId[] = "me.id";
  static constexpr char kMeUsername[] = "me.username";
  static constexpr char kMeName[] = "me.name";
  static constexpr char kMentionsSinceId[] = "mentions.since_id";
  static constexpr char kDmNewestId[] = "dm.newest_id";
  static constexpr char kMentionsOverlapAt[] = "mentions.overlap_at";
  // How often the late-indexing pass runs, and how far before the previous pass it reaches.
  static constexpr std::chrono::minutes kOverlapEvery{60};
  static constexpr std::chrono::minutes kOverlap{10};

  // kConfigError when api_base_url or client_id is empty.
  static Result<std::unique_ptr<ApiPoller>> Create(const PollerSettings& settings);

  Result<PollResult> Poll(const PollCursor& cursor, EventSink& sink) override;

 private:
  explicit TwitterApiPoller(const PollerSettings& settings);

  std::string Bucket(std::string_view group) const;
  // The owner from the cursor, or from GET /2/users/me (then written into `next`).
  Result<Owner> Me(OAuth2Session& session, PollCursor& next);
  // Emits every mention newer than `since_id`, or, with `start_time` (RFC 3339), every
  // mention since then; returns the newest id read (at least `since_id`).
  Result<std::string> PollMentions(OAuth2Session& session, const Owner& owner,
                                   std::string since_id, const std::string& start_time,
                                   EventSink& sink, std::vector<std::string>& partial_errors);
  // The late-indexing pass when it is due; updates the cursor's overlap_at and since_id.
  Status PollLateMentions(OAuth2Session& session, const Owner& owner, PollCursor& next,
                          EventSink& sink, std::vector<std::string>& partial_errors);
  // Emits every DM event newer than `newest_known`; returns the new newest id.
  Result<std::string> PollDms(OAuth2Session& session, const Owner& owner,
                              std::string newest_known, EventSink& sink,
                              std::vector<std::string>& partial_errors);

  const std::string base_url_;
  const std::string account_;
  const OAuth2Client client_;
  const int max_pages_;
  Clock& clock_;
  TokenKeeper& tokens_;
  HttpClient http_;
  RateLimiter limiter_;
  ApiFetcher fetcher_;
};

}  // namespace touchpoint::twitter
