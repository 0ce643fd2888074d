#pragma once

#include <rapidjson/document.h>

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "connectors/event_sink.h"
#include "connectors/linkedin/api_restli.h"
#include "core/event.h"
#include "core/status.h"

namespace touchpoint::linkedin {

inline constexpr char kOrgNotificationsSource[] = "GET /rest/organizationalEntityNotifications";
inline constexpr char kOrgCommentsSource[] = "GET /rest/socialActions/{post}/comments";

// One window of an organization's notifications (apis.md 3.4).
struct OrgPoll {
  std::string base_url;                     // "https://api.linkedin.com"
  std::string organization_urn;             // "urn:li:organization:123"
  int64_t start_ms = 0;                     // timeRange start (inclusive)
  int64_t end_ms = 0;                       // timeRange end
  std::set<std::string, std::less<>> seen;  // generatedActivity URNs emitted before
  std::string notifications_bucket;
  std::string comments_bucket;
};

// A notification read in this window, for the next poll's `seen`.
struct OrgNotificationSeen {
  std::string activity;             // generatedActivity
  int64_t last_modified_at_ms = 0;  // 0 when the element has none
};

// "urn:li:organization:123" for "123" or the URN itself.
std::string OrganizationUrn(std::string_view organization);

// A comment of GET /rest/socialActions/{post}/comments, as a COMMENT notification needs it.
struct OrgComment {
  std::string actor;
  int64_t created_ms = 0;
  std::string text;
};
using OrgComments = std::map<std::string, OrgComment, std::less<>>;  // by comment URN

// Adds the comments of one page's `elements` (an array) by URN (commentUrn, else $URN;
// comments with neither are passed over): actor (else created.actor), created.time,
// message.text.
void AddOrgComments(const rapidjson::Value& elements, OrgComments& comments);

// Reads the pages of organizationalEntityNotifications as PollOrgNotifications describes,
// without HTTP: `find_comment(post, urn)` finds a COMMENT's comment (nullptr when the post
// has no such comment). Not thread-safe.
class OrgNotificationPages {
 public:
  using FindComment =
      std::function<Result<const OrgComment*>(const std::string& post, const std::string& urn)>;

  // References must outlive this.
  OrgNotificationPages(const OrgPoll& poll, FindComment find_comment, EventSink& sink,
                       std::vector<std::string>& partial_errors);

  // Reads one page's `elements` (an array). Errors: find_comment's and the sink's.
  Status ReadElements(const rapidjson::Value& elements);

  // Every notification read so far (with generatedActivity), in order; leaves none.
  std::vector<OrgNotificationSeen> TakeRead() { return std::move(read_); }

 private:
  Status ReadNotification(const rapidjson::Value& element);

  const OrgPoll& poll_;
  const FindComment find_comment_;
  EventSink& sink_;
  std::vector<std::string>& partial_errors_;
  const Identity organization_;
  std::vector<OrgNotificationSeen> read_;
  std::set<std::string, std::less<>> this_poll_;
};

// Reads every page of GET /rest/organizationalEntityNotifications?q=criteria&actions=
// List(COMMENT,SHARE_MENTION)&organizationalEntity=<urn>&timeRange=(start:..,end:..) and
// emits, for each notification whose generatedActivity is neither in `poll.seen` nor read
// before in this window:
//   * COMMENT: the comment, found among GET /rest/socialActions/{sourcePost}/comments (every
//     page, read once per post and poll) by its URN, as a CommentEvent (outbound when the
//     organization wrote it); a comment that is gone is skipped ("org comment not found");
//   * SHARE_MENTION: a `mention`, inbound, by the notification's actor, keyed by the post
//     URN; without actor it is skipped;
//   * other actions are skipped with their name.
// Malformed notifications (no generatedActivity) are partial errors. Returns what was read.
Result<std::vector<OrgNotificationSeen>> PollOrgNotifications(
    RestliClient& api, const OrgPoll& poll, EventSink& sink,
    std::vector<std::string>& partial_errors);

}  // namespace touchpoint::linkedin
