// An answer of the Facebook Graph API as the poller reads it (connectors/facebook/api_poller.h):
// judged as ApiFetcher judges every Graph answer (as a 200, whose parsed body is handed on, and
// as an error status, whose body is read for Graph's code, is_transient and message), then read
// as each page the poller asks for: /{page}/conversations, /{conversation}/messages,
// /{page}/feed with its embedded comments and /{post}/comments, with their `after` cursors.
// The same bytes are also the value of the usage headers and of Retry-After, parsed and
// observed by a RateLimiter with the Graph policy.
#include <rapidjson/document.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "connectors/common/api_fetch.h"
#include "connectors/common/rate_limiter.h"
#include "connectors/facebook/api_poller.h"
#include "connectors/facebook/feed_reader.h"
#include "connectors/facebook/graph_items.h"
#include "connectors/facebook/graph_paging.h"
#include "connectors/facebook/graph_session.h"
#include "connectors/facebook/inbox_reader.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

using namespace touchpoint;
using namespace touchpoint::facebook;

// The first poll, and a later one: 2024-05-01T00:00:00Z.
constexpr std::optional<int64_t> kWatermarks[] = {std::nullopt, 1'714'521'600'000};
constexpr char kBucket[] = "1500/fb.page";

const Identity& ThePage() {
  static const Identity page{"1500", "", "Owner Page", "", ""};
  return page;
}

// Statuses a Graph error arrives with: 400 (most codes), 401/403 (tokens, permissions),
// 429, 500 (is_transient, code 1 and 2).
constexpr long kErrorStatuses[] = {400, 401, 403, 429, 500};

// ApiFetcher's verdict on the body under `status`; checks what Fetch relies on.
FetchVerdict Judge(std::string_view body, long status) {
  HttpRequest request;
  request.url = "https://graph.facebook.com/v19.0/1500/conversations?limit=25";
  HttpResponse response;
  response.status = status;
  response.headers["content-type"] = "application/json; charset=UTF-8";
  response.body = std::string(body);
  FetchVerdict verdict = JudgeResponse(request, response);
  fuzz::CheckVerdict(verdict, status);
  const bool success = verdict.kind == FetchVerdict::Kind::kSuccess;
  if (success && !verdict.document.IsObject() && !verdict.document.IsArray()) {
    fuzz::InvariantFailed("JudgeResponse", "a success without an object or array");
  }
  return verdict;
}

void ReadGraphErrors(std::string_view body, fuzz::CheckingSink& sink) {
  for (const long status : kErrorStatuses) {
    const FetchVerdict verdict = Judge(body, status);
    sink.Record(verdict.status);
    // What the session and the edge reader decide from the error.
    sink.Record(IsInvalidToken(verdict.status) ? "invalid token" : "token ok");
    sink.Record(IsReduceData(verdict.status) ? "reduce data" : "keep limits");
    // What the daemon reads from a failed poll's status (daemon/poll_verdict.cc).
    if (ParseRateLimitedUntil(verdict.status)) sink.Record("rate-limited");
  }
}

// Conversations, then their messages, as InboxReader reads them; first poll and a later one.
void ReadInbox(const rapidjson::Value& answer, EventSink& sink) {
  for (const std::optional<int64_t> watermark : kWatermarks) {
    InboxMark mark;
    mark.watermark = watermark;
    std::map<std::string, ListedConversation> listed;
    int64_t newest = mark.watermark.value_or(0);
    Result<bool> more = ReadConversationsPage(answer, mark, ThePage(), listed, newest);
    if (!more) fuzz::CheckDataStatus(more.error(), "ReadConversationsPage");
    // The same answer as the messages page of one conversation (the first listed, if any):
    // reading it once per listed conversation would only repeat the work.
    const ListedConversation none;
    const auto first = listed.begin();
    const std::string id = first != listed.end() ? first->first : "t_10100";
    Result<bool> messages = ReadMessagesPage(
        answer, id, first != listed.end() ? first->second : none, watermark, ThePage(), sink);
    if (!messages) fuzz::CheckDataStatus(messages.error(), "ReadMessagesPage");
    for (const auto& [conversation, entry] : listed) {
      mark.conversations.insert_or_assign(conversation, entry.updated_ms);
    }
    if (!listed.empty() || mark.watermark) mark.watermark = newest;
    Prune(mark);
    if (mark.conversations.size() > InboxReader::kMaxConversations) {
      fuzz::InvariantFailed("Prune", "more conversations kept than kMaxConversations");
    }
  }
}

// The feed page with its embedded comments, then the answer as one post's comments page.
void ReadFeed(const rapidjson::Value& answer, EventSink& sink) {
  for (const std::optional<int64_t> watermark : kWatermarks) {
    FeedPages pages(watermark, ThePage(), sink);
    std::vector<FeedPages::Unfinished> unfinished;
    fuzz::CheckDataStatus(pages.ReadFeedPage(answer, unfinished), "FeedPages::ReadFeedPage");
    for (const FeedPages::Unfinished& post : unfinished) {
      if (post.post_id.empty() || post.after.empty()) {
        fuzz::InvariantFailed("FeedPages::ReadFeedPage", "an unfinished post without id or cursor");
      }
    }
    Result<bool> more = pages.ReadComments(answer, "1500_42", "GET /{post-id}/comments");
    if (!more) fuzz::CheckDataStatus(more.error(), "FeedPages::ReadComments");
    if (watermark && pages.newest_ms() < watermark) {
      fuzz::InvariantFailed("FeedPages", "the watermark went back");
    }
  }
}

void ReadAnswer(std::string_view body) {
  fuzz::CheckingSink sink;
  ReadGraphErrors(body, sink);
  FetchVerdict verdict = Judge(body, 200);
  if (verdict.kind != FetchVerdict::Kind::kSuccess) return;
  const rapidjson::Document& answer = verdict.document;
  Result<const rapidjson::Value*> data = GraphData(answer);
  if (!data) fuzz::CheckDataStatus(data.error(), "GraphData");
  sink.Record(NextAfter(answer));
  OncePerPollSink once(sink);  // as every reader of a poll emits
  ReadInbox(answer, once);
  ReadFeed(answer, once);
}

// The bytes as the value of each usage header, all of them at once, and Retry-After.
void ReadHeaders(std::string_view value) {
  const std::string text(value);
  const RateLimitOptions options = GraphRateLimits();
  const std::vector<std::vector<std::string>> sets = {
      {"x-app-usage"},
      {"x-page-usage"},
      {"x-business-use-case-usage"},
      {"x-ad-account-usage"},
      {"retry-after"},
      {"x-app-usage", "x-page-usage", "x-business-use-case-usage", "x-ad-account-usage"}};
  for (const auto& names : sets) {
    HttpResponse response;
    response.status = 200;
    for (const std::string& name : names) response.headers[name] = text;
    if (const std::optional<FacebookUsage> usage = ParseFacebookUsage(response)) {
      if (usage->max_percent < 0 || usage->regain_after.count() < 0) {
        fuzz::InvariantFailed("ParseFacebookUsage", "a negative usage or wait");
      }
    }
    fuzz::CheckLimiterWaits(response, kBucket, options);
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
