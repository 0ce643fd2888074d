#pragma once

#include <memory>
#include <string>
#include <vector>

#include "connectors/common/api_fetch.h"
#include "connectors/common/http_client.h"
#include "connectors/common/oauth2_session.h"
#include "connectors/common/rate_limiter.h"
#include "connectors/connector.h"
#include "connectors/linkedin/api_change_log.h"
#include "connectors/linkedin/api_restli.h"

namespace touchpoint::linkedin {

// Polls one LinkedIn member (and optionally one organization) through the REST API
// (apis.md 3), every request with LinkedIn-Version (settings.api_version, else
// kDefaultApiVersion) and Rest.li 2.0:
//   0. until "snapshot.inbox" is "done": GET /rest/memberSnapshotData?q=criteria&domain=INBOX,
//      the member's message history, kSnapshotPagesPerPoll pages per poll ("snapshot.inbox"
//      holds the next start offset meanwhile), read as the archive reads messages.csv
//      (api_snapshot.h); the owner's profile URL it shows is kept ("member.profile_url") and
//      keys the outbound messages of the changelog like the archive's;
//   1. GET /rest/memberChangeLogs?q=memberAndApplication&startTime=<ms>&count=50 (+ start
//      pages). startTime is inclusive: the latest processedAt read so far
//      ("changelog.start_time"; 28 days back on the first poll, unchanged when nothing is
//      new); the elements at that time ("changelog.boundary_ids", at most kMaxBoundaryIds)
//      come back and are not emitted again. Messages and comments become events
//      (api_change_log.h); edits, deletions and other resources are skipped and counted;
//      a malformed element is a partial error, an answer without `elements` kDataError.
//      More than max_pages pages are read over several polls while processedAt ascends
//      (the cursor then covers the pages read); out of order, they fail the poll;
//   2. with settings.organization: GET /rest/organizationalEntityNotifications over
//      timeRange (start: "org.window_end" - kOrgOverlap, end: now), comments read through
//      GET /rest/socialActions/{post}/comments (api_org_notifications.h); "org.seen" keeps
//      the notifications of the overlap so they are not emitted twice.
// The member ("member.urn") comes from settings.account when it is a person URN, else from
// the first changelog element's owner. A cursor value moves only over what this poll
// emitted; a failure anywhere fails the poll. Tokens: OAuth2Session, refreshed through
// token_url with client_id and client_secret in the form; a 401 without refresh token is
// NeedsReauth. Rate-limit buckets "<account>/li.changelog", "<account>/li.org",
// "<account>/li.comments", "<account>/li.oauth2"; a used-up daily quota blocks its bucket
// until the next 00:00 UTC (ApiFetcher). Not thread-safe: one poll at a time.
class LinkedinApiPoller final : public ApiPoller {
 public:
  static constexpr char kMemberUrn[] = "member.urn";
  static constexpr char kMemberProfileUrl[] = "member.profile_url";
  static constexpr char kSnapshotInbox[] = "snapshot.inbox";
  static constexpr char kSnapshotDone[] = "done";
  static constexpr int kSnapshotPagesPerPoll = 20;
  static constexpr int kSnapshotDefaultCount = 10;  // LinkedIn's default page size
  static constexpr char kChangeLogStartTime[] = "changelog.start_time";
  static constexpr char kChangeLogBoundaryIds[] = "changelog.boundary_ids";
  static constexpr char kOrgWindowEnd[] = "org.window_end";
  static constexpr char kOrgSeen[] = "org.seen";
  static constexpr size_t kMaxBoundaryIds = kMaxChangeLogBoundaryIds;
  static constexpr int kChangeLogCount = 50;  // the documented maximum
  static constexpr std::chrono::hours kChangeLogRetention{28 * 24};
  static constexpr std::chrono::hours kOrgOverlap{1};
  static constexpr std::chrono::hours kOrgFirstWindow{7 * 24};

  // kConfigError when api_base_url is empty. An empty token_url becomes
  // DefaultTokenUrl(api_base_url).
  static Result<std::unique_ptr<ApiPoller>> Create(const PollerSettings& settings);

  // LinkedIn's OAuth host for the real API (https://api.linkedin.com), whose tokens are not
  // served by the API host; <api_base_url>/oauth/v2/accessToken for any other (a fake).
  static std::string DefaultTokenUrl(std::string_view api_base_url);

  Result<PollResult> Poll(const PollCursor& cursor, EventSink& sink) override;

 private:
  explicit LinkedinApiPoller(const PollerSettings& settings);

  std::string Bucket(std::string_view group) const;
  // {user_id: "member.urn", profile_url: "member.profile_url"} from the cursor.
  static Identity Member(const PollCursor& cursor);
  // Reads the next part of the INBOX snapshot, unless "snapshot.inbox" is "done".
  Status PollInboxSnapshot(RestliClient& api, PollCursor& next, EventSink& sink,
                           std::vector<std::string>& partial_errors);
  // Emits the changelog's new touchpoints; updates the member and changelog values in `next`.
  Status PollChangeLog(RestliClient& api, PollCursor& next, EventSink& sink,
                       std::vector<std::string>& partial_errors);
  Status PollOrganization(RestliClient& api, PollCursor& next, EventSink& sink,
                          std::vector<std::string>& partial_errors);

  const std::string base_url_;
  const std::string account_;
  const std::string api_version_;
  const std::string organization_;
  const OAuth2Client client_;
  const int max_pages_;
  Clock& clock_;
  TokenKeeper& tokens_;
  HttpClient http_;
  RateLimiter limiter_;
  ApiFetcher fetcher_;
};

}  // namespace touchpoint::linkedin
