#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "connectors/common/api_fetch.h"
#include "connectors/common/http_client.h"
#include "connectors/common/rate_limiter.h"
#include "connectors/connector.h"
#include "connectors/facebook/graph_session.h"

namespace touchpoint::facebook {

// Polls one Facebook Page through the Graph API (apis.md 2) with a Page token
// (graph_session.h: renewed from the stored user token on code 190, appsecret_proof when
// client_secret is set). Settings: account = the Page id; api_base_url, e.g.
// "https://graph.facebook.com" (required); api_version, default kDefaultVersion.
//
// Each poll:
//   1. GET /{page-id}?fields=id,name once, cached in the cursor: the Page is the owner of
//      every event, and items whose from.id is the Page's are outbound;
//   2. the Messenger inbox (inbox_reader.h): new messages as `dm` events;
//   3. the newest posts of the feed (feed_reader.h): new comments and replies as `comment`
//      events.
// A failure anywhere fails the whole poll; the returned cursor moves only over what was
// emitted, and no external_id is emitted twice in one poll.
//
// Cursor values (all times UTC ms in decimal):
//   "page.id", "page.name"        the Page, from step 1;
//   "conversations.watermark"     the newest conversation updated_time seen;
//   "conversations.horizon"       conversation entries older than this were pruned;
//   "conversations.read"          a JSON object: conversation id -> its updated_time when its
//                                 messages were last read (at most
//                                 InboxReader::kMaxConversations entries, none older than
//                                 30 days before the watermark); one value, so that a store
//                                 that loads cursor values by name can load it;
//   "comments.watermark"          the newest comment created_time seen.
// All calls for the Page share the rate-limit bucket "<account>/fb.page" (Facebook counts
// them against the same Page and app limits, and calls made while throttled still count);
// the Page-token renewal uses "<account>/fb.token". Usage headers slow calls down from 75 %
// and stop them from 95 % (RateLimiter). Not thread-safe: one poll at a time.
class GraphApiPoller final : public ApiPoller {
 public:
  static constexpr char kDefaultVersion[] = "v19.0";
  static constexpr char kPageId[] = "page.id";
  static constexpr char kPageName[] = "page.name";
  static constexpr char kConversationsWatermark[] = "conversations.watermark";
  static constexpr char kConversationsHorizon[] = "conversations.horizon";
  static constexpr char kConversationsRead[] = "conversations.read";
  static constexpr char kCommentsWatermark[] = "comments.watermark";

  // kConfigError when api_base_url or account is empty.
  static Result<std::unique_ptr<ApiPoller>> Create(const PollerSettings& settings);

  Result<PollResult> Poll(const PollCursor& cursor, EventSink& sink) override;

 private:
  explicit GraphApiPoller(const PollerSettings& settings);

  std::string PageBucket() const;
  // The Page from the cursor, or from GET /{page-id}?fields=id,name (then written into
  // `next`).
  Result<Identity> Page(GraphSession& session, PollCursor& next);

  const std::string versioned_base_;
  const std::string account_;
  const std::string app_secret_;
  const int max_pages_;
  TokenKeeper& tokens_;
  HttpClient http_;
  RateLimiter limiter_;
  ApiFetcher fetcher_;
};

// The rate-limit policy of apis.md 2.5: slow down from 75 % usage, stop from 95 %, back off
// from 5 s when a throttle names no time.
RateLimitOptions GraphRateLimits();

}  // namespace touchpoint::facebook
