#pragma once

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "connectors/common/url_encoding.h"
#include "tests/support/fake_api_server.h"
#include "tests/support/fake_interception.h"
#include "tests/support/fake_oauth.h"
#include "tests/support/locked.h"

namespace touchpoint::test {

// A message or comment as the fake's changelog serves it.
struct FakeChange {
  int64_t id = 0;
  int64_t processed_at = 0;
  std::string json;  // the whole element
};

struct FakeOrgNotification {
  std::string action;  // COMMENT, SHARE_MENTION
  std::string source_post, generated_activity, actor;
  int64_t last_modified_at = 0;
};

struct FakeComment {
  std::string urn, actor, text;
  int64_t created = 0;
};

// LinkedIn's REST API on FakeApiServer (apis.md 3): GET /rest/memberChangeLogs with an
// inclusive startTime clamped to 28 days, count capped at 50 and start offsets over a list
// that grows while a poll pages; GET /rest/organizationalEntityNotifications with timeRange;
// GET /rest/socialActions/{post}/comments; POST /oauth/v2/accessToken with rotating refresh
// tokens and the client secret in the form. Every REST call must carry a LinkedIn-Version of
// kOldestVersion or later (else 426 NONEXISTENT_VERSION) and X-Restli-Protocol-Version 2.0.0
// (else 400). Faults queued per path are answered first. `oauth()->journal()` records what
// happened in order. Thread-safe.
class FakeLinkedinApi {
 public:
  static constexpr char kClientId[] = "li-client";
  // Holds the sentinel the log tests look for: the app secret is a secret too.
  static constexpr char kClientSecret[] = "li-SENTINEL-client-secret";
  static constexpr char kOldestVersion[] = "202405";
  static constexpr char kChangeLogPath[] = "/rest/memberChangeLogs";
  static constexpr char kOrgPath[] = "/rest/organizationalEntityNotifications";
  static constexpr char kTokenPath[] = "/oauth/v2/accessToken";
  static constexpr char kSnapshotPath[] = "/rest/memberSnapshotData";
  static constexpr int64_t kRetentionMs = 28LL * 24 * 3600 * 1000;

  using Now = std::function<std::chrono::system_clock::time_point()>;

  FakeLinkedinApi(FakeApiServer& server, Now now) : server_(server), now_(std::move(now)) {
    for (const char* path : {kChangeLogPath, kOrgPath, kSnapshotPath}) {
      server.Route("GET", path, [this](const FakeRequest& r) { return Handle(r); });
    }
    server.Route("POST", kTokenPath, [this](const FakeRequest& r) { return Handle(r); });
  }

  int64_t NowMs() const {
    return std::chrono::duration_cast<std::chrono::milliseconds>(now_().time_since_epoch()).count();
  }

  // Adds a changelog element processed now (+ `offset_ms`); `body` holds its other members
  // ("\"resourceName\":...") without braces. Returns the id.
  int64_t AddChange(const std::string& body, int64_t offset_ms = 0) {
    std::lock_guard lock(mutex_);
    FakeChange change;
    change.id = ++next_id_;
    change.processed_at = NowMsLocked() + offset_ms;
    change.json = "{\"id\":" + std::to_string(change.id) +
                  ",\"processedAt\":" + std::to_string(change.processed_at) +
                  ",\"capturedAt\":" + std::to_string(change.processed_at - 5) + "," + body + "}";
    changes_.push_back(change);
    return change.id;
  }
  // One INBOX snapshot row (column -> value), served one row per element.
  void AddSnapshotRow(std::vector<std::pair<std::string, std::string>> row) {
    std::lock_guard lock(mutex_);
    snapshot_.push_back(std::move(row));
  }
  void AddNotification(FakeOrgNotification notification) {
    std::lock_guard lock(mutex_);
    notifications_.push_back(std::move(notification));
  }
  void AddComment(const std::string& post, FakeComment comment) {
    const std::string path = "/rest/socialActions/" + PercentEncode(post) + "/comments";
    {
      std::lock_guard lock(mutex_);
      comments_[path].push_back(std::move(comment));
    }
    server_.Route("GET", path, [this](const FakeRequest& r) { return Handle(r); });
  }
  void QueueFault(const std::string& path, FakeResponse response) {
    interception_.QueueFault(path, std::move(response));
  }
  // Called with each GET, under no lock, before it is answered.
  void OnRequest(FakeInterception::Hook hook) { interception_.OnRequest(std::move(hook)); }
  // Pages hold at most `count` elements whatever the request asks (paging.count says so).
  void SetMaxCount(int count) {
    std::lock_guard lock(mutex_);
    max_count_ = count;
  }
  // The next `count` authorised calls answer 401 REVOKED_ACCESS_TOKEN (65601).
  void ReportRevoked(int count) {
    std::lock_guard lock(mutex_);
    revoked_answers_ = count;
  }
  // The tokens and the journal, under the fake's lock.
  Locked<FakeOAuth> oauth() { return {mutex_, oauth_}; }

 private:
  using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

  int64_t NowMsLocked() const { return NowMs(); }

  static FakeResponse Error(int status, int service_code, const std::string& code,
                            const std::string& message) {
    std::string body = "{\"status\":" + std::to_string(status);
    if (service_code != 0) body += ",\"serviceErrorCode\":" + std::to_string(service_code);
    if (!code.empty()) body += ",\"code\":\"" + code + "\"";
    body += ",\"message\":\"" + message + "\"}";
    return FakeResponse::Json(status, body);
  }

  static std::string Query(const FakeRequest& request, const std::string& name) {
    const auto found = request.query.find(name);
    return found != request.query.end() ? found->second : std::string();
  }

  static std::string Paging(int start, int count, bool more) {
    std::string paging = "\"paging\":{\"start\":" + std::to_string(start) +
                         ",\"count\":" + std::to_string(count) + ",\"links\":[";
    if (more) {
      paging += "{\"rel\":\"next\",\"type\":\"application/json\",\"href\":\"?start=" +
                std::to_string(start + count) + "\"}";
    }
    return paging + "]}";
  }

  // start/count as LinkedIn reads them: count defaults to 10 and is capped at 50 (or less,
  // SetMaxCount()).
  std::pair<int, int> Window(const FakeRequest& request) const {
    const std::string start = Query(request, "start"), count = Query(request, "count");
    const int first = start.empty() ? 0 : std::stoi(start);
    const int size = count.empty() ? 10 : std::min(max_count_, std::stoi(count));
    return {first, size};
  }

  FakeResponse Handle(const FakeRequest& request) {
    interception_.RunHook(request);
    std::lock_guard lock(mutex_);
    const std::string bearer = request.Header("authorization");
    oauth_.Journal(request.method + " " + request.path +
                   (bearer.starts_with("Bearer ") ? " with " + bearer.substr(7) : ""));
    if (std::optional<FakeResponse> fault = interception_.TakeFault(request.path, oauth_)) {
      return std::move(*fault);
    }
    if (request.path == kTokenPath) return Token(request);
    const std::string version = request.Header("linkedin-version");
    if (version.size() < 6 || version.substr(0, 6) < kOldestVersion) {
      return Error(426, 0, "NONEXISTENT_VERSION",
                   "Requested version " + version + "01 is not active");
    }
    if (request.Header("x-restli-protocol-version") != "2.0.0") {
      return Error(400, 0, "ILLEGAL_ARGUMENT", "Rest.li protocol 2.0.0 required");
    }
    if (bearer != "Bearer " + oauth_.access_token()) {
      return Error(401, 65600, "INVALID_ACCESS_TOKEN", "Invalid access token");
    }
    if (revoked_answers_ > 0) {
      --revoked_answers_;
      return Error(401, 65601, "REVOKED_ACCESS_TOKEN",
                   "The token used in the request has been revoked by the user");
    }
    if (request.path == kChangeLogPath) return ChangeLogs(request);
    if (request.path == kOrgPath) return Notifications(request);
    if (request.path == kSnapshotPath) return Snapshot(request);
    return Comments(request);
  }

  FakeResponse Token(const FakeRequest& request) {
    const auto form = [&](const std::string& name) {
      const auto found = request.form.find(name);
      return found != request.form.end() ? found->second : std::string();
    };
    if (form("client_id") != kClientId || form("client_secret") != kClientSecret) {
      return FakeResponse::Json(401, R"({"error":"invalid_client","error_description":)"
                                     R"("Client authentication failed"})");
    }
    if (form("grant_type") != "refresh_token" || form("refresh_token") != oauth_.refresh_token()) {
      return FakeResponse::Json(400, R"({"error":"invalid_request","error_description":)"
                                     R"("The provided authorization grant or refresh token is )"
                                     R"(invalid, expired or revoked"})");
    }
    oauth_.Refresh();
    return FakeResponse::Json(200, "{\"access_token\":\"" + oauth_.access_token() +
                                       "\",\"expires_in\":5184000,\"refresh_token\":\"" +
                                       oauth_.refresh_token() +
                                       "\",\"refresh_token_expires_in\":31536000}");
  }

  FakeResponse ChangeLogs(const FakeRequest& request) {
    if (Query(request, "q") != "memberAndApplication") {
      return Error(400, 0, "ILLEGAL_ARGUMENT", "unknown finder");
    }
    const int64_t oldest = NowMsLocked() - kRetentionMs;
    int64_t start_time = oldest;
    if (const std::string text = Query(request, "startTime"); !text.empty()) {
      if (text.find_first_not_of("0123456789") != std::string::npos) {
        return Error(400, 0, "ILLEGAL_ARGUMENT", "invalid startTime");
      }
      start_time = std::max<int64_t>(oldest, std::stoll(text));
    }
    std::vector<const FakeChange*> matching;
    for (const FakeChange& change : changes_) {
      if (change.processed_at >= start_time) matching.push_back(&change);
    }
    std::stable_sort(matching.begin(), matching.end(), [](const auto* a, const auto* b) {
      return a->processed_at < b->processed_at;
    });
    const auto [start, count] = Window(request);
    std::string body = "{\"elements\":[";
    int served = 0;
    for (size_t i = static_cast<size_t>(start); i < matching.size() && served < count; ++i) {
      if (served++ > 0) body += ",";
      body += matching[i]->json;
    }
    body +=
        "]," + Paging(start, count, static_cast<size_t>(start + served) < matching.size()) + "}";
    return FakeResponse::Json(200, body);
  }

  static std::string JsonString(const std::string& text) {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.String(text.c_str(), static_cast<rapidjson::SizeType>(text.size()));
    return buffer.GetString();
  }

  FakeResponse Snapshot(const FakeRequest& request) {
    if (Query(request, "q") != "criteria" || Query(request, "domain") != "INBOX") {
      return Error(400, 0, "ILLEGAL_ARGUMENT", "bad criteria");
    }
    const auto [start, count] = Window(request);
    std::string body = "{\"elements\":[";
    int served = 0;
    for (size_t i = static_cast<size_t>(start); i < snapshot_.size() && served < count; ++i) {
      if (served++ > 0) body += ",";
      body += "{\"snapshotDomain\":\"INBOX\",\"snapshotData\":[{";
      bool first = true;
      for (const auto& [column, value] : snapshot_[i]) {
        if (!first) body += ",";
        first = false;
        body += JsonString(column) + ":" + JsonString(value);
      }
      body += "}]}";
    }
    body +=
        "]," + Paging(start, count, static_cast<size_t>(start + served) < snapshot_.size()) + "}";
    return FakeResponse::Json(200, body);
  }

  FakeResponse Notifications(const FakeRequest& request) {
    // Rest.li 2.0 syntax as sent on the wire.
    const bool syntax =
        request.target.find("actions=List(COMMENT,SHARE_MENTION)") != std::string::npos &&
        request.target.find("organizationalEntity=urn%3Ali%3Aorganization%3A") !=
            std::string::npos &&
        request.target.find("timeRange=(start:") != std::string::npos;
    if (!syntax || Query(request, "q") != "criteria") {
      return Error(400, 0, "ILLEGAL_ARGUMENT", "bad criteria");
    }
    const std::string range = Query(request, "timeRange");
    const size_t start_at = range.find("start:") + 6, end_at = range.find(",end:");
    if (end_at == std::string::npos) return Error(400, 0, "ILLEGAL_ARGUMENT", "bad timeRange");
    const int64_t from = std::stoll(range.substr(start_at, end_at - start_at));
    const int64_t to = std::stoll(range.substr(end_at + 5));
    std::vector<const FakeOrgNotification*> matching;
    for (const FakeOrgNotification& n : notifications_) {
      if (n.last_modified_at >= from && n.last_modified_at <= to) matching.push_back(&n);
    }
    const auto [start, count] = Window(request);
    std::string body = "{\"elements\":[";
    int served = 0;
    for (size_t i = static_cast<size_t>(start); i < matching.size() && served < count; ++i) {
      const FakeOrgNotification& n = *matching[i];
      if (served++ > 0) body += ",";
      body += "{\"action\":\"" + n.action + "\",\"sourcePost\":\"" + n.source_post +
              "\",\"generatedActivity\":\"" + n.generated_activity +
              "\",\"lastModifiedAt\":" + std::to_string(n.last_modified_at) +
              (n.actor.empty() ? "" : ",\"actor\":\"" + n.actor + "\"") + "}";
    }
    body +=
        "]," + Paging(start, count, static_cast<size_t>(start + served) < matching.size()) + "}";
    return FakeResponse::Json(200, body);
  }

  FakeResponse Comments(const FakeRequest& request) {
    const auto found = comments_.find(request.path);
    if (found == comments_.end()) return Error(404, 0, "NOT_FOUND", "no such post");
    const auto [start, count] = Window(request);
    std::string body = "{\"elements\":[";
    int served = 0;
    const auto& all = found->second;
    for (size_t i = static_cast<size_t>(start); i < all.size() && served < count; ++i) {
      if (served++ > 0) body += ",";
      body += "{\"commentUrn\":\"" + all[i].urn + "\",\"actor\":\"" + all[i].actor +
              "\",\"created\":{\"actor\":\"" + all[i].actor +
              "\",\"time\":" + std::to_string(all[i].created) + "},\"message\":{\"text\":\"" +
              all[i].text + "\"}}";
    }
    body += "]," + Paging(start, count, static_cast<size_t>(start + served) < all.size()) + "}";
    return FakeResponse::Json(200, body);
  }

  FakeApiServer& server_;
  Now now_;
  mutable std::mutex mutex_;
  std::vector<FakeChange> changes_;
  std::vector<FakeOrgNotification> notifications_;
  std::vector<std::vector<std::pair<std::string, std::string>>> snapshot_;
  std::map<std::string, std::vector<FakeComment>> comments_;
  FakeInterception interception_;
  FakeOAuth oauth_;
  int64_t next_id_ = 1000;
  int revoked_answers_ = 0;
  int max_count_ = 50;
};

}  // namespace touchpoint::test
