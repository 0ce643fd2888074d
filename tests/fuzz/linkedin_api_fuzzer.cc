// An answer of LinkedIn's REST API as the poller reads it (connectors/linkedin/api_poller.h):
// judged as ApiFetcher judges every answer (as a 200, whose parsed body is handed on, and as an
// error status, whose body is read for Rest.li's serviceErrorCode, code and message, or an OAuth
// error), then its `elements` read as each collection the poller pages through: the INBOX
// snapshot, memberChangeLogs (with the boundary of the next poll), organization notifications
// with the comments of /rest/socialActions/{post}/comments, and the paging decision. The same
// bytes are also the value of Retry-After and X's x-rate-limit-* headers, which the shared
// RateLimiter reads from every answer.
#include <rapidjson/document.h>
#include <spdlog/spdlog.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "connectors/common/api_fetch.h"
#include "connectors/common/json_fields.h"
#include "connectors/common/rate_limiter.h"
#include "connectors/linkedin/api_change_log.h"
#include "connectors/linkedin/api_org_notifications.h"
#include "connectors/linkedin/api_restli.h"
#include "connectors/linkedin/api_snapshot.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

using namespace touchpoint;
using namespace touchpoint::linkedin;

constexpr char kMemberUrn[] = "urn:li:person:abc123";
constexpr char kOrganizationUrn[] = "urn:li:organization:5";
constexpr int kCount = 50;

// The statuses LinkedIn errors come with: 400, 401 (REVOKED_ACCESS_TOKEN, 65601), 403, 426
// (sunset LinkedIn-Version), 429 (throttle or daily quota), 500.
constexpr long kErrorStatuses[] = {400, 401, 403, 426, 429, 500};

FetchVerdict Judge(std::string_view body, long status, HttpRequest::Method method) {
  HttpRequest request;
  request.method = method;
  request.url = "https://api.linkedin.com/rest/memberChangeLogs?q=memberAndApplication";
  HttpResponse response;
  response.status = status;
  response.headers["content-type"] = "application/json";
  response.body = std::string(body);
  FetchVerdict verdict = JudgeResponse(request, response);
  fuzz::CheckVerdict(verdict, status);
  if (verdict.daily_quota && (status != 429 || verdict.status.code() != StatusCode::kBusy)) {
    fuzz::InvariantFailed("JudgeResponse", "a daily quota that is not a kBusy 429");
  }
  return verdict;
}

void ReadRestliErrors(std::string_view body, fuzz::CheckingSink& sink) {
  for (const long status : kErrorStatuses) {
    const FetchVerdict verdict = Judge(body, status, HttpRequest::Method::kGet);
    sink.Record(verdict.status);
    sink.Record(IsRevokedToken(verdict.status) ? "revoked" : "not revoked");
    // What the daemon reads from a failed poll's status (daemon/poll_verdict.cc).
    if (ParseRateLimitedUntil(verdict.status)) sink.Record("rate-limited");
  }
  // The token refresh (OAuth2Session) POSTs and reads OAuth errors ("invalid_grant").
  for (const long status : {200L, 400L, 401L}) {
    sink.Record(Judge(body, status, HttpRequest::Method::kPost).status);
  }
}

void ReadSnapshot(const rapidjson::Value& elements, EventSink& sink) {
  InboxSnapshot snapshot;
  snapshot.AddElements(elements);
  if (snapshot.rows() == 0) return;
  // Without a known owner (the first poll), and with the profile URL an earlier one kept.
  Identity known_member;
  known_member.user_id = kMemberUrn;
  known_member.profile_url = "https://www.linkedin.com/in/mira-kestrel";
  const Identity* const owners[] = {nullptr, &known_member};
  for (const Identity* known : owners) {
    Result<Identity> owner = snapshot.Emit(known, sink);
    if (!owner) fuzz::CheckDataStatus(owner.error(), "InboxSnapshot::Emit");
  }
}

// Reads the page as a first poll would (member unknown), then as the next poll, which starts
// from the boundary the first one left: the elements at its time are not emitted again.
void ReadChangeLog(const rapidjson::Value& elements, EventSink& sink) {
  std::vector<std::string> partial_errors;
  ChangeLogPages first(Identity{}, std::nullopt, {});
  fuzz::CheckDataStatus(first.ReadElements(elements, sink, partial_errors),
                        "ChangeLogPages::ReadElements");
  if (first.boundary_ids().size() > kMaxChangeLogBoundaryIds) {
    fuzz::InvariantFailed("ChangeLogPages", "more boundary ids than kMaxChangeLogBoundaryIds");
  }
  if (!first.boundary_time() && !first.boundary_ids().empty()) {
    fuzz::InvariantFailed("ChangeLogPages", "boundary ids without a boundary time");
  }
  Identity member = first.member();
  if (member.user_id.empty()) member.user_id = kMemberUrn;
  ChangeLogPages next(member, first.boundary_time(), first.boundary_ids());
  fuzz::CheckDataStatus(next.ReadElements(elements, sink, partial_errors),
                        "ChangeLogPages::ReadElements");
  if (first.boundary_time() && next.boundary_time() != first.boundary_time()) {
    fuzz::InvariantFailed("ChangeLogPages", "the same page moved the boundary");
  }
}

// Notifications whose COMMENT comments are looked up among the same page's elements read as
// a comments page; then again with the notifications read as seen (the next window).
void ReadOrganization(const rapidjson::Value& elements, EventSink& sink) {
  OrgComments comments;
  AddOrgComments(elements, comments);
  const auto find = [&](const std::string&, const std::string& urn) -> Result<const OrgComment*> {
    const auto found = comments.find(urn);
    return found != comments.end() ? &found->second : nullptr;
  };
  OrgPoll poll;
  poll.base_url = "https://api.linkedin.com";
  poll.organization_urn = kOrganizationUrn;
  poll.start_ms = 1'714'521'600'000;
  poll.end_ms = 1'714'525'200'000;
  std::vector<std::string> partial_errors;
  OrgNotificationPages pages(poll, find, sink, partial_errors);
  fuzz::CheckDataStatus(pages.ReadElements(elements), "OrgNotificationPages::ReadElements");
  for (OrgNotificationSeen& seen : pages.TakeRead()) poll.seen.insert(std::move(seen.activity));
  fuzz::CheckingSink again;
  OrgNotificationPages next(poll, find, again, partial_errors);
  fuzz::CheckDataStatus(next.ReadElements(elements), "OrgNotificationPages::ReadElements");
  if (again.fingerprint().find("\nemit ") != std::string::npos) {
    fuzz::InvariantFailed("OrgNotificationPages", "a seen notification emitted again");
  }
}

void ReadAnswer(std::string_view body) {
  fuzz::CheckingSink sink;
  ReadRestliErrors(body, sink);
  FetchVerdict verdict = Judge(body, 200, HttpRequest::Method::kGet);
  if (verdict.kind != FetchVerdict::Kind::kSuccess) return;
  const rapidjson::Document& answer = verdict.document;
  const rapidjson::Value* elements = ArrayField(answer, "elements");
  if (elements == nullptr) return;  // Paginate: kDataError, "no elements array"
  if (const int64_t got = elements->Size(); got > 0) {
    for (const int64_t start : {0, kCount}) {
      sink.Record(HasMorePages(answer, start, got, kCount) ? "more" : "last");
    }
  }
  ReadSnapshot(*elements, sink);
  ReadChangeLog(*elements, sink);
  ReadOrganization(*elements, sink);
}

// The bytes as Retry-After and as X's rate-limit headers, observed as LinkedIn's limiter
// (the default policy) observes every answer, throttled (a 429) or not.
void ReadHeaders(std::string_view value) {
  const std::string text(value);
  const RateLimitOptions options;
  const std::vector<std::vector<std::string>> sets = {
      {"retry-after"},
      {"x-rate-limit-reset"},
      {"x-rate-limit-limit", "x-rate-limit-remaining", "x-rate-limit-reset"}};
  for (const auto& names : sets) {
    HttpResponse response;
    response.status = 429;
    for (const std::string& name : names) response.headers[name] = text;
    fuzz::CheckLimiterWaits(response, "urn:li:person:abc123/li.changelog", options);
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  spdlog::set_level(spdlog::level::off);  // the limiter logs its waits
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ReadAnswer(bytes);
  ReadHeaders(bytes);
  return 0;
}
