#include "connectors/linkedin/api_poller.h"

#include <algorithm>
#include <charconv>
#include <set>
#include <utility>

#include "connectors/common/poll_cursor.h"
#include "connectors/common/timestamp.h"
#include "connectors/linkedin/api_change_log.h"
#include "connectors/linkedin/api_org_notifications.h"
#include "connectors/linkedin/api_snapshot.h"

namespace touchpoint::linkedin {
namespace {

constexpr std::string_view kRealApiHost = "https://api.linkedin.com";
constexpr char kRealTokenUrl[] = "https://www.linkedin.com/oauth/v2/accessToken";
constexpr std::string_view kPersonPrefix = "urn:li:person:";
constexpr size_t kMaxOrgSeen = 2000;

// Cursor lists are one value per line: URNs can hold commas.
std::set<std::string, std::less<>> SplitLines(std::string_view text) {
  std::set<std::string, std::less<>> lines;
  while (!text.empty()) {
    const size_t end = std::min(text.find('\n'), text.size());
    if (end > 0) lines.emplace(text.substr(0, end));
    text.remove_prefix(std::min(end + 1, text.size()));
  }
  return lines;
}

template <typename Range>
std::string JoinLines(const Range& lines) {
  std::string joined;
  for (const auto& line : lines) {
    if (!joined.empty()) joined += '\n';
    joined += line;
  }
  return joined;
}

int64_t ToMs(std::chrono::system_clock::time_point time) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count();
}

int64_t Ms(std::chrono::hours hours) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(hours).count();
}

// Passes each external_id once per poll: the snapshot and the changelog can both hold a
// recent message, under the same archive key.
class OncePerPollSink final : public EventSink {
 public:
  explicit OncePerPollSink(EventSink& sink) : sink_(sink) {}
  Status Emit(Event event) override {
    if (!emitted_.insert(event.external_id).second) {
      sink_.Skip("already emitted in this poll");
      return Status::Ok();
    }
    return sink_.Emit(std::move(event));
  }
  void Skip(std::string_view reason) override { sink_.Skip(reason); }
  void Progress(uint64_t bytes) override { sink_.Progress(bytes); }

 private:
  EventSink& sink_;
  std::set<std::string, std::less<>> emitted_;
};

}  // namespace

Result<std::unique_ptr<ApiPoller>> LinkedinApiPoller::Create(const PollerSettings& settings) {
  if (settings.api_base_url.empty()) {
    return Fail(StatusCode::kConfigError, "linkedin: the API base URL is empty");
  }
  return std::unique_ptr<ApiPoller>(new LinkedinApiPoller(settings));
}

LinkedinApiPoller::LinkedinApiPoller(const PollerSettings& settings)
    : base_url_(TrimTrailingSlashes(settings.api_base_url)),
      account_(settings.account),
      api_version_(settings.api_version.empty() ? kDefaultApiVersion : settings.api_version),
      organization_(settings.organization.empty() ? std::string()
                                                  : OrganizationUrn(settings.organization)),
      client_{settings.token_url.empty() ? DefaultTokenUrl(base_url_) : settings.token_url,
              settings.client_id, settings.client_secret, OAuth2Client::SecretIn::kForm},
      max_pages_(std::max(1, settings.max_pages)),
      clock_(settings.clock),
      tokens_(settings.tokens),
      http_(settings.http),
      limiter_(settings.clock),
      fetcher_(http_, limiter_, settings.clock, settings.retry) {}

std::string LinkedinApiPoller::DefaultTokenUrl(std::string_view api_base_url) {
  const std::string base = TrimTrailingSlashes(std::string(api_base_url));
  return base == kRealApiHost ? std::string(kRealTokenUrl) : base + "/oauth/v2/accessToken";
}

std::string LinkedinApiPoller::Bucket(std::string_view group) const {
  return RateLimiter::BucketKey(account_, group);
}

Result<PollResult> LinkedinApiPoller::Poll(const PollCursor& cursor, EventSink& output) {
  OncePerPollSink sink(output);
  OAuth2Session session(fetcher_, tokens_, clock_, client_, Bucket("li.oauth2"));
  if (Status begun = session.Begin(); !begun.ok()) return Fail(begun);
  RestliClient api(session, clock_, api_version_, max_pages_);
  PollResult result;
  result.cursor = cursor;
  if (account_.starts_with(kPersonPrefix)) result.cursor[kMemberUrn] = account_;
  if (Status status = PollInboxSnapshot(api, result.cursor, sink, result.partial_errors);
      !status.ok()) {
    return Fail(status);
  }
  if (Status status = PollChangeLog(api, result.cursor, sink, result.partial_errors);
      !status.ok()) {
    return Fail(status);
  }
  if (!organization_.empty()) {
    if (Status status = PollOrganization(api, result.cursor, sink, result.partial_errors);
        !status.ok()) {
      return Fail(status);
    }
  }
  if (Identity owner = Member(result.cursor); !owner.empty()) result.owner = std::move(owner);
  result.token_expires_at_ms = session.access_expires_at_ms();
  return result;
}

Status LinkedinApiPoller::PollInboxSnapshot(RestliClient& api, PollCursor& next, EventSink& sink,
                                            std::vector<std::string>& partial_errors) {
  const std::string state = CursorValue(next, kSnapshotInbox);
  if (state == kSnapshotDone) return Status::Ok();
  const int64_t first = ParseCursorMs(state).value_or(0);
  // The snapshot is fixed at consent time, so offsets stay valid from poll to poll: a long
  // history is read kSnapshotPagesPerPoll pages at a time, each poll committing its part.
  const std::string path = base_url_ + "/rest/memberSnapshotData?q=criteria&domain=INBOX";
  InboxSnapshot snapshot;
  int64_t read = 0;
  bool cut = false;
  Status paged = api.Paginate(
      Bucket("li.snapshot"), kSnapshotDefaultCount,
      [&](int start) {
        const int64_t offset = first + start;
        return offset == 0 ? path : path + "&start=" + std::to_string(offset);
      },
      [&](const rapidjson::Value& elements) {
        snapshot.AddElements(elements);
        read += elements.Size();
        return Status::Ok();
      },
      [&] { return cut = true; }, std::min(max_pages_, kSnapshotPagesPerPoll));
  if (!paged.ok()) return paged;
  if (snapshot.skipped() > 0) {
    partial_errors.push_back(std::string(kSnapshotInboxSource) + ": " +
                             std::to_string(snapshot.skipped()) + " elements or rows unreadable");
  }
  if (snapshot.rows() > 0) {
    const Identity member = Member(next);
    Result<Identity> owner = snapshot.Emit(member.profile_url.empty() ? nullptr : &member, sink);
    if (!owner && owner.error().code() != StatusCode::kDataError) return owner.error();
    if (!owner) {
      // Rows no one can tell the direction of: reported, not retried on every poll.
      partial_errors.push_back(owner.error().message() + "; " + std::to_string(snapshot.rows()) +
                               " snapshot rows not imported");
    } else if (!owner->profile_url.empty()) {
      next[kMemberProfileUrl] = owner->profile_url;
    }
  }
  next[kSnapshotInbox] = cut ? std::to_string(first + read) : std::string(kSnapshotDone);
  return Status::Ok();
}

Identity LinkedinApiPoller::Member(const PollCursor& cursor) {
  Identity member;
  member.user_id = CursorValue(cursor, kMemberUrn);
  member.profile_url = CursorValue(cursor, kMemberProfileUrl);
  return member;
}

Status LinkedinApiPoller::PollChangeLog(RestliClient& api, PollCursor& next, EventSink& sink,
                                        std::vector<std::string>& partial_errors) {
  const int64_t now_ms = ToMs(clock_.Now());
  const int64_t oldest_kept = now_ms - Ms(kChangeLogRetention);
  const std::optional<int64_t> known = ParseCursorMs(CursorValue(next, kChangeLogStartTime));
  if (known && *known < oldest_kept) {
    partial_errors.push_back(std::string(kChangeLogSource) + ": the last poll was before " +
                             FormatIso8601Ms(oldest_kept) +
                             "; changes older than 28 days are no longer served");
  }
  const int64_t start_time = known.value_or(oldest_kept);
  ChangeLogPages pages(Member(next), known, SplitLines(CursorValue(next, kChangeLogBoundaryIds)));

  const std::string path = base_url_ + "/rest/memberChangeLogs?q=memberAndApplication&startTime=" +
                           std::to_string(start_time) + "&count=" + std::to_string(kChangeLogCount);
  const auto url_for = [&](int start) {
    return start == 0 ? path : path + "&start=" + std::to_string(start);
  };
  const auto on_elements = [&](const rapidjson::Value& elements) {
    return pages.ReadElements(elements, sink, partial_errors);
  };
  const auto may_stop_early = [&] { return pages.may_stop_early(); };
  if (Status status = api.Paginate(Bucket("li.changelog"), kChangeLogCount, url_for, on_elements,
                                   may_stop_early);
      !status.ok()) {
    return status;
  }
  if (!pages.member().user_id.empty()) next[kMemberUrn] = pages.member().user_id;
  if (pages.boundary_time()) {
    next[kChangeLogStartTime] = std::to_string(*pages.boundary_time());
    next[kChangeLogBoundaryIds] = JoinLines(pages.boundary_ids());
  }
  return Status::Ok();
}

Status LinkedinApiPoller::PollOrganization(RestliClient& api, PollCursor& next, EventSink& sink,
                                           std::vector<std::string>& partial_errors) {
  const int64_t now_ms = ToMs(clock_.Now());
  OrgPoll poll;
  poll.base_url = base_url_;
  poll.organization_urn = organization_;
  const std::optional<int64_t> window_end = ParseCursorMs(CursorValue(next, kOrgWindowEnd));
  poll.start_ms = window_end ? *window_end - Ms(kOrgOverlap) : now_ms - Ms(kOrgFirstWindow);
  poll.end_ms = now_ms;
  poll.seen = SplitLines(CursorValue(next, kOrgSeen));
  poll.notifications_bucket = Bucket("li.org");
  poll.comments_bucket = Bucket("li.comments");
  Result<std::vector<OrgNotificationSeen>> read =
      PollOrgNotifications(api, poll, sink, partial_errors);
  if (!read) return read.error();
  // The next window starts kOrgOverlap before this one's end: only what was modified since
  // can come back, and those must not be emitted again.
  const int64_t next_start = poll.end_ms - Ms(kOrgOverlap);
  std::set<std::string, std::less<>> seen;
  for (const OrgNotificationSeen& item : *read) {
    if (item.last_modified_at_ms == 0 || item.last_modified_at_ms >= next_start) {
      seen.insert(item.activity);
    }
    if (seen.size() >= kMaxOrgSeen) break;
  }
  next[kOrgWindowEnd] = std::to_string(poll.end_ms);
  next[kOrgSeen] = JoinLines(seen);
  return Status::Ok();
}

}  // namespace touchpoint::linkedin
