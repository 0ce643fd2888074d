#include "connectors/facebook/api_poller.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <charconv>
#include <optional>
#include <utility>

#include "connectors/common/poll_cursor.h"
#include "connectors/common/json_fields.h"
#include "connectors/common/url_encoding.h"
#include "connectors/facebook/feed_reader.h"
#include "connectors/facebook/graph_paging.h"
#include "connectors/facebook/inbox_reader.h"

namespace touchpoint::facebook {
namespace {

// Rate-limit groups: every call on the Page counts against the same Page and app limits; the
// Page-token call is made with the user token.
constexpr char kPageGroup[] = "fb.page";
constexpr char kTokenGroup[] = "fb.token";

// A time value of the cursor; a malformed one is a cursor this poller did not write.
Result<std::optional<int64_t>> TimeValue(const PollCursor& cursor, std::string_view name) {
  const auto found = cursor.find(name);
  if (found == cursor.end()) return std::optional<int64_t>();
  const std::optional<int64_t> ms = ParseCursorMs(found->second);
  if (!ms) {
    return Fail(StatusCode::kDataError,
                "facebook cursor: " + std::string(name) + " is not a time in ms");
  }
  return ms;
}

Result<InboxMark> ReadInboxMark(const PollCursor& cursor) {
  InboxMark mark;
  Result<std::optional<int64_t>> watermark =
      TimeValue(cursor, GraphApiPoller::kConversationsWatermark);
  if (!watermark) return Fail(watermark.error());
  Result<std::optional<int64_t>> horizon = TimeValue(cursor, GraphApiPoller::kConversationsHorizon);
  if (!horizon) return Fail(horizon.error());
  mark.watermark = *watermark;
  mark.horizon = *horizon;
  const std::string read = CursorValue(cursor, GraphApiPoller::kConversationsRead);
  if (read.empty()) return mark;
  rapidjson::Document document;
  document.Parse(read.c_str(), read.size());
  if (document.HasParseError() || !document.IsObject()) {
    return Fail(StatusCode::kDataError, std::string("facebook cursor: ") +
                                            GraphApiPoller::kConversationsRead +
                                            " is not a JSON object");
  }
  for (const auto& entry : document.GetObject()) {
    if (!entry.value.IsInt64()) continue;
    mark.conversations.emplace(std::string(entry.name.GetString(), entry.name.GetStringLength()),
                               entry.value.GetInt64());
  }
  return mark;
}

void WriteInboxMark(const InboxMark& mark, PollCursor& cursor) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.StartObject();
  for (const auto& [id, read_ms] : mark.conversations) {
    writer.Key(id.data(), static_cast<rapidjson::SizeType>(id.size()));
    writer.Int64(read_ms);
  }
  writer.EndObject();
  cursor[GraphApiPoller::kConversationsRead] = buffer.GetString();
  if (mark.watermark) {
    cursor[GraphApiPoller::kConversationsWatermark] = std::to_string(*mark.watermark);
  }
  if (mark.horizon) cursor[GraphApiPoller::kConversationsHorizon] = std::to_string(*mark.horizon);
}

}  // namespace

RateLimitOptions GraphRateLimits() {
  RateLimitOptions options;
  options.usage_slow_percent = 75;
  options.usage_stop_percent = 95;
  options.throttle_backoff_base = std::chrono::seconds(5);
  return options;
}

std::string GraphApiPoller::PageBucket() const {
  return RateLimiter::BucketKey(account_, kPageGroup);
}

Result<std::unique_ptr<ApiPoller>> GraphApiPoller::Create(const PollerSettings& settings) {
  if (settings.api_base_url.empty()) {
    return Fail(StatusCode::kConfigError, "facebook: the API base URL is empty");
  }
  if (settings.account.empty()) {
    return Fail(StatusCode::kConfigError, "facebook: the account (the Page id) is empty");
  }
  return std::unique_ptr<ApiPoller>(new GraphApiPoller(settings));
}

GraphApiPoller::GraphApiPoller(const PollerSettings& settings)
    : versioned_base_(
          TrimTrailingSlashes(settings.api_base_url) + "/" +
          (settings.api_version.empty() ? std::string(kDefaultVersion) : settings.api_version)),
      account_(settings.account),
      app_secret_(settings.client_secret),
      max_pages_(std::max(1, settings.max_pages)),
      tokens_(settings.tokens),
      http_(settings.http),
      limiter_(settings.clock, GraphRateLimits()),
      fetcher_(http_, limiter_, settings.clock, settings.retry) {}

Result<PollResult> GraphApiPoller::Poll(const PollCursor& cursor, EventSink& sink) {
  GraphSession session(fetcher_, tokens_, {versioned_base_, account_, app_secret_},
                       RateLimiter::BucketKey(account_, kTokenGroup));
  if (Status begun = session.Begin(); !begun.ok()) return Fail(begun);
  PollResult result;
  result.cursor = cursor;
  Result<InboxMark> inbox_mark = ReadInboxMark(cursor);
  if (!inbox_mark) return Fail(inbox_mark.error());
  Result<std::optional<int64_t>> comments_mark = TimeValue(cursor, kCommentsWatermark);
  if (!comments_mark) return Fail(comments_mark.error());
  Result<Identity> page = Page(session, result.cursor);
  if (!page) return Fail(page.error());

  OncePerPollSink once(sink);
  GraphPoll poll{session, PageBucket(), versioned_base_, max_pages_, *page, once};
  Result<InboxMark> inbox = InboxReader(poll).Read(std::move(*inbox_mark));
  if (!inbox) return Fail(inbox.error());
  Result<std::optional<int64_t>> comments = FeedReader(poll).Read(*comments_mark);
  if (!comments) return Fail(comments.error());

  WriteInboxMark(*inbox, result.cursor);
  if (*comments) result.cursor[kCommentsWatermark] = std::to_string(**comments);
  result.owner = std::move(*page);
  result.token_expires_at_ms = session.access_expires_at_ms();
  return result;
}

Result<Identity> GraphApiPoller::Page(GraphSession& session, PollCursor& next) {
  if (std::string id = CursorValue(next, kPageId); !id.empty()) {
    return Identity{std::move(id), "", CursorValue(next, kPageName), "", ""};
  }
  const std::string url =
      versioned_base_ + "/" + PercentEncode(account_) + "?" + EncodeParams({{"fields", "id,name"}});
  Result<rapidjson::Document> answer = session.Get(PageBucket(), url);
  if (!answer) return Fail(answer.error());
  const std::string_view id = StringField(*answer, "id");
  if (id.empty()) {
    HttpRequest request;
    request.url = url;
    return Fail(StatusCode::kDataError, DescribeRequest(request) + ": no id in the answer");
  }
  Identity page{std::string(id), "", std::string(StringField(*answer, "name")), "", ""};
  next[kPageId] = page.user_id;
  next[kPageName] = page.name;
  return page;
}

}  // namespace touchpoint::facebook
